//go:build !wasm

package server

import (
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

// api serves /api/v1 (see docs/api.md): its routes in the frame shared
// with the classroom API (httpjson.API), charged by clients.go.
type api struct {
	httpjson.API
	store   store.Store
	log     *slog.Logger
	maxBody int64
	limiter *ratelimit.Limiter
	clients *clientid.Resolver
	owners  knownOwners
}

func newAPI(st store.Store, log *slog.Logger, maxBody int64, limiter *ratelimit.Limiter, clients *clientid.Resolver) *api {
	a := &api{store: st, log: log, maxBody: maxBody, limiter: limiter, clients: clients}
	a.API = httpjson.API{Mux: http.NewServeMux(), Charge: a.charge, NotFound: "no such API endpoint (see docs/api.md)"}
	a.Handle("GET /api/v1/documents", a.listDocuments)
	a.Handle("POST /api/v1/documents", a.createDocument)
	a.Handle("GET /api/v1/documents/{id}", a.getDocument)
	a.Handle("DELETE /api/v1/documents/{id}", a.deleteDocument)
	a.Handle("GET /api/v1/documents/{id}/set", a.getSet)
	a.Handle("PUT /api/v1/documents/{id}/set", a.putSet)
	a.Handle("GET /api/v1/documents/{id}/set/export/{format}", a.exportSet)
	a.Handle("POST /api/v1/documents/{id}/set/share", a.share)
	a.Handle("DELETE /api/v1/documents/{id}/set/share", a.unshare)
	a.Handle("GET /api/v1/shared/{share}", a.getShared)
	a.Handle("GET /api/v1/shared/{share}/export/{format}", a.exportShared)
	return a
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
