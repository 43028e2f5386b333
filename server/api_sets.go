//go:build !wasm

package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/internal/httpjson"
	"whosaid/internal/wire"
	"whosaid/server/store"
)

// loadSet returns the owner's set on a document as native JSON with its
// version; an unsaved set is the empty set on the document, version 0.
func (a *api) loadSet(r *http.Request, owner, docID string) ([]byte, int64, *httpjson.Error) {
	set, err := a.store.Set(r.Context(), owner, docID)
	if err == nil {
		return set.Data, set.Version, nil
	}
	if !errors.Is(err, store.ErrNotFound) {
		return nil, 0, a.storeError(r, err, "annotation set")
	}
	d, err := a.store.Document(r.Context(), owner, docID)
	if err != nil {
		return nil, 0, a.storeError(r, err, "document")
	}
	data, e := a.emptySet(r, d)
	return data, 0, e
}

func (a *api) emptySet(r *http.Request, d store.Document) ([]byte, *httpjson.Error) {
	doc, err := parseDocument(d)
	if err != nil {
		return nil, a.storeError(r, err, "document")
	}
	data, err := native.Encode(annotate.NewSet(doc))
	if err != nil {
		return nil, a.storeError(r, err, "document")
	}
	return data, nil
}

func (a *api) getSet(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	data, version, e := a.loadSet(r, owner, r.PathValue("id"))
	if e != nil && e.Status == http.StatusNotFound {
		// Nothing stored for this document yet: an answer, not an error
		// (the app asks on each first open of an article; a 404 was
		// logged in the browser's console as a failure).
		w.WriteHeader(http.StatusNoContent)
		return nil
	}
	if e != nil {
		return e
	}
	writeSet(w, r, data, version)
	return nil
}

// writeSet answers with a set and its version, or 304 Not Modified when
// If-None-Match names that version (a cheap "has it changed?").
func writeSet(w http.ResponseWriter, r *http.Request, data []byte, version int64) {
	tag := etag(version)
	w.Header().Set("ETag", tag)
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		for _, t := range strings.Split(inm, ",") {
			if strings.TrimPrefix(strings.TrimSpace(t), "W/") == tag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
	}
	httpjson.WriteBody(w, http.StatusOK, "application/json", data)
}

func (a *api) putSet(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	version, e := parseIfMatch(r.Header.Get("If-Match"))
	if e != nil {
		return e
	}
	if version == 0 {
		if e := a.chargeCreation(w, r); e != nil { // a first save may store the document
			return e
		}
	}
	body, e := httpjson.ReadJSON(w, r, a.maxBody)
	if e != nil {
		return e
	}
	docID := r.PathValue("id")
	s, e := decodeSetRequest(docID, body)
	if e != nil {
		return e
	}
	data, err := storedForm(body, s)
	if err != nil {
		return a.storeError(r, err, "annotation set")
	}
	// Only a first save may store the document, so only it needs encoding.
	doc := store.Document{ID: s.Document.ID}
	if version == 0 {
		if doc, err = documentRecord(&s.Document); err != nil {
			return a.storeError(r, err, "annotation set")
		}
	}
	saved, err := a.store.PutSet(writeCtx(r), owner, doc, version, data)
	var ce *store.ConflictError
	if errors.As(err, &ce) {
		c := wire.Conflict{Error: "version conflict: the set was saved elsewhere since you read it; merge with this copy and save again with its version in If-Match",
			Version: ce.Current.Version, Set: ce.Current.Data}
		if c.Set == nil {
			c.Set = json.RawMessage("null")
		}
		w.Header().Set("ETag", etag(ce.Current.Version))
		httpjson.Write(w, http.StatusConflict, c)
		return nil
	}
	if err != nil {
		return a.storeError(r, err, "annotation set")
	}
	a.owners.add(owner)
	w.Header().Set("ETag", etag(saved.Version))
	httpjson.Write(w, http.StatusOK, wire.SetSaved{Version: saved.Version, Updated: saved.Updated})
	return nil
}
