package detect

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		in   string
		want Result
	}{
		{`{"format": 2, "document": {}, "speakers": [], "claims": []}`, Result{Format: Native, JSON: true}},
		{"\uFEFF {\"format\": 1, \"title\": \"x\", \"text\": \"y\", \"claims\": []}", Result{Format: Native, JSON: true}},
		// A broken whosaid file is still one: its reader says what is wrong.
		{`{"format": 2, "claims": []}`, Result{Format: Native, JSON: true}},
		{`{"document": {}, "claims": []}`, Result{Format: Native, JSON: true}},
		{`{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", "whosaid:format": 2, "first": {}}`, Result{Format: W3C, JSON: true}},
		{`{"@context": "http://www.w3.org/ns/anno.jsonld", "format": 2, "document": {}}`, Result{Format: W3C, JSON: true}},
		{`{"type": ["Annotation"], "target": "http://x"}`, Result{Format: W3C, JSON: true}},
		{`{"type": "AnnotationPage", "items": []}`, Result{Format: W3C, JSON: true}},
		{`[{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "a", "target": {}}]`, Result{Format: W3C, JSON: true}},
		{`[{"target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}}}]`, Result{Format: W3C, JSON: true}},
		{`{"total": 2, "rows": [{"id": "a"}]}`, Result{Format: Hypothesis, JSON: true}},
		{`[{"id": "a", "uri": "http://x", "text": "", "target": [{"source": "http://x"}]}]`, Result{Format: Hypothesis, JSON: true}},
		{`{"id": "a", "user": "acct:a@hypothes.is", "target": []}`, Result{Format: Hypothesis, JSON: true}},
		{`[{"id": "a", "bodies": [], "target": {"selector": [{"quote": "x", "start": 0, "end": 1}]}}]`, Result{Format: Annotorious, JSON: true}},
		{`[]`, Result{JSON: true, Reason: "an empty list: there are no annotations in it"}},
		{` [ ] `, Result{JSON: true, Reason: "an empty list: there are no annotations in it"}},
		{`{}`, Result{JSON: true, Reason: "an empty JSON object: not an annotation file"}},
		{`[1, 2]`, Result{JSON: true, Reason: "a list of numbers, not of annotations"}},
		{`[{"format": 2, "document": {}}]`, Result{JSON: true, Reason: "a list of whosaid files: open them one at a time"}},
		{`[{"name": "x"}]`, Result{JSON: true, Reason: `a list whose first item, [0], has the field "name" but no "target": not annotations`}},
		{`{"name": "x", "items": []}`, Result{JSON: true, Reason: `a JSON object with the fields "name", "items", not an annotation file (a whosaid file has "format" and "document"; a W3C annotation "@context", "type" and "target"; a Hypothesis reply "rows", an annotation "uri" and "target")`}},
		{`"hello"`, Result{JSON: true, Reason: "a single JSON string, not an annotation file"}},
		{"Headline\n\nFirst paragraph.", Result{Reason: "not JSON: line 1, column 1: invalid character 'H' looking for beginning of value"}},
		{"[1,\n 2,\n x]", Result{JSON: true, Reason: "not JSON: line 3, column 2: invalid character 'x' looking for beginning of value"}},
		{``, Result{Reason: "the file is empty"}},
		// Broken, but telling: its reader locates the break.
		{`{"format": 2, "document": {}`, Result{Format: Native, JSON: true}},
		{`{"x": 1, "y": }`, Result{JSON: true, Reason: "not JSON: line 1, column 15: invalid character '}' looking for beginning of value"}},
		// An escaped key needs the full decoding, which still classifies.
		{`{"form\u0061t": 2, "document": {}}`, Result{Format: Native, JSON: true}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Detect([]byte(tt.in))); diff != "" {
			t.Errorf("Detect(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// The corpus of other tools' files and whosaid's own samples are each
// detected as what they are.
func TestDetectFiles(t *testing.T) {
	want := map[string]Format{
		"../testdata/sample-set.json":                          Native,
		"../native/testdata/v1-small.json":                     Native,
		"../load/testdata/corpus/hypothesis-search.json":       Hypothesis,
		"../load/testdata/corpus/hypothesis-array.json":        Hypothesis,
		"../load/testdata/corpus/hypothesis-single.json":       Hypothesis,
		"../load/testdata/corpus/hypothesis-jsonld.json":       W3C,
		"../load/testdata/corpus/recogito-w3c.json":            W3C,
		"../load/testdata/corpus/annotorious-native.json":      Annotorious,
		"../load/testdata/corpus/w3c-variety.json":             W3C,
		"../load/testdata/corpus/native-without-document.json": Native,
	}
	for path, f := range want {
		data, err := os.ReadFile(filepath.FromSlash(path))
		if err != nil {
			t.Fatal(err)
		}
		if got := Detect(data); got.Format != f {
			t.Errorf("%s: %+v, want %s", path, got, f)
		}
	}
}

// FuzzDetect: never panics, and the quick scan agrees with decoding the
// whole file whenever the data is valid JSON.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{
		`{"format": 2, "document": {}}`, `[{"target": {}}]`, `{"rows": []}`, `[]`, `{}`, `[{"bodies": [], "target": {}}]`,
		` { "format" : 1 , "document" : [ 1, {"x": "\"}"} ], "z": null } `, `{"type": "Annotation"}`, `[1]`, `x`,
		`{"a": "}{][", "type": ["AnnotationPage"]}`, `[{"type": "Annotation"}, 1]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := Detect(data)
		if got.Format == "" && got.Reason == "" {
			t.Fatalf("Detect(%q): no format and no reason", data)
		}
		if got.Format != "" && got.Reason != "" {
			t.Fatalf("Detect(%q): both a format and a reason", data)
		}
		if !json.Valid(data) {
			return
		}
		if want := fallback(data); want.Format != got.Format {
			t.Fatalf("Detect(%q) = %q, decoding the whole file says %q", data, got.Format, want.Format)
		}
	})
}
