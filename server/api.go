//go:build !wasm

package server

import (
	"cmp"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"log/slog"
	"net/http"

	"whosaid/internal/clientid"
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
	clients *clientid.Resolver
	owners  knownOwners
	mux     *http.ServeMux
}

func newAPI(st store.Store, log *slog.Logger, maxBody int64, limiter *ratelimit.Limiter, clients *clientid.Resolver) *api {
	a := &api{store: st, log: log, maxBody: maxBody, limiter: limiter, clients: clients, mux: http.NewServeMux()}
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

// ServeHTTP charges the request to its client (clients.go), then refuses
// paths no id has and writes from other sites.
func (a *api) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	if e := cmp.Or(a.charge(w, r), httpjson.CheckPath(r), httpjson.CheckOrigin(r)); e != nil {
		httpjson.WriteError(w, e)
		return
	}
	httpjson.ServeMux(w, r, a.mux, "no such API endpoint (see docs/api.md)")
}

// storeError maps a store error to a response: over a quota is 429 (too
// many documents) or 413 (too many bytes), with what to do; unexpected
// errors are logged and hidden behind a 500.
func (a *api) storeError(r *http.Request, err error, what string) *httpjson.Error {
	var qe *store.QuotaError
	if errors.As(err, &qe) {
		if qe.Documents {
			return &httpjson.Error{Status: http.StatusTooManyRequests, Message: fmt.Sprintf(
				"too many documents: this owner token may keep %d; delete some (DELETE /api/v1/documents/{id}) to store more", qe.Limit)}
		}
		return &httpjson.Error{Status: http.StatusRequestEntityTooLarge, Message: fmt.Sprintf(
			"over the storage quota: this owner token may keep %d bytes of documents and sets, and this save would make %d; delete documents to make room", qe.Limit, qe.Would)}
	}
	return httpjson.StoreError(a.log, r, err, what)
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
