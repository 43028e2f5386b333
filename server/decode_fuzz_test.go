//go:build !wasm

package server

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/internal/httpjson"
)

// fuzzDoc is the document the fuzzed set requests are addressed to.
var fuzzDoc = annotate.DocumentFromText(annotate.Document{Title: "Fuzz"}, "He said “yes” — 😀 twice.\n\nShe said no.")

// FuzzDecodeRequest feeds arbitrary bodies and headers to the API's request
// decoders: they must never panic, must answer a 4xx error with a message,
// and whatever they accept must be valid.
func FuzzDecodeRequest(f *testing.F) {
	set := sampleSet(fuzzDoc, 2, "n")
	good, _ := native.Encode(set)
	f.Add(uint8(1), "application/json", `"0"`, good)
	f.Add(uint8(1), "application/json", `W/"12"`, good[:len(good)/2])
	f.Add(uint8(1), "", `*`, []byte(`{"format":1,"text":"He said.","claims":[{"id":"a","start":0,"end":2,"quote":"He","type":"direct","created":"2026-01-01T00:00:00Z"}]}`))
	f.Add(uint8(1), "", `"x"`, []byte(`{"format":2,"document":{"id":"","blocks":[{"kind":"x","text":""}]},"speakers":[{}],"claims":[{"span":{"start":-1}}]}`))
	f.Add(uint8(0), "application/json", "", []byte(`{"filename":"a.md","content":"# Title\n\nText *here*."}`))
	f.Add(uint8(0), "application/json", "", []byte(`{"filename":"a.html","content":"<p>Hi <script>x</script></p>"}`))
	f.Add(uint8(0), "text/markdown; charset=utf-8", "", []byte("# T\n\n> quote\n\n- item"))
	f.Add(uint8(0), "text/html", "", []byte("<html><body><article><h1>H</h1><p>P &amp; q</p></article></body></html>"))
	f.Add(uint8(0), "text/plain", "", []byte("\xff\xfe bad"))
	f.Add(uint8(0), "application/json", "", []byte(`{"filename":`))
	f.Fuzz(func(t *testing.T, kind uint8, contentType, ifMatch string, body []byte) {
		if kind%2 == 0 {
			doc, e := decodeDocumentRequest(contentType, "", body)
			if e != nil {
				checkFuzzError(t, e)
				return
			}
			if len(doc.Blocks) == 0 || doc.ID != annotate.DocumentID(doc.Text()) {
				t.Fatalf("accepted a document with no blocks or a wrong id: %+v", doc)
			}
			return
		}
		if _, e := parseIfMatch(ifMatch); e != nil {
			checkFuzzError(t, e)
		}
		s, e := decodeSetRequest(fuzzDoc.ID, body)
		if e != nil {
			checkFuzzError(t, e)
			return
		}
		if err := annotate.Validate(s); err != nil {
			t.Fatalf("accepted an invalid set: %v", err)
		}
		data, err := native.Encode(s)
		if err != nil {
			t.Fatal(err)
		}
		back, err := native.Decode(data)
		if err != nil {
			t.Fatalf("the stored encoding does not decode: %v", err)
		}
		if diff := cmp.Diff(s, back); diff != "" {
			t.Fatalf("stored encoding changes the set (-accepted +stored):\n%s", diff)
		}
	})
}

func checkFuzzError(t *testing.T, e *httpjson.Error) {
	t.Helper()
	if e.Status < 400 || e.Status >= 500 || e.Message == "" || e.Status == http.StatusInternalServerError {
		t.Fatalf("bad request error %d %q", e.Status, e.Message)
	}
}
