//go:build !wasm

package server

import (
	"net/http"
	"strings"
	"testing"
)

func TestDeleteDocument(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	if r := ts.do(t, "PUT", setPath(doc.ID), tokenA, encode(t, sampleSet(doc, 3, "")), "If-Match", `"0"`); r.status != http.StatusOK {
		t.Fatal(r)
	}
	if r := ts.do(t, "DELETE", "/api/v1/documents/"+doc.ID, tokenB, nil); r.status != http.StatusNotFound {
		t.Errorf("B deletes A's document: %v, want 404", r)
	}
	if r := ts.do(t, "DELETE", "/api/v1/documents/"+doc.ID, tokenA, nil); r.status != http.StatusNoContent {
		t.Fatalf("delete: %v", r)
	}
	if r := ts.do(t, "GET", setPath(doc.ID), tokenA, nil); r.status != http.StatusNoContent {
		t.Errorf("set after delete: %v, want 204 (nothing stored)", r)
	}
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); !strings.Contains(string(r.body), `"documents":[]`) {
		t.Errorf("list after delete: %v", r)
	}
}

func TestNotModified(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	if r := ts.do(t, "PUT", setPath(doc.ID), tokenA, encode(t, sampleSet(doc, 3, "")), "If-Match", `"0"`); r.status != http.StatusOK {
		t.Fatal(r)
	}
	r := ts.do(t, "GET", setPath(doc.ID), tokenA, nil, "If-None-Match", `"1"`)
	if r.status != http.StatusNotModified || len(r.body) != 0 || r.header.Get("ETag") != `"1"` {
		t.Errorf("GET with the current ETag: %v", r)
	}
	if r := ts.do(t, "GET", setPath(doc.ID), tokenA, nil, "If-None-Match", `"0", W/"7"`); r.status != http.StatusOK || len(r.body) == 0 {
		t.Errorf("GET with an old ETag: %d", r.status)
	}
}
