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
	"whosaid/internal/ratelimit"
	"whosaid/server/store"
)

// api serves /api/v1 (see docs/api.md).
type api struct {
	store   store.Store
	log     *slog.Logger
	maxBody int64
	limiter *ratelimit.Limiter
	mux     *http.ServeMux
}

func newAPI(st store.Store, log *slog.Logger, maxBody int64, limiter *ratelimit.Limiter) *api {
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
	if e := a.limiter.Allow(w, clientKey(r), "requests"); e != nil {
		httpjson.WriteError(w, e)
		return
	}
	httpjson.ServeMux(w, r, a.mux, "no such API endpoint (see docs/api.md)")
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
