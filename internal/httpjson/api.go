//go:build !wasm

package httpjson

import (
	"cmp"
	"net/http"
)

// HandlerFunc is a route of an API: it writes its answer, or returns the
// error to answer with (WriteError writes it).
type HandlerFunc func(w http.ResponseWriter, r *http.Request) *Error

func (f HandlerFunc) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if e := f(w, r); e != nil {
		WriteError(w, e)
	}
}

// API is the frame both of the server's APIs (annotations, classroom)
// serve their routes in, so every request is handled the same way before
// its route sees it: answers are never cached, every request is charged
// to its client's allowance (Charge, nil: no limit), a path no id has and
// a write from another site are refused, and a path without a route gets
// a JSON 404 (NotFound) or 405.
type API struct {
	Mux      *http.ServeMux
	Charge   HandlerFunc
	NotFound string
}

// Handle adds a route.
func (a *API) Handle(pattern string, f HandlerFunc) { a.Mux.Handle(pattern, f) }

func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	var charged *Error
	if a.Charge != nil {
		charged = a.Charge(w, r)
	}
	if e := cmp.Or(charged, CheckPath(r), CheckOrigin(r)); e != nil {
		WriteError(w, e)
		return
	}
	ServeMux(w, r, a.Mux, a.NotFound)
}

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
