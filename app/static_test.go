//go:build !wasm

package main

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"whosaid/server/staticsite"
)

var routesOnce sync.Once

// The static copy of the real app draws the sample article in its first
// page, with whosaid's loader, and no element go-app wrote as
// hidden="false" (a browser hides it). The layout itself is tested in
// server/staticsite.
func TestWriteStaticDrawsTheSample(t *testing.T) {
	routesOnce.Do(registerRoutes)
	web := t.TempDir()
	for name, data := range map[string]string{"app.wasm": "\x00asm fake wasm", "whosaid.css": "body{}"} {
		if err := os.WriteFile(filepath.Join(web, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(t.TempDir(), "static")
	if _, err := staticsite.Write(out, web, staticsite.Options{}); err != nil {
		t.Fatal(err)
	}
	appJS, _ := os.ReadFile(filepath.Join(out, "app.js"))
	if !strings.Contains(string(appJS), "whosaidCountDownload") {
		t.Errorf("app.js does not have whosaid's loader")
	}
	for _, page := range []string{"index.html", "404.html"} {
		data, _ := os.ReadFile(filepath.Join(out, page))
		for _, want := range []string{`class="blk headline"`, "China Russia Explainer"} {
			if !strings.Contains(string(data), want) {
				t.Errorf("%s does not draw the sample: no %s", page, want)
			}
		}
		if strings.Contains(string(data), `hidden="false"`) {
			t.Errorf("%s has go-app's hidden=\"false\" (it hides the element)", page)
		}
	}
}
