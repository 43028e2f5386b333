//go:build !wasm

package server

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"log/slog"
	"net/http"

	"whosaid/internal/httpjson"
	"whosaid/server/store"
)

// api serves /api/v1 (see docs/api.md).
type api struct {
	store   store.Store
	log     *slog.Logger
	maxBody int64
	limiter *rateLimiter
	mux     *http.ServeMux
}

func newAPI(st store.Store, log *slog.Logger, maxBody int64, limiter *rateLimiter) *api {
	a := &api{store: st, log: log, maxBody: maxBody, limiter: limiter, mux: http.NewServeMux()}
	a.handle("GET /api/v1/documents", a.listDocuments)
	a.handle("POST /api/v1/documents", a.createDocument)
	a.handle("GET /api/v1/documents/{id}", a.getDocument)
	a.handle("DELETE /api/v1/documents/{id}", a.deleteDocument)
	a.handle("GET /api/v1/documents/{id}/set", a.getSet)
	a.handle("PUT /api/v1/documents/{id}/set", a.putSet)
	a.handle("GET /api/v1/documents/{id}/set/export/{format}", a.exportSet)
	a.handle("POST /api/v1/documents/{id}/set/share", a.share)
	a.handle("DELETE /api/v1/documents/{id}/set/share", a.unshare)
	a.handle("GET /api/v1/shared/{share}", a.getShared)
	a.handle("GET /api/v1/shared/{share}/export/{format}", a.exportShared)
	return a
}

// handle registers a handler that returns its error instead of writing it.
func (a *api) handle(pattern string, h func(w http.ResponseWriter, r *http.Request) *httpjson.Error) {
	a.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		if e := h(w, r); e != nil {
			if e.Status == http.StatusUnauthorized {
				w.Header().Set("WWW-Authenticate", `Bearer realm="whosaid"`)
			}
			httpjson.WriteError(w, e)
		}
	})
}

func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if e := a.limiter.allow(w, r); e != nil {
		httpjson.WriteError(w, e)
		return
	}
	h, pattern := a.mux.Handler(r)
	if pattern == "" {
		// No route: let the mux decide 404 or 405 (with Allow), but answer
		// in JSON like every other API error.
		c := &statusCapture{header: http.Header{}}
		h.ServeHTTP(c, r)
		if allow := c.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		status := c.status
		msg := "no such API endpoint (see docs/api.md)"
		if status == http.StatusMethodNotAllowed {
			msg = r.Method + " is not allowed here; allowed: " + c.header.Get("Allow")
		}
		httpjson.WriteError(w, httpjson.NewError(status, msg))
		return
	}
	a.mux.ServeHTTP(w, r)
}

// statusCapture records what a handler would answer, discarding the body.
type statusCapture struct {
	header http.Header
	status int
}

func (c *statusCapture) Header() http.Header { return c.header }
func (c *statusCapture) Write(p []byte) (int, error) {
	if c.status == 0 {
		c.status = http.StatusOK
	}
	return len(p), nil
}
func (c *statusCapture) WriteHeader(s int) {
	if c.status == 0 {
		c.status = s
	}
}

// storeError maps a store error to a response; unexpected ones are logged
// and hidden behind a 500.
func (a *api) storeError(r *http.Request, err error, what string) *httpjson.Error {
	if errors.Is(err, store.ErrNotFound) {
		return httpjson.NewError(http.StatusNotFound, what+" not found")
	}
	a.log.Error("store", "method", r.Method, "path", r.URL.Path, "err", err)
	return httpjson.NewError(http.StatusInternalServerError, "internal error")
}

// writeCtx is the context for a store write: a client that hangs up must
// not cancel a write half done, and shutdown waits for it.
func writeCtx(r *http.Request) context.Context { return context.WithoutCancel(r.Context()) }

// randomID makes an unguessable id (128 bits, base64url).
func randomID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}
