//go:build !wasm

package staticsite

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.Main().Text("page") }

var routesOnce sync.Once

// routes are registered the way the app does (a nested route, /teach/files,
// under a route of its own, /teach).
func registerRoutes() {
	routesOnce.Do(func() {
		for _, r := range []string{"/", "/join", "/library", "/teach", "/teach/files", "/exercise/file"} {
			app.Route(r, &testPage{})
		}
		app.RouteWithRegexp(`^/teach/[a-z0-9]{16}$`, &testPage{})
	})
}

// fakeWeb is a web folder as make build leaves it.
func fakeWeb(t *testing.T) (string, map[string]string) {
	web := t.TempDir()
	files := map[string]string{
		"app.wasm":     "\x00asm fake wasm",
		"app.wasm.br":  "compressed",
		"app.wasm.gz":  "compressed",
		"whosaid.css":  "body{}",
		"icon.svg":     "<svg/>",
		"icon-192.png": "png",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(web, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return web, files
}

func listFiles(t *testing.T, dir string) []string {
	var got []string
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(dir, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	return got
}

// Write lays out every fixed route as ROUTE/index.html plus 404.html,
// go-app's files and the web folder (the raw app.wasm, no precompressed
// copies), tells the app that sync is off, allows zooming, and leaves
// the build machine's address out of the pages.
func TestWrite(t *testing.T) {
	registerRoutes()
	web, files := fakeWeb(t)
	out := filepath.Join(t.TempDir(), "static")
	n, err := Write(out, web, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := listFiles(t, out)
	want := []string{ // WalkDir's lexical order
		"404.html", "app-worker.js", "app.css", "app.js", "exercise/file/index.html", "index.html",
		"join/index.html", "library/index.html", "manifest.webmanifest", "teach/files/index.html", "teach/index.html",
		"wasm_exec.js", "web/app.wasm", "web/icon-192.png", "web/icon.svg", "web/whosaid.css",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("files (-want +got):\n%s", d)
	}
	if n != len(got) {
		t.Errorf("reported %d files, wrote %d", n, len(got))
	}
	if wasm, _ := os.ReadFile(filepath.Join(out, "web", "app.wasm")); string(wasm) != files["app.wasm"] {
		t.Errorf("web/app.wasm = %q, want the raw file", wasm)
	}
	if appJS, _ := os.ReadFile(filepath.Join(out, "app.js")); !strings.Contains(string(appJS), `"WHOSAID_SYNC":"off"`) {
		t.Errorf("app.js does not turn sync off: %.300s", appJS)
	}
	for _, page := range []string{"index.html", "404.html", "join/index.html", "teach/files/index.html"} {
		data, _ := os.ReadFile(filepath.Join(out, page))
		html := string(data)
		for _, ref := range []string{`/app.js`, `/web/whosaid.css`, `/manifest.webmanifest`, dropSlash} {
			if !strings.Contains(html, ref) {
				t.Errorf("%s does not have %s", page, ref)
			}
		}
		for _, bad := range []string{"127.0.0.1", "og:url", "user-scalable"} {
			if strings.Contains(html, bad) {
				t.Errorf("%s has %q", page, bad)
			}
		}
	}
}

// With --url, each page names its own public address.
func TestWriteWithURL(t *testing.T) {
	registerRoutes()
	web, _ := fakeWeb(t)
	out := t.TempDir()
	if _, err := Write(out, web, Options{URL: "https://example.org/whosaid"}); err != nil {
		t.Fatal(err)
	}
	for page, want := range map[string]string{
		"index.html":             `<meta property="og:url" content="https://example.org/whosaid/">`,
		"teach/files/index.html": `<meta property="og:url" content="https://example.org/whosaid/teach/files">`,
	} {
		data, _ := os.ReadFile(filepath.Join(out, page))
		if !strings.Contains(string(data), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(out, "404.html")); strings.Contains(string(data), "og:url") {
		t.Errorf("404.html names an address")
	}
	for _, bad := range []string{"example.org", "ftp://x/", "/relative"} {
		if _, err := Write(t.TempDir(), web, Options{URL: bad}); err == nil || !strings.Contains(err.Error(), "--url") {
			t.Errorf("URL %q: err = %v, want one naming --url", bad, err)
		}
	}
}

// A plain file server (http.FileServer, as python's http.server) serves
// every route as a page, and no directory listing.
func TestWritePlainFileServer(t *testing.T) {
	registerRoutes()
	web, _ := fakeWeb(t)
	out := t.TempDir()
	if _, err := Write(out, web, Options{}); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(out)))
	defer ts.Close()
	for _, route := range []string{"/", "/join", "/library", "/teach", "/teach/", "/teach/files", "/exercise/file"} {
		res, err := http.Get(ts.URL + route)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusOK || !strings.Contains(string(body), "<main>page</main>") {
			t.Errorf("GET %s: %d %.200s", route, res.StatusCode, body)
		}
	}
}

func TestWriteNeedsWasm(t *testing.T) {
	_, err := Write(t.TempDir(), t.TempDir(), Options{})
	if err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Errorf("err = %v, want one naming app.wasm", err)
	}
}
