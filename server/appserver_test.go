//go:build !wasm

package server

import (
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestModuleURL: pages load the module from a content-hashed URL that
// browsers keep for a year; the plain URL still works, revalidated; an old
// build's URL is not answered with this build's module.
func TestModuleURL(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	js := ts.do(t, "GET", "/app.js", "", nil)
	m := regexp.MustCompile(`const url = "(/web/app\.([0-9a-f]{16})\.wasm)"`).FindStringSubmatch(string(js.body))
	if js.status != http.StatusOK || m == nil {
		t.Fatalf("/app.js (%d) does not load a content-hashed module:\n%s", js.status, js.body)
	}
	hashed := ts.do(t, "GET", m[1], "", nil)
	plain := ts.do(t, "GET", "/web/app.wasm", "", nil)
	type got struct {
		Status                    int
		CacheControl, ContentType string
		Body                      string
	}
	view := func(r response) got {
		return got{r.status, r.header.Get("Cache-Control"), r.header.Get("Content-Type"), string(r.body)}
	}
	want := []got{
		{200, "public, max-age=31536000, immutable", "application/wasm", "\x00asm\x01\x00\x00\x00"},
		{200, "no-cache", "application/wasm", "\x00asm\x01\x00\x00\x00"},
	}
	if diff := cmp.Diff(want, []got{view(hashed), view(plain)}); diff != "" {
		t.Errorf("module responses (-want +got):\n%s", diff)
	}
	if old := ts.do(t, "GET", "/web/app.0123456789abcdef.wasm", "", nil); old.status != http.StatusNotFound {
		t.Errorf("another build's module: %d, want 404", old.status)
	}
	page := ts.do(t, "GET", "/", "", nil)
	if preload := `<link rel="preload" href="` + m[1] + `" as="fetch"`; !strings.Contains(string(page.body), preload) {
		t.Errorf("the page does not preload the module (%s)", preload)
	}
	if again := ts.do(t, "GET", "/app.js", "", nil, "If-None-Match", js.header.Get("ETag")); again.status != http.StatusNotModified {
		t.Errorf("/app.js revalidated: %d, want 304", again.status)
	}
}

// TestAppJSLoader: whosaid's loader replaces go-app's, whole: no trace of
// go-app's progress wrapper (a Response made in JavaScript) is left, and
// the rest of go-app's script is kept.
func TestAppJSLoader(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	js := string(ts.do(t, "GET", "/app.js", "", nil).body)
	for _, want := range []string{"whosaidCountDownload", "instantiateStreaming(response,", "goappCanLoadWebAssembly", "goappInitServiceWorker", `postMessage({ whosaid: "cache-module" })`} {
		if !strings.Contains(js, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	for _, gone := range []string{"function fetchWithProgress", "new Response(", "{{"} {
		if strings.Contains(js, gone) {
			t.Errorf("app.js still has %q", gone)
		}
	}
	worker := string(ts.do(t, "GET", "/app-worker.js", "", nil).body)
	if !strings.Contains(worker, `"cache-module"`) || strings.Contains(worker, "{{") {
		t.Errorf("app-worker.js is not whosaid's:\n%s", worker)
	}
}

func TestWithLoaderNeedsGoAppsLoader(t *testing.T) {
	_, err := withLoader("console.log('not go-app')", "/web/app.wasm")
	if err == nil || !strings.Contains(err.Error(), "go-app") {
		t.Errorf("err = %v, want one saying go-app's app.js changed", err)
	}
}

// TestStaleCompressedModuleNotSent: a .br or .gz older than app.wasm (the
// module rebuilt, not compressed again) is never sent: the raw file is.
func TestStaleCompressedModuleNotSent(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	dir := ts.srv.cfg.WebDir
	if err := os.WriteFile(filepath.Join(dir, "app.wasm.br"), []byte("old build"), 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	if err := os.Chtimes(filepath.Join(dir, "app.wasm.br"), old, old); err != nil {
		t.Fatal(err)
	}
	r := ts.do(t, "GET", "/web/app.wasm", "", nil, "Accept-Encoding", "br")
	if r.header.Get("Content-Encoding") != "" || string(r.body) != "\x00asm\x01\x00\x00\x00" {
		t.Errorf("sent %q (Content-Encoding %q), want the raw module", r.body, r.header.Get("Content-Encoding"))
	}
	now := time.Now().Add(time.Minute)
	os.Chtimes(filepath.Join(dir, "app.wasm.br"), now, now)
	if r := ts.do(t, "GET", "/web/app.wasm", "", nil, "Accept-Encoding", "br"); r.header.Get("Content-Encoding") != "br" {
		t.Errorf("a fresh .br is not sent: %q", r.header.Get("Content-Encoding"))
	}
}
