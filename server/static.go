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
	// hashed, when set, is the module's content-hashed name
	// ("app.<version>.wasm"): pages load it from there, and browsers keep
	// it for a year without asking again (a new build has a new name).
	// /web/app.wasm is still served, revalidated on each use.
	hashed string
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

func (s *staticFiles) AppWASM() string {
	if s.hashed != "" {
		return "/web/" + s.hashed
	}
	return "/web/app.wasm"
}

func (s *staticFiles) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	switch {
	case s.hashed != "" && r.URL.Path == "/web/"+s.hashed:
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	case r.URL.Path != "/web/app.wasm":
		s.fs.ServeHTTP(w, r)
		return
	}
	raw := filepath.Join(s.dir, "app.wasm")
	w.Header().Set("Content-Type", "application/wasm")
	w.Header().Add("Vary", "Accept-Encoding")
	rawInfo, err := os.Stat(raw)
	if err == nil {
		// The loader reads this to show progress for compressed bodies.
		w.Header().Set("X-Raw-Length", strconv.FormatInt(rawInfo.Size(), 10))
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
		// A copy older than the module is from an earlier build (the
		// module was rebuilt without compressing it again): never send it.
		if err != nil || (rawInfo != nil && fi.ModTime().Before(rawInfo.ModTime())) {
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
