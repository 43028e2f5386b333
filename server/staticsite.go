//go:build !wasm

package server

import (
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// FinishStatic makes a static copy written by go-app's
// GenerateStaticWebsite(outDir, h) load as the server's pages do: app.js
// with whosaid's loader (loader.js). The pages are mended as they are
// moved into place (FixPageHead, by package staticsite).
func FinishStatic(h *app.Handler, outDir string) error {
	js, err := appJS(h)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(outDir, "app.js"), []byte(js), 0o644)
}
