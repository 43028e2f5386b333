//go:build !wasm

package server

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// FinishStatic makes a static copy written by go-app's
// GenerateStaticWebsite(outDir, h) load and look as the server's pages do:
// app.js with whosaid's loader (loader.js) and each page mended (pages.go).
func FinishStatic(h *app.Handler, outDir string) error {
	js, err := appJS(h)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(outDir, "app.js"), []byte(js), 0o644); err != nil {
		return err
	}
	return filepath.WalkDir(outDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".html") {
			return err
		}
		page, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(path, falseBoolAttr.ReplaceAll(page, nil), 0o644)
	})
}
