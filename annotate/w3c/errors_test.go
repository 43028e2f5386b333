package w3c

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func problemsOf(t *testing.T, err error) annotate.Problems {
	t.Helper()
	var ps annotate.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("error %v (%T) is not annotate.Problems", err, err)
	}
	return ps
}

// Bad files: every problem is listed, each named by its path in the file.
func TestImportErrors(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "Alpha said “beta” and gamma.")
	for _, tc := range []struct {
		name string
		file string
		doc  *annotate.Document
		want annotate.Problems
	}{
		{"not JSON", "{\n  \"type\": \"Annotation\",\n  \"target\": }", &doc, annotate.Problems{
			{Message: "not JSON: line 3, column 13 (byte 38): invalid character '}' looking for beginning of value"}}},
		{"cut short", `[{"type": "Annotation"`, &doc, annotate.Problems{
			{Message: "not JSON: line 1, column 23 (byte 22): unexpected end of file"}}},
		{"two values", `[] []`, &doc, annotate.Problems{
			{Message: "not JSON: line 1, column 4 (byte 3): more data after the JSON value"}}},
		{"not an annotation", `"hello"`, &doc, annotate.Problems{
			{Message: "want an annotation, an array of annotations or a collection, got a string"}}},
		{"wrong type", `{"type": "Note"}`, &doc, annotate.Problems{
			{Path: "type", Message: `want Annotation, AnnotationPage or AnnotationCollection, got "Note"`}}},
		{"no document", `[]`, nil, annotate.Problems{
			{Message: "the file does not carry the document text and no document was given"}}},
		{"page not embedded", `{"type": "AnnotationCollection", "first": "http://example.org/page1"}`, &doc, annotate.Problems{
			{Path: "first", Message: "the first page must be embedded as an object, got a string"}}},
		{"more pages", `{"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": [], "next": "http://example.org/p2"}}`, &doc, annotate.Problems{
			{Path: "first.next", Message: "the collection has further pages that are not in the file; export it as one page"}}},
		{"nothing importable", `{"type": "Annotation", "target": {"selector": [{"type": "TextQuoteSelector"}, {"type": "TextPositionSelector", "end": 3}]}}`, &doc, annotate.Problems{
			{Message: "none of the 1 annotations in the file could be imported:"},
			{Path: "target.selector[0].exact", Message: "missing: the TextQuoteSelector is not used"},
			{Path: "target.selector[1]", Message: "start missing: the TextPositionSelector is not used"},
			{Path: "target", Message: "no selector could be used to find its text: left out"},
		}},
		{"too many", "[" + strings.Repeat("{},", annotate.MaxClaims) + "{}]", &doc, annotate.Problems{
			{Message: "20001 annotations is more than the limit of 20000"},
		}},
		{"invalid extension values", `{"type": "AnnotationCollection",
		  "whosaid:document": {"id": "sha256:0", "blocks": [{"kind": "poem", "text": "Alpha said “beta” and gamma."}]},
		  "whosaid:speakers": [{"id": "a", "name": "Alpha", "kind": "alien"}],
		  "first": {"items": [{"type": "Annotation", "whosaid:claimId": "c1",
		    "body": [{"type": "TextualBody", "purpose": "classifying", "value": "rumour", "whosaid:field": "kind"},
		             {"type": "TextualBody", "purpose": "identifying", "value": "Beta", "whosaid:speaker": {"id": "b", "name": "", "kind": "person"}}],
		    "target": {"selector": [{"type": "TextQuoteSelector", "exact": "beta"}, {"type": "TextPositionSelector", "start": 12, "end": 16}]}}]}}`, nil, annotate.Problems{
			{Path: "whosaid:document.blocks[0].kind", Message: `"poem" is not a block kind (want one of "headline", "paragraph", "caption", "byline" or "other")`},
			{Path: "whosaid:document.id", Message: `"sha256:0" does not match the text (want ` + doc.ID + `)`},
			{Path: "whosaid:speakers[0].kind", Message: `"alien" is not a speaker kind (want one of "person", "organization", "group", "publication" or "anonymous")`},
			{Path: "first.items[0].body[1].whosaid:speaker.name", Message: "missing"},
			{Path: "first.items[0]", Message: `as claim kind: "rumour" is not a claim kind (want one of "fact", "prediction", "opinion", "experience" or "other")`},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Import([]byte(tc.file), tc.doc)
			if err == nil {
				t.Fatalf("no error; imported %+v", s)
			}
			if s != nil {
				t.Errorf("a set came back with the error")
			}
			if diff := cmp.Diff(tc.want, problemsOf(t, err)); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestImportSizeLimit(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "Text.")
	data := append([]byte("["), bytes.Repeat([]byte(" "), MaxBytes)...)
	data = append(data, ']')
	_, err := Import(data, &doc)
	want := annotate.Problems{{Message: "the file is 67108866 bytes, more than the limit of 67108864"}}
	if diff := cmp.Diff(want, problemsOf(t, err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Another tool's odd annotations: each problem is a warning at its path,
// what can be used is, and the rest is imported.
func TestImportWarnings(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "Alpha said “beta” and gamma.")
	const file = `{"type": "AnnotationCollection", "first": {"items": [
		{"type": "Annotation"},
		{"type": "Annotation", "target": {"selector": [{"type": "TextPositionSelector", "start": "3", "end": -2}]}},
		{"target": {"selector": {"type": "TextQuoteSelector", "exact": "delta"}}},
		{"type": "Annotation", "created": "yesterday", "target": {"selector": {"type": "TextQuoteSelector", "exact": ""}}},
		{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 99}}},
		{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 7, "end": 3}}},
		{"type": "Annotation", "target": "http://example.org/doc"},
		{"type": "Annotation", "target": {"selector": {"type": "CssSelector", "value": "p"}}},
		{"type": "Annotation", "body": [{"value": 3}, 7], "target": {"selector": {"type": "TextPositionSelector", "start": 1.5, "end": 2}}},
		42,
		{"type": "Annotation", "body": {"purpose": "tagging", "value": " "}, "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}}
	]}}`
	s, warnings, err := Read([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	want := annotate.Problems{
		{Path: "first.items[0]", Message: "no target: not about any text, left out"},
		{Path: "first.items[1].target.selector[0]", Message: "start want an integer, got a string: the TextPositionSelector is not used"},
		{Path: "first.items[1].target.selector[0]", Message: "end -2 is negative: the TextPositionSelector is not used"},
		{Path: "first.items[1].target", Message: "no selector could be used to find its text: left out"},
		{Path: "first.items[2].target.selector", Message: `the quote "delta" is not in this text: kept as an orphan to place or discard`},
		{Path: "first.items[3].created", Message: `"yesterday" is not an xsd:dateTime such as 2024-05-01T12:00:00Z: left unset`},
		{Path: "first.items[3].target.selector.exact", Message: "empty quote: the TextQuoteSelector is not used"},
		{Path: "first.items[3].target", Message: "no selector could be used to find its text: left out"},
		{Path: "first.items[4].target.selector", Message: "end 99 is past the end of the text (28 code points): left out"},
		{Path: "first.items[5].target.selector", Message: "start 7 is after end 3: the TextPositionSelector is not used"},
		{Path: "first.items[5].target", Message: "no selector could be used to find its text: left out"},
		{Path: "first.items[6].target", Message: "selects no text (a note on a whole page): left out"},
		{Path: "first.items[7].target", Message: "no TextQuoteSelector or TextPositionSelector (found CssSelector): left out"},
		{Path: "first.items[8].body[1]", Message: "not a body (a number): left out"},
		{Path: "first.items[8].target.selector", Message: "start 1.5 is not an integer: the TextPositionSelector is not used"},
		{Path: "first.items[8].target", Message: "no selector could be used to find its text: left out"},
		{Path: "first.items[9]", Message: "not an annotation (a number): left out"},
		{Path: "first.items[10].body", Message: "an empty tag: left out"},
		{Path: "first.items[2]", Message: `has no type "Annotation"; read as an annotation`},
	}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
	var got []string
	for _, c := range s.Claims {
		got = append(got, fmt.Sprintf("%s %q orphan=%v", c.ID, c.Span.Exact, c.Orphan))
	}
	if diff := cmp.Diff([]string{`c1 "delta" orphan=true`, `c2 "Alpha" orphan=false`}, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}

// Export refuses what it could not write faithfully, listing it all.
func TestExportErrors(t *testing.T) {
	s := unicodeSet(t).Clone()
	s.Claims[0].ID = ""
	s.Claims[1].SpeakerID = "ghost"
	s.Claims[2].Created = s.Claims[2].Created.AddDate(12000, 0, 0)
	_, err := Export(s)
	want := annotate.Problems{
		{Path: "claims[0].id", Message: "missing (it names the annotation)"},
		{Path: "claims[1].speaker", Message: `"ghost" is not the id of any speaker`},
		{Path: "claims[2].created", Message: "year 12001 cannot be written as an xsd:dateTime"},
	}
	if diff := cmp.Diff(want, problemsOf(t, err)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
