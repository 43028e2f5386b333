package detect

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
)

// tail ends the reason of a file that is something else.
const tail = "annotations are imported from whosaid JSON, W3C Web Annotation (JSON-LD), Hypothesis API JSON or Annotorious / Recogito JSON"

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
		{"Headline\n\nFirst paragraph, with a comma.", Result{Reason: "plain text, not an annotation file: open it as an article to annotate it; " + tail}},
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

// A file that is not JSON is named for what it is — the table, document
// or image people picked by mistake — and the message says what can be
// imported; whosaid's own CSV export says it cannot be read back.
func TestDetectOtherFiles(t *testing.T) {
	tests := []struct{ in, want string }{
		// Excel's CSV, with its byte-order mark, quoted header and CRLF.
		{"\uFEFF\"Name\",\"Quote\",\"Date\"\r\n\"Sergei Lavrov\",\"We will not, ever\",\"2024-01-02\"\r\n",
			`a CSV table with the columns "Name", "Quote", "Date", not an annotation file: ` + tail},
		{"a;b;c;d;e;f;g\n1;2;3;4;5;6;7\n", `a CSV table (separated by semicolons) with the columns "a", "b", "c", "d", "e" and 2 more, not an annotation file: ` + tail},
		{"speaker\tquote\nLavrov\t“No”\n", `a tab-separated table (TSV) with the columns "speaker", "quote", not an annotation file: ` + tail},
		{"\"id\",\"quote\",\"start\",\"end\",\"speaker\",\"speaker title\",\"speaker id\",\"attribution type\",\"cue\",\"claim kind\",\"note\",\"tags\",\"orphan\"\n" +
			"\"c1\",\"x\",\"0\",\"1\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"no\"\n",
			"whosaid's CSV export, which is for spreadsheets: it cannot be imported back; import the whosaid JSON or W3C export of the same annotations instead"},
		{"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n", "a PDF document, not an annotation file: " + tail},
		{"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml", "a Word document (.docx), not an annotation file: " + tail},
		{"\x89PNG\r\n\x1a\n\x00", "a PNG image, not an annotation file: " + tail},
		{"\xFF\xFE{\x00\"\x00", `text in UTF-16 (as Excel's "Unicode text" saves it): whosaid reads UTF-8; save the file as UTF-8`},
		{"\x00\x01\x02garbage", "a binary file, not an annotation file: " + tail},
		{"<!DOCTYPE html>\n<html><body><p>Hi</p></body></html>", "a web page (HTML), not an annotation file: open it as an article to annotate it; " + tail},
		{"<?xml version=\"1.0\"?><a/>", "an XML file, not an annotation file: " + tail},
		// One line with a comma, or lines of different widths, are text.
		{"Moscow, Tuesday", "plain text, not an annotation file: open it as an article to annotate it; " + tail},
		{"Title\n\nMoscow, Tuesday. Talks stalled, officials said.\n\nMore.", "plain text, not an annotation file: open it as an article to annotate it; " + tail},
	}
	for _, tt := range tests {
		want := Result{Reason: tt.want}
		if diff := cmp.Diff(want, Detect([]byte(tt.in))); diff != "" {
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

// The CSV whosaid exports is recognised as such.
func TestDetectOwnCSVExport(t *testing.T) {
	data, err := os.ReadFile("../testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := csvexport.Export(set)
	if err != nil {
		t.Fatal(err)
	}
	got := Detect(out)
	if got.Format != "" || !strings.HasPrefix(got.Reason, "whosaid's CSV export") {
		t.Errorf("Detect(the CSV export) = %+v", got)
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
