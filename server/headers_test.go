//go:build !wasm

package server

import (
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"whosaid/internal/clientid"
	"whosaid/server/store"
)

func TestSecurityHeaders(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	for _, path := range []string{"/", "/healthz", "/web/app.wasm", "/app.js", "/api/v1/documents", "/api/v1/nothing"} {
		r := ts.do(t, "GET", path, tokenA, nil)
		csp := r.header.Get("Content-Security-Policy")
		for _, want := range []string{"script-src 'self' 'wasm-unsafe-eval'", "frame-ancestors 'none'", "default-src 'self'", "object-src 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval' 'unsafe") {
			t.Errorf("%s: CSP allows unsafe scripts: %q", path, csp)
		}
		for h, want := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if got := r.header.Get(h); got != want {
				t.Errorf("%s: %s = %q, want %q", path, h, got, want)
			}
		}
	}
	// go-app's page must work under that policy: no inline script, no
	// inline event handler, every script from this origin.
	page := ts.do(t, "GET", "/", "", nil)
	if page.status != http.StatusOK {
		t.Fatalf("GET /: %v", page)
	}
	for _, tag := range regexp.MustCompile(`(?is)<script\b[^>]*>`).FindAllString(string(page.body), -1) {
		src := regexp.MustCompile(`(?i)\bsrc="([^"]*)"`).FindStringSubmatch(tag)
		if src == nil || !strings.HasPrefix(src[1], "/") || strings.HasPrefix(src[1], "//") {
			t.Errorf("page script %s is not a same-origin file", tag)
		}
	}
	if m := regexp.MustCompile(`(?i)\son[a-z]+="`).FindString(string(page.body)); m != "" {
		t.Errorf("page has an inline event handler: %s", m)
	}
}

func TestRateLimit(t *testing.T) {
	// Owners A and B have stored a document: the server knows them.
	st := storeKinds()[0].open(t)
	for _, tok := range []string{tokenA, tokenB} {
		if _, err := st.PutDocument(context.Background(), clientid.Hash(tok), store.Document{ID: fuzzDoc.ID, Title: "x", Data: []byte("{}")}); err != nil {
			t.Fatal(err)
		}
	}
	ts := newTestServer(t, st, Config{RateLimit: 2, RateBurst: 3})
	clock := ts.srv.limiter.Now()
	ts.srv.limiter.Now = func() time.Time { return clock }
	// A known owner's first request is charged to the address (the server
	// looks the owner up), the rest to the owner.
	for i := range 4 {
		if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); r.status != http.StatusOK {
			t.Fatalf("request %d of the burst: %v", i+1, r)
		}
	}
	r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil)
	if r.status != http.StatusTooManyRequests || r.header.Get("Retry-After") != "1" {
		t.Fatalf("request past the burst: %v Retry-After %q, want 429 and 1", r, r.header.Get("Retry-After"))
	}
	decodeError(t, r)
	// Another known token has its own bucket (its look-up costs the
	// address one more); requests without one share the address's.
	if r := ts.do(t, "GET", "/api/v1/documents", tokenB, nil); r.status != http.StatusOK {
		t.Errorf("other token: %v", r)
	}
	if r := ts.do(t, "GET", "/api/v1/shared/x", "", nil); r.status != http.StatusNotFound {
		t.Fatalf("anonymous request: %v", r)
	}
	if r := ts.do(t, "GET", "/api/v1/shared/x", "", nil); r.status != http.StatusTooManyRequests {
		t.Errorf("anonymous request past the burst: %v", r)
	}
	// A made-up token is charged to the address: no fresh allowance.
	if r := ts.do(t, "GET", "/api/v1/documents", "CCCCCCCCCCCCCCCCCCCCCC", nil); r.status != http.StatusTooManyRequests {
		t.Errorf("made-up token with the address's allowance used up: %v", r)
	}
	// The app's files are not limited.
	if r := ts.do(t, "GET", "/healthz", tokenA, nil); r.status != http.StatusOK {
		t.Errorf("healthz while limited: %v", r)
	}
	// Half a second refills one request at 2 per second.
	clock = clock.Add(500 * time.Millisecond)
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); r.status != http.StatusOK {
		t.Errorf("after the refill: %v", r)
	}
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); r.status != http.StatusTooManyRequests {
		t.Errorf("second request after a one-request refill: %v", r)
	}
}

func TestRequestLog(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	ts.do(t, "GET", "/api/v1/documents?x=1", tokenA, nil)
	var found bool
	for _, line := range strings.Split(strings.TrimSpace(ts.logs.String()), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("log line %q is not JSON: %v", line, err)
		}
		if rec["msg"] == "request" && rec["path"] == "/api/v1/documents" {
			found = true
			if rec["method"] != "GET" || rec["status"] != float64(200) {
				t.Errorf("log line %s", line)
			}
			if _, ok := rec["duration_ms"].(float64); !ok {
				t.Errorf("log line without duration_ms: %s", line)
			}
		}
	}
	if !found {
		t.Errorf("no request line in the log:\n%s", ts.logs.String())
	}
	// Share ids and tokens stay out of the log.
	ts.do(t, "GET", "/api/v1/shared/SecretShareId1234567890/export/csv", "", nil)
	if strings.Contains(ts.logs.String(), "SecretShareId") || strings.Contains(ts.logs.String(), tokenA) {
		t.Errorf("a share id or a token is in the log:\n%s", ts.logs.String())
	}
	if !strings.Contains(ts.logs.String(), `"path":"/api/v1/shared/{share}/export/csv"`) {
		t.Errorf("the shared path is not logged redacted:\n%s", ts.logs.String())
	}
}
