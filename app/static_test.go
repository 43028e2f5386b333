//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var routesOnce sync.Once

// TestWriteStatic runs the static generator into a temp folder and checks
// that every fixed route has its page, that go-app's files and the web
// folder are there (raw app.wasm, no precompressed copies), and that the
// app is told sync is off.
func TestWriteStatic(t *testing.T) {
	routesOnce.Do(registerRoutes)
	web := t.TempDir()
	files := map[string]string{
		"app.wasm":     "\x00asm fake wasm",
		"app.wasm.br":  "compressed",
		"app.wasm.gz":  "compressed",
		"whosaid.css":  "body{}",
		"files.css":    "nav{}",
		"icon.svg":     "<svg/>",
		"icon-192.png": "png",
		"icon-512.png": "png",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(web, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "static")
	n, err := writeStatic(out, web)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	filepath.WalkDir(out, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(out, path)
			got = append(got, filepath.ToSlash(rel))
		}
		return err
	})
	want := []string{
		"app-worker.js", "app.css", "app.js",
		"exercise/file.html", "index.html", "join.html", "library.html", "manifest.webmanifest",
		"summary.html", "teach/files.html", "teach.html", "wasm_exec.js", // WalkDir's lexical order
		"web/app.wasm", "web/files.css", "web/icon-192.png", "web/icon-512.png", "web/icon.svg", "web/whosaid.css",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("files (-want +got):\n%s", d)
	}
	if n != len(got) {
		t.Errorf("reported %d files, wrote %d", n, len(got))
	}
	wasm, _ := os.ReadFile(filepath.Join(out, "web", "app.wasm"))
	if string(wasm) != files["app.wasm"] {
		t.Errorf("web/app.wasm = %q, want the raw file", wasm)
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if !strings.Contains(string(appJS), `"WHOSAID_SYNC":"off"`) {
		t.Errorf("app.js does not turn sync off: %.300s", appJS)
	}
	if !strings.Contains(string(appJS), "whosaidCountDownload") {
		t.Errorf("app.js does not have whosaid's loader")
	}
	index, _ := os.ReadFile(filepath.Join(out, "index.html"))
	// The sample article is drawn in the page, readable before the app runs.
	for _, ref := range []string{`/app.js`, `/web/whosaid.css`, `/manifest.webmanifest`, `class="blk headline"`, "China Russia Explainer"} {
		if !strings.Contains(string(index), ref) {
			t.Errorf("index.html does not reference %s", ref)
		}
	}
	if strings.Contains(string(index), `hidden="false"`) {
		t.Errorf("index.html has go-app's hidden=\"false\" (it hides the element)")
	}
}

func TestWriteStaticNeedsWasm(t *testing.T) {
	_, err := writeStatic(t.TempDir(), t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "app.wasm") {
		t.Errorf("err = %v, want one naming app.wasm", err)
	}
}
