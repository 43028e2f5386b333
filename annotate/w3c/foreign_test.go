package w3c

import (
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
	want.Speakers = []annotate.Speaker{{ID: "s1", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson}}
	want.Claims = []annotate.Claim{
		{
			ID: "http://example.org/a1", Span: lavrov, SpeakerID: "s1",
			Attribution: annotate.AttrIndirect, Kind: annotate.KindOpinion, Tags: []string{"security"},
			Note:    "describing: About Eurasia.\nclassifying (Image): http://example.org/photo.jpg\nbody: http://example.org/post",
			Created: time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC), Creator: "Ann",
		},
		{ID: "http://example.org/a2", Span: second, Attribution: annotate.AttrIndirect, Kind: annotate.KindOther, Note: "Second use of the phrase."},
		{ID: "c3", Span: annotate.MakeSpan(ix, 10, 20), Attribution: annotate.AttrIndirect, Kind: annotate.KindOther, Note: "by position"},
		{
			ID: "http://example.org/a4", Span: second, SpeakerID: "s1", Attribution: annotate.AttrIndirect, Kind: annotate.KindOther,
			Modified: time.Date(2024, 5, 2, 8, 0, 0, 0, time.UTC),
		},
		{
			ID: "http://example.org/a1-2", Orphan: true, Attribution: annotate.AttrIndirect, Kind: annotate.KindOther,
			Span: annotate.Span{Start: 5, End: 29, Exact: "words that are not there", Prefix: "a", Suffix: "b"},
		},
	}
	for _, tc := range []struct{ name, file string }{
		{"array", annos},
		{"page", `{"type": "AnnotationPage", "items": ` + annos + `}`},
		{"collection", `{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/c", "type": "AnnotationCollection",
		  "total": 5, "first": {"type": "AnnotationPage", "items": ` + annos + `}}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Import([]byte(tc.file), &doc)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
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
	got, err := Import([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	want := annotate.NewSet(doc)
	want.Claims = []annotate.Claim{{
		ID: "urn:x:1", Span: spanOf(t, ix, "“it works 🎉”", 1), Attribution: annotate.AttrDirect, Kind: annotate.KindOther,
		Note: "classifying: nonsense",
	}}
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// Without a purpose the quote's opening mark decides direct or indirect.
func TestImportDefaultAttribution(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "“Yes,” she said. No, he said.")
	const file = `[{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 6}}},
	               {"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", "start": 17, "end": 20}}}]`
	got, err := Import([]byte(file), &doc)
	if err != nil {
		t.Fatal(err)
	}
	var attrs []annotate.AttributionType
	for _, c := range got.Claims {
		attrs = append(attrs, c.Attribution)
	}
	if diff := cmp.Diff([]annotate.AttributionType{annotate.AttrDirect, annotate.AttrIndirect}, attrs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
