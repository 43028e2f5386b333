//go:build !wasm

package server

import (
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// staticFiles serves the web folder to go-app, with app.wasm precompressed
// (brotli or gzip, as the browser accepts) when `make build` made the files.
type staticFiles struct {
	dir string
	fs  http.Handler
}

func newStaticFiles(dir string) *staticFiles {
	return &staticFiles{dir: dir, fs: http.StripPrefix("/web/", http.FileServer(filesOnly{http.Dir(dir)}))}
}

// filesOnly serves files and no folder listings: /web/ is the app's
// files, not a catalogue of the server's folder.
type filesOnly struct{ fs http.FileSystem }

func (f filesOnly) Open(name string) (http.File, error) {
	file, err := f.fs.Open(name)
	if err != nil {
		return nil, err
	}
	if fi, err := file.Stat(); err != nil || fi.IsDir() {
		file.Close()
		return nil, os.ErrNotExist
	}
	return file, nil
}

func (s *staticFiles) Package() string { return "" }
func (s *staticFiles) Static() string  { return "" }
func (s *staticFiles) AppWASM() string { return "/web/app.wasm" }

func (s *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/web/app.wasm" {
		s.fs.ServeHTTP(w, r)
		return
	}
	raw := filepath.Join(s.dir, "app.wasm")
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Add("Vary", "Accept-Encoding")
	if fi, err := os.Stat(raw); err == nil {
		// go-app's loader reads this to show progress for compressed bodies.
		w.Header().Set("X-Raw-Length", strconv.FormatInt(fi.Size(), 10))
	}
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		f, err := os.Open(raw + enc.ext)
		if err != nil {
			continue
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil {
			continue
		}
		w.Header().Set("Content-Encoding", enc.name)
		http.ServeContent(w, r, "", fi.ModTime(), f)
		return
	}
	http.ServeFile(w, r, raw)
}

func acceptsEncoding(header, name string) bool {
	for _, part := range strings.Split(header, ",") {
		token, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(token) != name {
			continue
		}
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			q, _ = strconv.ParseFloat(v, 64)
		}
		return q > 0
	}
	return false
}
