//go:build !wasm

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/server"
)

// runStatic is `whosaid static [--web DIR] OUTDIR`: a copy of the app that
// any static file host can serve, without the server — annotations stay
// in the browser and sync is off.
func runStatic(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	fs.SetOutput(stderr)
	web := fs.String("web", "./web", "folder with app.wasm and the static files (`make build` fills it)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: whosaid static [--web DIR] OUTDIR\n\nWrites a static copy of the app (no server, no sync) into OUTDIR.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return 2
	}
	files, err := writeStatic(fs.Arg(0), *web)
	if err != nil {
		fmt.Fprintln(stderr, "whosaid static:", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %d files to %s\n", files, fs.Arg(0))
	return 0
}

// writeStatic writes the static website: a page per route (go-app's
// GenerateStaticWebsite prerenders them), go-app's scripts and manifest,
// and the web folder with the raw app.wasm (a static host serves files as
// they are, so no .br/.gz). Routes with a pattern (/teach/<id>,
// /exercise/<code>) need the server and have no page. It returns how many
// files it wrote.
func writeStatic(outDir, webDir string) (int, error) {
	h, err := server.NewAppHandler(webDir)
	if err != nil {
		return 0, err
	}
	// The app reads this (sync.go): no server to sync with.
	h.Env = app.Environment{"WHOSAID_SYNC": "off"}
	// Static hosts send the raw file with its Content-Length.
	h.WasmContentLengthHeader = ""
	server.PreloadModule(h)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return 0, err
	}
	if err := app.GenerateStaticWebsite(outDir, h); err != nil {
		return 0, fmt.Errorf("generating the pages: %w", err)
	}
	// whosaid's loader in app.js, the pages mended (server/staticsite.go).
	if err := server.FinishStatic(h, outDir); err != nil {
		return 0, fmt.Errorf("finishing the pages: %w", err)
	}
	if err := copyWebDir(webDir, filepath.Join(outDir, "web")); err != nil {
		return 0, err
	}
	n := 0
	err = filepath.WalkDir(outDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			n++
		}
		return err
	})
	return n, err
}

// copyWebDir copies the web folder's files (not subfolders, not the
// precompressed .br/.gz copies).
func copyWebDir(src, dst string) error {
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	var errs []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".br") || strings.HasSuffix(name, ".gz") {
			continue
		}
		if err := copyFile(filepath.Join(src, name), filepath.Join(dst, name)); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return fmt.Errorf("copying %s: %w", src, err)
	}
	return out.Close()
}
