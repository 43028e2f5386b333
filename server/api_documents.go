//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"net/url"

	"whosaid/annotate"
	"whosaid/internal/httpjson"
	"whosaid/internal/wire"
	"whosaid/server/store"
)

func (a *api) listDocuments(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	list, err := a.store.Documents(r.Context(), owner)
	if err != nil {
		return a.storeError(r, err, "documents")
	}
	out := make([]wire.DocumentInfo, len(list))
	for i, d := range list {
		out[i] = wire.DocumentInfo{ID: d.ID, Title: d.Title, Created: d.Created, Updated: d.Updated, Version: d.SetVersion}
	}
	httpjson.Write(w, http.StatusOK, wire.DocumentList{Documents: out})
	return nil
}

func (a *api) createDocument(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	if e := a.chargeCreation(w, r); e != nil {
		return e
	}
	body, e := httpjson.ReadBody(w, r, a.maxBody)
	if e != nil {
		return e
	}
	doc, e := decodeDocumentRequest(r.Header.Get("Content-Type"), r.URL.Query().Get("filename"), body)
	if e != nil {
		return e
	}
	rec, err := documentRecord(&doc)
	if err != nil {
		return a.storeError(r, err, "document")
	}
	created, err := a.store.PutDocument(writeCtx(r), owner, rec)
	if err != nil {
		return a.storeError(r, err, "document")
	}
	a.owners.add(owner)
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	w.Header().Set("Location", "/api/v1/documents/"+url.PathEscape(doc.ID))
	httpjson.WriteBody(w, status, "application/json", rec.Data)
	return nil
}

func (a *api) getDocument(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	d, err := a.store.Document(r.Context(), owner, r.PathValue("id"))
	if err != nil {
		return a.storeError(r, err, "document")
	}
	httpjson.WriteBody(w, http.StatusOK, "application/json", d.Data)
	return nil
}

// deleteDocument removes the owner's document, its set and share link.
func (a *api) deleteDocument(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	owner, e := ownerOf(r)
	if e != nil {
		return e
	}
	if err := a.store.DeleteDocument(writeCtx(r), owner, r.PathValue("id")); err != nil {
		return a.storeError(r, err, "document")
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// documentRecord is how a document is stored: its JSON, as the API returns it.
func documentRecord(doc *annotate.Document) (store.Document, error) {
	data, err := json.Marshal(doc)
	if err != nil {
		return store.Document{}, err
	}
	return store.Document{ID: doc.ID, Title: doc.Title, Data: append(data, '\n')}, nil
}

// parseDocument reads a stored document back.
func parseDocument(d store.Document) (annotate.Document, error) {
	var doc annotate.Document
	err := json.Unmarshal(d.Data, &doc)
	return doc, err
}
