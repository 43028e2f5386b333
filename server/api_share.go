//go:build !wasm

package server

import (
	"errors"
	"net/http"

	"whosaid/internal/httpjson"
	"whosaid/internal/wire"
	"whosaid/server/store"
)

// share makes (or returns) the read-only link of the owner's set.
func (a *api) share(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	id, err := a.store.Share(writeCtx(r), owner, r.PathValue("id"), randomID())
	if err != nil {
		return a.storeError(r, err, "document")
	}
	httpjson.Write(w, http.StatusOK, wire.Shared{ID: id, Path: "/api/v1/shared/" + id})
	return nil
}

func (a *api) unshare(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	if err := a.store.Unshare(writeCtx(r), owner, r.PathValue("id")); err != nil {
		return a.storeError(r, err, "share link")
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// loadShared reads the set behind a share link: no token needed, and no
// route writes through it.
func (a *api) loadShared(r *http.Request) ([]byte, int64, *httpjson.Error) {
	d, set, err := a.store.Shared(r.Context(), r.PathValue("share"))
	if errors.Is(err, store.ErrNotFound) {
		return nil, 0, httpjson.NewError(http.StatusNotFound, "no such share link (it may have been withdrawn)")
	}
	if err != nil {
		return nil, 0, a.storeError(r, err, "share link")
	}
	if set.Version == 0 {
		data, e := a.emptySet(r, d)
		return data, 0, e
	}
	return set.Data, set.Version, nil
}

func (a *api) getShared(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	data, version, e := a.loadShared(r)
	if e != nil {
		return e
	}
	writeSet(w, r, data, version)
	return nil
}

func (a *api) exportShared(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	data, _, e := a.loadShared(r)
	if e != nil {
		return e
	}
	return a.export(w, r, data)
}
