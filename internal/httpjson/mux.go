//go:build !wasm

package httpjson

import "net/http"

// ServeMux serves r with mux, answering in JSON where mux has no route:
// 405 with Allow when the path takes other methods, else 404 with
// notFound.
func ServeMux(w http.ResponseWriter, r *http.Request, mux *http.ServeMux, notFound string) {
	h, pattern := mux.Handler(r)
	if pattern != "" {
		mux.ServeHTTP(w, r)
		return
	}
	// Let the mux tell 404 from 405 (and list Allow), discarding its text.
	c := &headerCapture{header: http.Header{}}
	h.ServeHTTP(c, r)
	if allow := c.header.Get("Allow"); allow != "" {
		w.Header().Set("Allow", allow)
		WriteError(w, NewError(http.StatusMethodNotAllowed, r.Method+" is not allowed here; allowed: "+allow))
		return
	}
	WriteError(w, NewError(http.StatusNotFound, notFound))
}

// headerCapture records the headers a handler would answer with.
type headerCapture struct{ header http.Header }

func (c *headerCapture) Header() http.Header         { return c.header }
func (c *headerCapture) Write(p []byte) (int, error) { return len(p), nil }
func (c *headerCapture) WriteHeader(int)             {}
