//go:build !wasm

package server

import (
	"net/http"
	"path"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// appServer serves the app: go-app's handler, with whosaid's loader in
// /app.js and the module at a content-hashed URL that browsers keep for a
// year (loader.go, static.go).
type appServer struct {
	h     *app.Handler
	etag  string
	appJS []byte
}

func newAppServer(webDir string) (*appServer, error) {
	h, err := NewAppHandler(webDir)
	if err != nil {
		return nil, err
	}
	h.Resources.(*staticFiles).hashed = "app." + h.Version + ".wasm"
	PreloadModule(h)
	js, err := appJS(h)
	if err != nil {
		return nil, err
	}
	return &appServer{h: h, etag: `"` + h.Version + `"`, appJS: []byte(js)}, nil
}

func (s *appServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if path.Ext(r.URL.Path) == "" && !strings.HasPrefix(r.URL.Path, "/web/") {
		s.servePage(w, r)
		return
	}
	if r.URL.Path != "/app.js" && r.URL.Path != "/goapp.js" {
		s.h.ServeHTTP(w, r)
		return
	}
	// As go-app serves its files: revalidated, the version as the ETag.
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", s.etag)
	if r.Header.Get("If-None-Match") == s.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/javascript")
	w.Write(s.appJS)
}

// PreloadModule starts the module's download as soon as the page's head
// is read: the loader (app.js) only runs once the whole page is parsed,
// and a page drawn with a long annotated article is megabytes. The loader's
// fetch (same origin, mode cors) takes the preloaded response.
func PreloadModule(h *app.Handler) {
	h.RawHeaders = append(h.RawHeaders, `<link rel="preload" href="`+h.Resources.AppWASM()+`" as="fetch" type="application/wasm" crossorigin="anonymous">`)
}
