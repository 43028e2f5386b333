//go:build !wasm

package server

import (
	"context"
	"fmt"
	"net/http"
	"net/netip"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/internal/clientid"
	"whosaid/server/store"
)

// eachStore runs a test on a server over SQLite and over PostgreSQL.
func eachStore(t *testing.T, cfg Config, test func(t *testing.T, ts *testServer)) {
	for _, k := range storeKinds() {
		t.Run(k.name, func(t *testing.T) { test(t, newTestServer(t, k.open(t), cfg)) })
	}
}

// TestInputIsRejectedCleanly: NUL and invalid UTF-8 in ids (with or
// without a token) and in titles get a 400 that says where, not
// PostgreSQL's 500; unknown fields are named by their path; claims: null
// is no list; JSON bodies must be application/json; nothing is stored.
func TestInputIsRejectedCleanly(t *testing.T) {
	eachStore(t, Config{}, func(t *testing.T, ts *testServer) {
		doc := sampleDoc(t)
		nulTitle := sampleSet(doc, 1, "")
		nulTitle.Document.Title = "Ti\x00tle"
		nulSet := strings.Replace(string(encode(t, sampleSet(doc, 1, ""))), `"title": "`, `"title": "\u0000`, 1)
		for _, c := range []struct {
			name, method, path, token string
			body                      []byte
			headers                   []string
			status                    int
			want                      string
		}{
			{"NUL in a document id", "GET", "/api/v1/documents/sha256%3A%00", tokenA, nil, nil, 400, `"path":"path"`},
			{"NUL in an id, no token", "GET", "/api/v1/documents/%00", "", nil, nil, 400, `"path":"path"`},
			{"invalid UTF-8 in a share id", "GET", "/api/v1/shared/%ff", "", nil, nil, 400, `"path":"path"`},
			{"NUL in a share export", "GET", "/api/v1/shared/a%00/export/csv", "", nil, nil, 400, `"path":"path"`},
			{"NUL in a document's title", "PUT", setPath(doc.ID), tokenA, []byte(nulSet), []string{"If-Match", `"0"`}, 400, `"path":"document.title"`},
			{"NUL in an article's file name", "POST", "/api/v1/documents", tokenA, []byte(`{"filename":"a\u0000.txt","content":"Text."}`), nil, 400, `"path":"filename"`},
			{"invalid UTF-8 in a JSON body", "POST", "/api/v1/documents", tokenA, []byte("{\"filename\":\"a.txt\",\"content\":\"T\xffext.\"}"), nil, 400, "not valid UTF-8"},
			{"unknown field", "POST", "/api/v1/documents", tokenA, []byte(`{"filename":"a.txt","content":"x","extra":{"deep":1}}`), nil, 400, `{"path":"extra","message":"unknown field"}`},
			{"claims: null", "PUT", setPath(doc.ID), tokenA, []byte(strings.Replace(string(encode(t, annotate.NewSet(doc))), `"claims": []`, `"claims": null`, 1)),
				[]string{"If-Match", `"0"`}, 400, `{"path":"claims","message":"want an array, got null"}`},
			{"a set as text/plain", "PUT", setPath(doc.ID), tokenA, encode(t, sampleSet(doc, 1, "")), []string{"If-Match", `"0"`, "Content-Type", "text/plain"}, 415, "application/json"},
			{"a write from another site", "PUT", setPath(doc.ID), tokenA, encode(t, sampleSet(doc, 1, "")), []string{"If-Match", `"0"`, "Sec-Fetch-Site", "cross-site"}, 403, "cross-origin"},
		} {
			r := ts.do(t, c.method, c.path, c.token, c.body, c.headers...)
			if r.status != c.status || !strings.Contains(string(r.body), c.want) {
				t.Errorf("%s: %v, want %d with %s", c.name, r, c.status, c.want)
			}
			for _, bad := range []string{"server.", "documentRequest", "struct", "internal error"} {
				if strings.Contains(string(r.body), bad) {
					t.Errorf("%s: the answer names %q: %s", c.name, bad, r.body)
				}
			}
		}
		if list, err := ts.srv.store.Documents(context.Background(), clientid.Hash(tokenA)); err != nil || len(list) != 0 {
			t.Errorf("refused requests stored %d documents (%v)", len(list), err)
		}
		if strings.Contains(ts.logs.String(), `"level":"ERROR"`) {
			t.Errorf("refused requests were logged as errors:\n%s", ts.logs.String())
		}
	})
}

// TestMadeUpTokensChargedToTheAddress: 300 document creations, each with a
// fresh made-up token, from one address: past the address's burst they
// get 429, as the classroom does; a known owner keeps its own allowance.
func TestMadeUpTokensChargedToTheAddress(t *testing.T) {
	st := storeKinds()[0].open(t)
	if _, err := st.PutDocument(context.Background(), clientid.Hash(tokenA), store.Document{ID: fuzzDoc.ID, Title: "x", Data: []byte("{}")}); err != nil {
		t.Fatal(err)
	}
	ts := newTestServer(t, st, Config{RateLimit: 1, RateBurst: 11})
	clock := ts.srv.limiter.Now()
	ts.srv.limiter.Now = func() time.Time { return clock }
	// A known owner (looked up once, on the address's allowance).
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); r.status != http.StatusOK {
		t.Fatal(r)
	}
	created, limited := 0, 0
	for i := range 300 {
		tok := fmt.Sprintf("madeup%016d", i)
		r := ts.do(t, "POST", "/api/v1/documents", tok, []byte(`{"filename":"a.txt","content":"Text number `+fmt.Sprint(i)+`."}`))
		switch r.status {
		case http.StatusCreated:
			created++
		case http.StatusTooManyRequests:
			limited++
		default:
			t.Fatalf("creation %d: %v", i, r)
		}
	}
	if created != 10 || limited != 290 {
		t.Errorf("%d created, %d limited; want 10 and 290", created, limited)
	}
	// The known owner keeps its allowance for its work, but a new document
	// counts against the address too.
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); r.status != http.StatusOK {
		t.Errorf("a known owner's read: %v", r)
	}
	r := ts.do(t, "POST", "/api/v1/documents", tokenA, []byte(`{"filename":"a.txt","content":"One more."}`))
	if r.status != http.StatusTooManyRequests || !strings.Contains(string(r.body), "new documents from this address") {
		t.Errorf("a known owner's new document with the address's allowance used up: %v", r)
	}
}

// TestQuotas: an owner past the documents quota gets 429, past the bytes
// quota 413, each saying what to do; saves that shrink what is stored
// pass; other owners are not affected. On both databases.
func TestQuotas(t *testing.T) {
	doc := sampleDoc(t)
	small := len(encode(t, sampleSet(doc, 1, "")))
	eachStore(t, Config{MaxDocuments: 2, MaxOwnerBytes: int64(3 * small)}, func(t *testing.T, ts *testServer) {
		for i := range 2 {
			if r := ts.do(t, "POST", "/api/v1/documents", tokenA, []byte(fmt.Sprintf(`{"filename":"a.txt","content":"Text %d."}`, i))); r.status != http.StatusCreated {
				t.Fatalf("document %d: %v", i, r)
			}
		}
		r := ts.do(t, "POST", "/api/v1/documents", tokenA, []byte(`{"filename":"a.txt","content":"One too many."}`))
		if r.status != http.StatusTooManyRequests || !strings.Contains(string(r.body), "may keep 2") || !strings.Contains(string(r.body), "delete some") {
			t.Errorf("third document: %v", r)
		}
		if r := ts.do(t, "POST", "/api/v1/documents", tokenB, []byte(`{"filename":"a.txt","content":"One too many."}`)); r.status != http.StatusCreated {
			t.Errorf("another owner's document: %v", r)
		}
		big := encode(t, sampleSet(doc, 40, strings.Repeat("note ", 200)))
		r = ts.do(t, "PUT", setPath(doc.ID), tokenB, big, "If-Match", `"0"`)
		if r.status != http.StatusRequestEntityTooLarge || !strings.Contains(string(r.body), "storage quota") {
			t.Errorf("a set past the bytes quota: %v", r)
		}
		if r := ts.do(t, "PUT", setPath(doc.ID), tokenB, encode(t, sampleSet(doc, 1, "")), "If-Match", `"0"`); r.status != http.StatusOK {
			t.Errorf("a small set: %v", r)
		}
	})
}

// TestTrustedProxy: X-Forwarded-For names the client only when the peer
// is a trusted proxy; then each client behind it has its own allowance.
func TestTrustedProxy(t *testing.T) {
	loopback := []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	for _, c := range []struct {
		name    string
		trusted []netip.Prefix
		want    int // 200s out of 4, two clients × 2 requests, burst 2
	}{{"untrusted peer: one allowance", nil, 2}, {"trusted proxy: one allowance per client", loopback, 4}} {
		ts := newTestServer(t, nil, Config{RateLimit: 0.001, RateBurst: 2, TrustedProxies: c.trusted})
		ok := 0
		for _, client := range []string{"203.0.113.7", "198.51.100.9"} {
			for range 2 {
				if r := ts.do(t, "GET", "/api/v1/shared/nope", "", nil, "X-Forwarded-For", "10.9.9.9, "+client); r.status == http.StatusNotFound {
					ok++
				}
			}
		}
		if ok != c.want {
			t.Errorf("%s: %d answered, want %d", c.name, ok, c.want)
		}
	}
}

// TestNoFolderListing: /web/ serves files, never a listing of a folder.
func TestNoFolderListing(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	for _, p := range []string{"/web/", "/web", "/web/.", "/web/%2e/"} {
		if r := ts.do(t, "GET", p, "", nil); r.status == http.StatusOK && strings.Contains(string(r.body), "app.wasm") {
			t.Errorf("GET %s lists the folder: %v", p, r)
		}
	}
	if r := ts.do(t, "GET", "/web/app.wasm", "", nil); r.status != http.StatusOK {
		t.Errorf("app.wasm: %v", r)
	}
}

// TestStoreErrorsLogNoIDs: a store that fails is logged with the route's
// pattern, never the path: share ids are capabilities.
func TestStoreErrorsLogNoIDs(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	ts.srv.store.Close()
	if r := ts.do(t, "GET", "/api/v1/shared/SecretShareId1234567890", "", nil); r.status != http.StatusInternalServerError {
		t.Fatalf("a closed store: %v", r)
	}
	logs := ts.logs.String()
	if strings.Contains(logs, "SecretShareId") || !strings.Contains(logs, `"route":"GET /api/v1/shared/{share}"`) {
		t.Errorf("the store error is not logged by its route alone:\n%s", logs)
	}
}
