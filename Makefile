# whosaid — build, run and test. Quick start: `make run`, `make test`.
GO        ?= go
ADDR      ?= :8000
DATA      ?= ./data
FUZZTIME  ?= 30s
BIN       := bin/whosaid
WASM      := web/app.wasm
GOFILES   := $(shell find . -name '*.go' -not -path './tmp/*' 2>/dev/null) go.mod go.sum

# How hard tools/precompress works on app.wasm: fast for development builds
# (under a second), best for `make release` and `make static` (~40 s).
COMPRESS  ?= fast

.PHONY: build release wasm server run test fuzz fuzz-short bench bench-side static loadtest eval eval-dev deps clean size

# The browser half and the server are built side by side: on a fresh clone
# each compiles its own standard library, and one of them long alone
# (modernc.org/sqlite) leaves the other core idle.
build:
	@$(MAKE) --no-print-directory -j2 $(WASM).br $(BIN)

# The browser half: server code stays out of it through build tags;
# tools/wasm holds the compiler flags (docs/wasm-size.md).
$(WASM): $(GOFILES)
	$(GO) run ./tools/wasm build -o $(WASM) ./app

$(WASM).br: $(WASM)
	$(GO) run ./tools/precompress -level $(COMPRESS) $(WASM)

# What users download: the module compressed at the best level.
release: $(WASM) $(BIN)
	$(GO) run ./tools/precompress -level best $(WASM)

# app.wasm by package against its budget (docs/wasm-size.md).
size:
	$(GO) run ./tools/wasm size -top 25

$(BIN): $(GOFILES)
	$(GO) build -trimpath -o $(BIN) ./app

wasm: $(WASM).br
server: $(BIN)

run: build
	./$(BIN) serve --addr $(ADDR) --data $(DATA) --web ./web

# A static copy of the app in ./static (no server: annotations stay in the
# browser, sync is off) for any static file host; SITE_URL=https://… sets og:url.
# The copy holds app.wasm alone: static hosts compress what they send.
static: $(WASM) $(BIN)
	rm -rf ./static
	./$(BIN) static --web ./web $(if $(SITE_URL),--url $(SITE_URL)) ./static

# The screenshots in docs/screenshots: the annotator, the editor, the
# summary, the dashboard and a student's feedback, on a 1280×800 screen and
# a 390×844 phone (browsertest TestScreenshots).
screenshots: build deps
	WHOSAID_BIN=$(CURDIR)/$(BIN) WHOSAID_WEB=$(CURDIR)/web WHOSAID_SCREENSHOTS=$(CURDIR)/docs/screenshots \
		$(GO) test -count=1 -run '^TestScreenshots$$' ./browsertest/

# Every test, browser tests included (they use the binary and wasm built here).
# Unit and server tests first, then the browser tests on their own (they
# start Chromium and are the most sensitive to a loaded machine).
test: build deps
	$(GO) vet ./...
	WHOSAID_BIN=$(CURDIR)/$(BIN) $(GO) test -count=1 -timeout 30m $$($(GO) list ./... | grep -v /browsertest)
	WHOSAID_BIN=$(CURDIR)/$(BIN) WHOSAID_WEB=$(CURDIR)/web ./scripts/browser-tests
	$(MAKE) fuzz-short

# Installs what the browser and database tests need when it is missing (Debian).
deps:
	@./scripts/install-deps

# Each fuzzer for FUZZTIME (make fuzz FUZZTIME=5m).
fuzz:
	@./scripts/fuzz-all $(FUZZTIME)

fuzz-short:
	@./scripts/fuzz-all 5s

bench: build deps
	$(GO) test -run '^$$' -bench . -benchmem ./annotate/... ./classroom/
	WHOSAID_BIN=$(CURDIR)/$(BIN) WHOSAID_WEB=$(CURDIR)/web WHOSAID_BENCH=1 $(GO) test -count=1 -run '^$$' -bench . -benchtime 1x -timeout 30m ./browsertest/
	@# Optional: it needs Node and the shared harness, and says so when they are missing.
	-$(MAKE) bench-side

# whosaid next to the Recogito text-annotator, in one run (needs Node and
# the shared annotation-bench harness; scripts/bench-side says how).
bench-side: build
	./scripts/bench-side

# Quality of the attribution assistant on the hand-made gold set: a table for
# testdata/gold/dev and one for testdata/gold/heldout (docs/suggest.md).
eval:
	@$(GO) test -count=1 -run '^TestEvalQuality$$' -v ./annotate/suggest/ | grep -v -e '^=== RUN' -e '^ *--- PASS' -e '^PASS'

# The dev table alone, for tuning (never shows held-out rows).
eval-dev:
	@$(GO) test -count=1 -run '^TestEvalQuality$$/^dev$$' -v ./annotate/suggest/ | grep -v -e '^=== RUN' -e '^ *--- PASS' -e '^PASS'

# Save throughput: 50 clients saving 50-claim sets over loopback for 20 s,
# against SQLite and then a throwaway PostgreSQL (LOADTIME=5s for a shorter run).
LOADTIME  ?= 20s
loadtest: deps
	WHOSAID_LOADTEST=1 WHOSAID_LOADTEST_DURATION=$(LOADTIME) $(GO) test -count=1 -run '^$$' -bench '^BenchmarkLoad$$' -benchtime 1x -timeout 15m ./server/

clean:
	rm -rf bin $(WASM) $(WASM).br $(WASM).gz
