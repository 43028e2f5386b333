//go:build !wasm

package server

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// NewAppHandler configures go-app's handler for whosaid. Its version is the
// content hash of app.wasm, so a rebuilt app is never served stale.
func NewAppHandler(webDir string) (*app.Handler, error) {
	version, err := fileHash(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return nil, fmt.Errorf("web folder %s: %w (run `make build` first)", webDir, err)
	}
	files := newStaticFiles(webDir)
	site.Store(files) // pages are drawn from these files (sitefiles.go)
	return &app.Handler{
		Name:        "whosaid",
		ShortName:   "whosaid",
		Title:       "whosaid — who said what in the news",
		Description: "Highlight the claims in a news article and attribute each to who made it.",
		Lang:        "en",
		// loader.js replaces the label as it goes (downloading, preparing,
		// starting).
		LoadingLabel:    "Loading whosaid…",
		BackgroundColor: "#fbfaf7",
		ThemeColor:      "#23395b",
		// Local icons: go-app's default points off-site, which breaks the
		// service worker's install (and so the offline start).
		Icon: app.Icon{
			Default:    "/web/icon-192.png",
			Large:      "/web/icon-512.png",
			SVG:        "/web/icon.svg",
			AppleTouch: "/web/icon-192.png",
		},
		Styles: []string{"/web/whosaid.css", "/web/files.css", "/web/suggest.css"},
		// Before the first paint: hides the drawn sample from a reader
		// whose last article opens instead (web/start.js).
		Scripts: []string{"/web/start.js"},
		// go-app precaches the PNG icons but not the SVG one (the page's
		// favicon, the manifest's first icon): offline it was missing.
		CacheableResources: []string{"/web/icon.svg"},
		Resources:          files,
		// The wasm is sent compressed (no Content-Length): the loader's
		// progress needs its raw length, which static.go sends here.
		WasmContentLengthHeader: "X-Raw-Length",
		// app-worker.js: go-app's worker, without fetching the module a
		// second time on a first visit.
		ServiceWorkerTemplate: appWorkerJS,
		Version:               version[:16],
	}, nil
}

func fileHash(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
