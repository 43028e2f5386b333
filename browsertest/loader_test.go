package browsertest

import (
	"context"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// The loader (server/loader.js) and the service worker (server/app-worker.js):
// one download of the module, compiled from a response that keeps its URL
// (what Chromium's code cache is keyed by), and a label that says what is
// happening.

// moduleRequests counts the server's log lines for the content-hashed module.
var moduleRequest = regexp.MustCompile(`"path":"/web/app\.[0-9a-f]+\.wasm"`)

// TestModuleFetchedOnce: a first visit downloads the module once (go-app's
// worker fetched it again at install), the worker then keeps it for offline
// use, and a second visit does not download it at all.
func TestModuleFetchedOnce(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	module := eval[string](b, `performance.getEntriesByType("resource").map(e => new URL(e.name).pathname).find(p => p.endsWith(".wasm")) ?? ""`)
	if !regexp.MustCompile(`^/web/app\.[0-9a-f]{16}\.wasm$`).MatchString(module) {
		t.Fatalf("the page loaded the module from %q, want a content-hashed /web/app.<hash>.wasm", module)
	}
	b.Wait(`caches.keys().then(async ks => { for (const k of ks) if (await (await caches.open(k)).match("` + module + `")) window.__kept = true }) && window.__kept`)
	if n := len(moduleRequest.FindAllString(s.stderr.String(), -1)); n != 1 {
		t.Errorf("first visit: the server sent the module %d times, want 1", n)
	}
	b.Open(s.URL + "/")
	if n := len(moduleRequest.FindAllString(s.stderr.String(), -1)); n != 1 {
		t.Errorf("after a second visit: the server sent the module %d times, want 1", n)
	}
}

// TestModuleCompiledWithItsURL: the compiler gets the fetch response itself
// (Chromium's "wasm.SetUrl" trace event names the module's URL). go-app's
// loader wrapped it in a Response made in JavaScript, which has no URL, so
// the compiled code could never be cached.
func TestModuleCompiledWithItsURL(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	events := chromedp.Events(b.Ctx, tracing.DataCollected)
	if _, err := chromedp.Call(b.Ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferMode("ReportEvents"),
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: []string{"v8.wasm"}},
	}); err != nil {
		t.Fatal(err)
	}
	b.Open(s.URL + "/")
	module := eval[string](b, `performance.getEntriesByType("resource").map(e => e.name).find(n => n.endsWith(".wasm")) ?? ""`)
	if _, err := chromedp.Call(b.Ctx, tracing.End, struct{}{}); err != nil {
		t.Fatal(err)
	}
	var urls []string
	ctx, cancel := context.WithTimeout(b.Ctx, 20*time.Second)
	defer cancel()
	for ev, err := range events {
		if err != nil || ctx.Err() != nil {
			break
		}
		for _, v := range ev.Value {
			var e struct {
				Name string
				Args struct{ URL string }
			}
			if json.Unmarshal(v, &e) == nil && e.Name == "wasm.SetUrl" {
				urls = append(urls, e.Args.URL)
			}
		}
		if len(urls) > 0 {
			break
		}
	}
	if len(urls) != 1 || urls[0] != module {
		t.Errorf("the compiler was given URL %q, want the module's %q", urls, module)
	}
}

// TestLoadingProgressShown: while the module loads, the loader says what it
// is doing: downloading with a share that climbs (the module is sent
// compressed, so the share comes from its raw length), then preparing, then
// starting — never a "100%" that sits there while the module compiles.
func TestLoadingProgressShown(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	// Record every text the loader label shows.
	_, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
	  window.__labels = [];
	  new MutationObserver(() => {
	    const l = document.getElementById("app-wasm-loader-label");
	    if (l && window.__labels[window.__labels.length - 1] !== l.textContent) window.__labels.push(l.textContent);
	  }).observe(document, {subtree: true, childList: true, characterData: true});`})
	if err != nil {
		t.Fatal(err)
	}
	reopen(b, s.URL+"/")
	b.WaitLive()
	labels := eval[[]string](b, `window.__labels`)
	percent := regexp.MustCompile(`^Downloading whosaid… (\d+)%$`)
	last, stage := -1, 0
	stages := []string{"Loading whosaid…", "Downloading whosaid…", "(a share)", "Preparing whosaid…", "Starting whosaid…"}
	for _, l := range labels {
		next := stage
		if m := percent.FindStringSubmatch(l); m != nil {
			next = 2
			n, _ := strconv.Atoi(m[1])
			if n < last || n > 99 {
				t.Errorf("download share went %d → %d: %q", last, n, labels)
			}
			last = n
		} else {
			next = slices.Index(stages, l)
		}
		if next < 0 || next < stage {
			t.Errorf("label %q out of order in %q", l, labels)
			continue
		}
		stage = next
	}
	if stage != 4 || last < 0 {
		t.Errorf("labels %q: want downloading with a share, preparing, then starting", labels)
	}
	if eval[bool](b, `!!document.getElementById("app-wasm-loader") || "loading" in document.documentElement.dataset`) {
		t.Errorf("the loader is still there once the app runs")
	}
}
