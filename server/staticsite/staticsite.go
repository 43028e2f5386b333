//go:build !wasm

// Package staticsite writes a copy of the app that any static file host
// can serve, without the whosaid server: annotations stay in the browser
// and sync is off.
//
// Each page is written as ROUTE/index.html (join/index.html, not
// join.html), because that is the one layout every host serves at the
// route's address: a plain file server (python -m http.server, nginx
// without rewrites, S3) answers /join by redirecting to /join/ and
// serving its index.html, where join.html would be a 404 and a folder
// without an index (teach/ holds teach/files/) a directory listing. The
// app reads the address to pick the page, so each page first takes the
// slash off again (history.replaceState) before the app starts.
//
// 404.html is the app's first page too: GitHub Pages, Netlify, Cloudflare
// Pages and others serve it for unknown addresses, so an address with an
// id in it (/teach/<id>, /exercise/<code>) starts the app, which picks
// the page by the address and says what needs the server.
//
// og:url names the page's public address when the site's address is
// given (--url), and is left out otherwise: go-app would write the
// loopback address of the machine that built the copy.
package staticsite

import (
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/server"
)

// Options say how to write the copy.
type Options struct {
	// URL is the address the copy will be served at, such as
	// "https://example.org/" (or ""): it becomes the pages' og:url.
	URL string
}

// Write writes the static website into outDir from webDir (app.wasm and
// the static files): a page per fixed route (go-app prerenders them; the
// routes must be registered) and 404.html, go-app's scripts and manifest,
// and the web folder with the raw app.wasm (a static host sends files as
// they are, so no .br/.gz). It returns how many files it wrote.
func Write(outDir, webDir string, o Options) (int, error) {
	base, err := siteURL(o.URL)
	if err != nil {
		return 0, err
	}
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
	// whosaid's loader in app.js (server/staticsite.go); the pages are mended in placePages.
	if err := server.FinishStatic(h, outDir); err != nil {
		return 0, fmt.Errorf("finishing the pages: %w", err)
	}
	if err := placePages(outDir, base); err != nil {
		return 0, err
	}
	if err := copyWebDir(webDir, filepath.Join(outDir, "web")); err != nil {
		return 0, err
	}
	return countFiles(outDir)
}

// siteURL checks the site's address and ends it with a slash.
func siteURL(raw string) (*url.URL, error) {
	if raw == "" {
		return nil, nil
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--url %q: want the site's address, such as https://example.org/", raw)
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
	}
	u.RawQuery, u.Fragment = "", ""
	return u, nil
}

// placePages moves each page go-app wrote as ROUTE.html to
// ROUTE/index.html, fixing its head (server.FixPageHead), and writes the
// first page as 404.html too.
func placePages(outDir string, base *url.URL) error {
	var pages []string
	err := filepath.WalkDir(outDir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".html") {
			pages = append(pages, path)
		}
		return err
	})
	if err != nil {
		return err
	}
	for _, path := range pages {
		rel, _ := filepath.Rel(outDir, path)
		route := "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".html")
		page, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if route == "/index" {
			// The same page serves any address as 404.html: no og:url.
			if err := writePage(filepath.Join(outDir, "404.html"), page, ""); err != nil {
				return err
			}
			if err := writePage(path, page, pageURL(base, "/")); err != nil {
				return err
			}
			continue
		}
		if err := writePage(filepath.Join(outDir, filepath.FromSlash(route), "index.html"), page, pageURL(base, route)); err != nil {
			return err
		}
		if err := os.Remove(path); err != nil {
			return err
		}
	}
	return nil
}

func pageURL(base *url.URL, route string) string {
	if base == nil {
		return ""
	}
	return base.JoinPath(route).String()
}

// dropSlash runs before the app: a host that served ROUTE/index.html at
// ROUTE/ leaves the slash the app's routes do not have.
const dropSlash = `<script>(function(l){if(l.pathname.length>1&&l.pathname.slice(-1)=="/")history.replaceState(null,"",l.pathname.replace(/\/+$/,"")+l.search+l.hash)})(location)</script>`

// writePage writes a page go-app rendered, its head fixed, to dest.
func writePage(dest string, page []byte, url string) error {
	page = server.FixPageHead(page, url)
	page = []byte(strings.Replace(string(page), "<head>", "<head>\n"+dropSlash, 1))
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dest, page, 0o644)
}

func countFiles(dir string) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
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
