//go:build !wasm

package server

import (
	"encoding/json"
	"net/http"
	"net/url"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/internal/wire"
)

const markdownArticle = "# Talks “resume” — officials\n\nThe minister said talks would resume 😀.\n"

func TestCreateAndListDocuments(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	want, err := article.Import("talks.md", []byte(markdownArticle))
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(map[string]string{"filename": "talks.md", "content": markdownArticle})
	r := ts.do(t, "POST", "/api/v1/documents", tokenA, body, "Content-Type", "application/json")
	if r.status != http.StatusCreated {
		t.Fatalf("POST JSON: %v", r)
	}
	if loc := r.header.Get("Location"); loc != "/api/v1/documents/"+url.PathEscape(want.ID) {
		t.Errorf("Location = %q", loc)
	}
	var got annotate.Document
	if err := json.Unmarshal(r.body, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("created document (-want +got):\n%s", diff)
	}
	// The same article again is the same document.
	if r := ts.do(t, "POST", "/api/v1/documents", tokenA, body, "Content-Type", "application/json"); r.status != http.StatusOK {
		t.Errorf("POST again: %v, want 200", r)
	}
	// The raw file with its Content-Type.
	raw := ts.do(t, "POST", "/api/v1/documents?filename=note.txt", tokenA, []byte("Plain text, “quoted”.\n\nSecond paragraph."), "Content-Type", "text/plain; charset=utf-8")
	if raw.status != http.StatusCreated {
		t.Fatalf("POST raw: %v", raw)
	}
	var rawDoc annotate.Document
	json.Unmarshal(raw.body, &rawDoc)
	html := ts.do(t, "POST", "/api/v1/documents", tokenA, []byte("<html><head><title>T</title></head><body><h1>Head</h1><p>Body text.</p></body></html>"), "Content-Type", "text/html")
	if html.status != http.StatusCreated {
		t.Fatalf("POST HTML: %v", html)
	}
	one := ts.do(t, "GET", "/api/v1/documents/"+want.ID, tokenA, nil)
	if one.status != http.StatusOK {
		t.Fatalf("GET document: %v", one)
	}
	got = annotate.Document{}
	json.Unmarshal(one.body, &got)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("GET document (-want +got):\n%s", diff)
	}
	list := ts.do(t, "GET", "/api/v1/documents", tokenA, nil)
	var l struct{ Documents []wire.DocumentInfo }
	if err := json.Unmarshal(list.body, &l); err != nil || list.status != http.StatusOK {
		t.Fatalf("GET list: %v (%v)", list, err)
	}
	ids := map[string]string{}
	for _, d := range l.Documents {
		ids[d.ID] = d.Title
	}
	if len(ids) != 3 || ids[want.ID] != want.Title || ids[rawDoc.ID] != rawDoc.Title {
		t.Errorf("list = %s", list.body)
	}
}

func TestCreateDocumentErrors(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	tests := []struct {
		name, contentType string
		body              string
		status            int
		paths             []string
	}{
		{"no content type", "", "text", http.StatusUnsupportedMediaType, nil},
		{"image", "image/png", "x", http.StatusUnsupportedMediaType, nil},
		{"missing fields", "application/json", `{}`, http.StatusBadRequest, []string{"filename", "content"}},
		{"unknown field", "application/json", `{"filename":"a.txt","content":"x","extra":1}`, http.StatusBadRequest, []string{"extra"}},
		{"wrong type", "application/json", `{"filename":3,"content":"x"}`, http.StatusBadRequest, []string{"filename"}},
		{"bad JSON", "application/json", `{"filename":`, http.StatusBadRequest, []string{""}},
		{"unknown extension", "application/json", `{"filename":"a.pdf","content":"x"}`, http.StatusBadRequest, []string{"filename"}},
		{"empty article", "text/plain", "  \n\n ", http.StatusBadRequest, []string{"content"}},
		{"control character", "text/plain", "a\x00b", http.StatusBadRequest, []string{"content"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.do(t, "POST", "/api/v1/documents", tokenA, []byte(tt.body), "Content-Type", tt.contentType)
			if r.status != tt.status {
				t.Fatalf("status %v, want %d", r, tt.status)
			}
			e := decodeError(t, r)
			var paths []string
			for _, p := range e.Problems {
				paths = append(paths, p.Path)
			}
			if diff := cmp.Diff(tt.paths, paths); diff != "" {
				t.Errorf("problem paths (-want +got):\n%s\n%s", diff, r.body)
			}
		})
	}
}

// decodeError reads an error body, which must have a message.
func decodeError(t *testing.T, r response) wire.Error {
	t.Helper()
	var e wire.Error
	if err := json.Unmarshal(r.body, &e); err != nil || e.Error == "" {
		t.Fatalf("error body %s is not {\"error\": …}: %v", r.body, err)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("error Content-Type = %q", ct)
	}
	for _, p := range e.Problems {
		if p.Message == "" {
			t.Errorf("problem at %q has no message", p.Path)
		}
	}
	return e
}
