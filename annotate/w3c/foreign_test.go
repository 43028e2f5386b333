package w3c

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"whosaid/annotate"
)

// Files written by other tools: only one selector, no whosaid fields,
// bodies we do not know, several top-level shapes.
func TestImportForeign(t *testing.T) {
	doc := sampleSet(t).Document
	ix := annotate.NewTextIndex(doc.Text())
	second := spanOf(t, ix, "double counteracting", 1)
	lavrov := spanOf(t, ix, "We have a common goal of increasing security in Eurasia", 0)

	const annos = `[
	 {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/a1", "type": "Annotation",
	  "motivation": "classifying", "created": "2024-05-01T12:00:00Z", "creator": {"type": "Person", "name": "Ann"},
	  "body": [
	    {"type": "TextualBody", "purpose": "identifying", "value": "Sergei Lavrov"},
	    {"type": "TextualBody", "purpose": "classifying", "value": "opinion"},
	    {"type": "TextualBody", "purpose": "tagging", "value": "security"},
	    {"type": "TextualBody", "purpose": "describing", "value": "About Eurasia."},
	    {"id": "http://example.org/photo.jpg", "type": "Image"},
	    "http://example.org/post"
	  ],
	  "target": {"source": "http://example.org/article",
	    "selector": {"type": "TextQuoteSelector", "exact": "We have a common goal of increasing security in Eurasia"}}},
	 {"id": "http://example.org/a2", "type": ["Annotation"], "motivation": "commenting",
	  "body": {"type": "TextualBody", "value": "Second use of the phrase."},
	  "target": {"source": "http://example.org/article", "selector": {"type": "TextQuoteSelector",
	    "exact": "double counteracting", "prefix": "proposed the idea of “", "suffix": "” the U.S."}}},
	 {"type": "Annotation", "bodyValue": "by position",
	  "target": [{"source": "http://example.org/other"}, {"source": "http://example.org/article",
	    "selector": [{"type": "FragmentSelector", "value": "para4"}, {"type": "TextPositionSelector", "start": 10, "end": 20}]}]},
	 {"id": "http://example.org/a4", "type": "Annotation", "modified": "2024-05-02T08:00:00",
	  "body": {"type": "TextualBody", "purpose": "identifying", "value": "  sergei   LAVROV "},
	  "target": {"source": "x", "selector": [
	    {"type": "TextPositionSelector", "start": 3, "end": 23},
	    {"type": "TextQuoteSelector", "exact": "double counteracting", "prefix": "proposed the idea of “"}]}},
	 {"id": "http://example.org/a1", "type": "Annotation",
	  "target": {"source": "x", "selector": [
	    {"type": "TextQuoteSelector", "exact": "words that are not there", "prefix": "a", "suffix": "b"},
	    {"type": "TextPositionSelector", "start": 5, "end": 29}]}}
	]`
	want := annotate.NewSet(doc)
	want.Speakers = []annotate.Speaker{{ID: "s1", Name: "Sergei Lavrov"}} // a name alone says no kind
	source := &annotate.Origin{Source: "http://example.org/article"}
	want.Claims = []annotate.Claim{
		{
			ID: "http://example.org/a1", Span: lavrov, SpeakerID: "s1",
			Kind: annotate.KindOpinion, Tags: []string{"security"}, Note: "describing: About Eurasia.",
			Created: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), Creator: "Ann",
			Origin: &annotate.Origin{ID: "http://example.org/a1", Source: "http://example.org/article", Bodies: []json.RawMessage{
				json.RawMessage(`{"id":"http://example.org/photo.jpg","type":"Image"}`), json.RawMessage(`"http://example.org/post"`)}},
		},
		{ID: "http://example.org/a2", Span: second, Note: "Second use of the phrase.",
			Origin: &annotate.Origin{ID: "http://example.org/a2", Motivation: []string{"commenting"}, Source: "http://example.org/article"}},
		{ID: "c3", Span: annotate.MakeSpan(ix, 10, 20), Note: "by position", Origin: source},
		{
			ID: "http://example.org/a4", Span: second, SpeakerID: "s1",
			Modified: time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC),
			Origin:   &annotate.Origin{ID: "http://example.org/a4", Source: "x"},
		},
		{
			ID: "http://example.org/a1-2", Orphan: true,
			// Its target names another page ("x" against the "…/article" of the
			// others): its position is not used.
			Span:   annotate.Span{Start: 0, End: 24, Exact: "words that are not there", Prefix: "a", Suffix: "b"},
			Origin: &annotate.Origin{ID: "http://example.org/a1", Source: "x"},
		},
	}
	for _, tc := range []struct{ name, file, items string }{
		{"array", annos, ""},
		{"page", `{"type": "AnnotationPage", "items": ` + annos + `}`, "items"},
		{"collection", `{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection",
		  "total": 5, "first": {"type": "AnnotationPage", "items": ` + annos + `}}`, "first.items"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, warnings, err := Read([]byte(tc.file), &doc)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			p := tc.items
			wantWarnings := annotate.Problems{
				{Path: p + "[0].body[3]", Message: `whosaid has no field for this "describing" body: kept in the note, as "describing: About Eurasia."`},
				{Path: p + "[0].body[4]", Message: "a body of type Image (http://example.org/photo.jpg): kept unchanged for export; whosaid does not show it"},
				{Path: p + "[0].body[5]", Message: "a body given by IRI (http://example.org/post): kept unchanged for export; whosaid does not show it"},
				{Path: p + "[2].target[0]", Message: "another target, ignored: a whosaid claim marks one stretch of text"},
				{Path: p + "[3].target.source", Message: "names another page (x), not this article: placed by its quote, positions not used"},
				{Path: p + "[4].target.source", Message: "names another page (x), not this article: placed by its quote, positions not used"},
				{Path: p + "[4].target.selector[0]", Message: `the quote "words that are not there" is not in this text: kept as an orphan to place or discard`},
				{Path: p + "[4].id", Message: `"http://example.org/a1" is also the id of an earlier annotation: imported as "http://example.org/a1-2"`},
				{Path: p + "[2].target[1].selector[0]", Message: "a FragmentSelector is not kept (whosaid places claims by TextQuoteSelector and TextPositionSelector)"},
			}
			if diff := cmp.Diff(wantWarnings, warnings); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestImportSingleAnnotation(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "He said “it works 🎉” — twice: “it works 🎉”.")
	ix := annotate.NewTextIndex(doc.Text())
	const file = `{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
	  "body": [{"type": "TextualBody", "purpose": "classifying", "value": "direct"},
	           {"type": "TextualBody", "purpose": "classifying", "value": "nonsense"}],
	  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "“it works 🎉”", "prefix": "twice: "}}}`
	got, warnings, err := Read([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	want := annotate.NewSet(doc)
	want.Claims = []annotate.Claim{{
		ID: "urn:x:1", Span: spanOf(t, ix, "“it works 🎉”", 1), Attribution: annotate.AttrDirect,
		Note: "classifying: nonsense", Origin: &annotate.Origin{ID: "urn:x:1", Source: "urn:x"},
	}}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	wantWarnings := annotate.Problems{{Path: "body[1]", Message: `whosaid has no field for this "classifying" body: kept in the note, as "classifying: nonsense"`}}
	if diff := cmp.Diff(wantWarnings, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}

// Another tool's annotation that says nothing about attribution or kind
// leaves them unset, whatever its quote looks like.
func TestImportNeverInventsLabels(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "“Yes,” she said. No, he said.")
	const file = `[{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 6}}},
	               {"type": "Annotation", "body": {"purpose": "identifying", "value": "She"}, "target": {"selector": {"type": "TextPositionSelector", "start": 17, "end": 20}}}]`
	got, err := Import([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range got.Claims {
		if c.Attribution != "" || c.Kind != "" {
			t.Errorf("claim %s: attribution %q, kind %q; want both unset", c.ID, c.Attribution, c.Kind)
		}
	}
	if diff := cmp.Diff([]annotate.Speaker{{ID: "s1", Name: "She"}}, got.Speakers); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// A quote that is in the text twice, with nothing in its context to tell
// where, is placed at the first and the import says so (re-anchoring
// would keep it as an orphan: the same rule, anchor.Find, decides).
func TestImportAmbiguousQuoteSaysSo(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "He said it works. She said it works.")
	const file = `{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
	  "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "it works"}}}`
	got, warnings, err := Read([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Claims) != 1 || got.Claims[0].Span.Start != 8 {
		t.Fatalf("claims %+v, want one at the first occurrence (8)", got.Claims)
	}
	want := annotate.Problems{{Path: "target.selector", Message: `the quote "it works" is in the text more than once and its context cannot tell where: placed at 8`}}
	if diff := cmp.Diff(want, warnings); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}
}
