//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

func TestSetVersionFlow(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	p := setPath(doc.ID)
	// Nothing saved: the document is unknown to this owner, which is an
	// answer (204, no body), not an error.
	if r := ts.do(t, "GET", p, tokenA, nil); r.status != http.StatusNoContent || len(r.body) != 0 || r.header.Get("ETag") != "" {
		t.Fatalf("GET set of an unknown document: %v, want 204 with no body and no ETag", r)
	}
	v1 := sampleSet(doc, 50, "first")
	if r := ts.do(t, "PUT", p, tokenA, encode(t, v1)); r.status != http.StatusPreconditionRequired {
		t.Errorf("PUT without If-Match: %v, want 428", r)
	}
	r := ts.do(t, "PUT", p, tokenA, encode(t, v1), "If-Match", `"0"`)
	if r.status != http.StatusOK || r.header.Get("ETag") != `"1"` {
		t.Fatalf("first PUT: %v ETag %q", r, r.header.Get("ETag"))
	}
	// The first save stored the document too.
	if r := ts.do(t, "GET", "/api/v1/documents/"+doc.ID, tokenA, nil); r.status != http.StatusOK {
		t.Errorf("document after the first save: %v", r)
	}
	r = ts.do(t, "GET", p, tokenA, nil)
	if r.status != http.StatusOK || r.header.Get("ETag") != `"1"` || !bytes.Equal(r.body, encode(t, v1)) {
		t.Fatalf("GET after save: %d ETag %q, body equal %v", r.status, r.header.Get("ETag"), bytes.Equal(r.body, encode(t, v1)))
	}
	v2 := sampleSet(doc, 50, "second")
	if r := ts.do(t, "PUT", p, tokenA, encode(t, v2), "If-Match", `"1"`); r.status != http.StatusOK || r.header.Get("ETag") != `"2"` {
		t.Fatalf("second PUT: %v", r)
	}
	// A stale version: 409 with the server's copy, nothing overwritten.
	for _, stale := range []string{`"1"`, `"0"`, `W/"1"`} {
		r := ts.do(t, "PUT", p, tokenA, encode(t, sampleSet(doc, 3, "stale")), "If-Match", stale)
		if r.status != http.StatusConflict || r.header.Get("ETag") != `"2"` {
			t.Fatalf("PUT at %s: %v, want 409 with ETag \"2\"", stale, r)
		}
		var c struct {
			Error   string
			Version int64
			Set     json.RawMessage
		}
		if err := json.Unmarshal(r.body, &c); err != nil || c.Error == "" || c.Version != 2 {
			t.Fatalf("409 body: %s (%v)", r.body, err)
		}
		server, err := native.Decode(c.Set)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(v2, server); diff != "" {
			t.Errorf("409 server copy (-want +got):\n%s", diff)
		}
	}
	// The id may be percent-encoded in the path.
	if r := ts.do(t, "GET", setPath(strings.Replace(doc.ID, ":", "%3A", 1)), tokenA, nil); r.status != http.StatusOK || r.header.Get("ETag") != `"2"` {
		t.Errorf("GET with the id percent-encoded: %v", r)
	}
	got, err := native.Decode(ts.do(t, "GET", p, tokenA, nil).body)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(v2, got); diff != "" {
		t.Errorf("set after the refused writes (-want +got):\n%s", diff)
	}
}

func TestGetSetBeforeSave(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	body, _ := json.Marshal(map[string]string{"filename": "a.md", "content": markdownArticle})
	cr := ts.do(t, "POST", "/api/v1/documents", tokenA, body, "Content-Type", "application/json")
	var doc annotate.Document
	json.Unmarshal(cr.body, &doc)
	r := ts.do(t, "GET", setPath(doc.ID), tokenA, nil)
	if r.status != http.StatusOK || r.header.Get("ETag") != `"0"` {
		t.Fatalf("GET unsaved set: %v ETag %q", r, r.header.Get("ETag"))
	}
	if want := encode(t, annotate.NewSet(doc)); !bytes.Equal(want, r.body) {
		t.Errorf("unsaved set = %s, want %s", r.body, want)
	}
	// Saving at a version that never existed is a conflict with "nothing".
	r = ts.do(t, "PUT", setPath(doc.ID), tokenA, encode(t, annotate.NewSet(doc)), "If-Match", `"5"`)
	if r.status != http.StatusConflict || !strings.Contains(string(r.body), `"set":null`) {
		t.Errorf("PUT at version 5 of an unsaved set: %v", r)
	}
}

func TestSetValidationErrors(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	good := sampleSet(doc, 5, "")
	bad := sampleSet(doc, 5, "")
	bad.Claims[3].Span.End = 1 << 30
	bad.Claims[1].Kind = "rumour"
	bad.Speakers[0].Name = ""
	other := annotate.DocumentFromText(annotate.Document{}, "Another text.")
	tests := []struct {
		name    string
		path    string
		body    []byte
		ifMatch string
		status  int
		paths   []string
	}{
		{"every problem with its path", setPath(doc.ID), encode(t, bad), `"0"`, http.StatusBadRequest,
			[]string{"speakers[0].name", "claims[1].kind", "claims[3].span.end"}},
		{"set of another document", setPath(other.ID), encode(t, good), `"0"`, http.StatusBadRequest, []string{"document.id"}},
		{"JSON syntax", setPath(doc.ID), []byte("{\n  \"format\": 2,\n  oops\n}"), `"0"`, http.StatusBadRequest, []string{""}},
		{"unknown field", setPath(doc.ID), []byte(`{"format":2,"document":{"id":"x","blocks":[]},"speakers":[],"claims":[],"x":1}`), `"0"`, http.StatusBadRequest, nil},
		{"bad If-Match", setPath(doc.ID), encode(t, good), `v1`, http.StatusBadRequest, []string{"If-Match"}},
		{"wildcard If-Match", setPath(doc.ID), encode(t, good), `*`, http.StatusBadRequest, []string{"If-Match"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ts.do(t, "PUT", tt.path, tokenA, tt.body, "If-Match", tt.ifMatch)
			if r.status != tt.status {
				t.Fatalf("%v, want %d", r, tt.status)
			}
			e := decodeError(t, r)
			if tt.paths == nil {
				if len(e.Problems) == 0 {
					t.Errorf("no problems listed: %s", r.body)
				}
				return
			}
			var paths []string
			for _, p := range e.Problems {
				paths = append(paths, p.Path)
			}
			for _, want := range tt.paths {
				found := false
				for _, p := range paths {
					found = found || p == want
				}
				if !found {
					t.Errorf("no problem at %q in %s", want, r.body)
				}
			}
		})
	}
	// Another format is named as such, not taken for a broken set.
	for body, want := range map[string]string{
		`[{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "target": "http://x"}]`: "a W3C Web Annotation file, not a whosaid annotation set",
		`{"total": 0, "rows": []}`: "a Hypothesis API JSON file, not a whosaid annotation set",
		`[]`:                       "an empty list: there are no annotations in it",
	} {
		r := ts.do(t, "PUT", setPath(doc.ID), tokenA, []byte(body), "If-Match", `"0"`)
		if e := decodeError(t, r); r.status != http.StatusBadRequest || len(e.Problems) != 1 || !strings.Contains(e.Problems[0].Message, want) {
			t.Errorf("PUT %s: %v, problems %+v; want %q", body, r.status, e.Problems, want)
		}
	}
	// The syntax error names its line and column.
	r := ts.do(t, "PUT", setPath(doc.ID), tokenA, []byte("{\n  \"format\": 2,\n  oops\n}"), "If-Match", `"0"`)
	if e := decodeError(t, r); len(e.Problems) != 1 || !strings.Contains(e.Problems[0].Message, "line 3, column 3") {
		t.Errorf("syntax error problems = %+v", e.Problems)
	}
	// Nothing was stored by the refused writes.
	if r := ts.do(t, "GET", "/api/v1/documents", tokenA, nil); !strings.Contains(string(r.body), `"documents":[]`) {
		t.Errorf("documents after refused writes: %s", r.body)
	}
}

func TestBodyLimit(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	big := bytes.Repeat([]byte(" "), DefaultMaxBody+1)
	r := ts.do(t, "PUT", setPath(doc.ID), tokenA, big, "If-Match", `"0"`)
	if r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("PUT of %d bytes: %d, want 413", len(big), r.status)
	}
	decodeError(t, r)
	r = ts.do(t, "POST", "/api/v1/documents", tokenA, big, "Content-Type", "text/plain")
	if r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("POST of %d bytes: %d, want 413", len(big), r.status)
	}
	// A smaller configured limit, and a body sent without Content-Length.
	small := newTestServer(t, nil, Config{MaxBody: 1000})
	req, _ := http.NewRequest("PUT", small.URL+setPath(doc.ID), struct{ *bytes.Reader }{bytes.NewReader(encode(t, sampleSet(doc, 1, "")))})
	req.Header.Set("Authorization", "Bearer "+tokenA)
	req.Header.Set("If-Match", `"0"`)
	req.Header.Set("Content-Type", "application/json")
	res, err := small.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusRequestEntityTooLarge || req.ContentLength != 0 {
		t.Errorf("streamed PUT over a 1000-byte limit: %d (Content-Length %d), want 413", res.StatusCode, req.ContentLength)
	}
}
