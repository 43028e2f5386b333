package w3c

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The exported shape of one claim, field by field (docs/w3c.md).
func TestExportMapping(t *testing.T) {
	s := unicodeSet(t)
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	var coll map[string]any
	if err := json.Unmarshal(data, &coll); err != nil {
		t.Fatal(err)
	}
	items := coll["first"].(map[string]any)["items"].([]any)
	got := items[2].(map[string]any) // c3: indirect opinion by a group, with a cue
	ctx := got["@context"]
	want := `{
	  "@context": ` + mustJSON(t, ctx) + `,
	  "id": "urn:whosaid:annotations:` + s.Document.ID + `:claim:c3",
	  "type": "Annotation",
	  "motivation": "classifying",
	  "body": [
	    {"type": "TextualBody", "purpose": "identifying", "value": "Kritiker", "format": "text/plain",
	     "whosaid:speaker": {"id": "critics", "name": "Kritiker", "kind": "group"}},
	    {"type": "TextualBody", "purpose": "classifying", "value": "indirect", "format": "text/plain", "whosaid:field": "attribution"},
	    {"type": "TextualBody", "purpose": "classifying", "value": "opinion", "format": "text/plain", "whosaid:field": "kind"}
	  ],
	  "target": {
	    "source": "https://example.org/news/émoji?id=1&x=<y>",
	    "selector": [
	      {"type": "TextQuoteSelector", "exact": "das sei zu teuer", "prefix": "zum Mond 🌕.“ Kritiker 🙄 meinen, ", "suffix": ".\nEine zweite Zeile mit 𝕏 und \"Z"},
	      {"type": "TextPositionSelector", "start": ` + itoa(s.Claims[2].Span.Start) + `, "end": ` + itoa(s.Claims[2].Span.End) + `}
	    ]
	  },
	  "whosaid:claimId": "c3",
	  "whosaid:cue": ` + mustJSON(t, s.Claims[2].Cue) + `
	}`
	var wantMap map[string]any
	if err := json.Unmarshal([]byte(want), &wantMap); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantMap, got); diff != "" {
		t.Errorf("annotation (-want +got):\n%s", diff)
	}
	wantCtx := []any{"http://www.w3.org/ns/anno.jsonld", map[string]any{
		"@version": 1.1, "whosaid": "urn:whosaid:ns#",
		"whosaid:document": map[string]any{"@type": "@json"}, "whosaid:speakers": map[string]any{"@type": "@json"},
		"whosaid:speaker": map[string]any{"@type": "@json"}, "whosaid:cue": map[string]any{"@type": "@json"},
		"whosaid:mentions": map[string]any{"@type": "@json"},
	}}
	if diff := cmp.Diff(wantCtx, ctx); diff != "" {
		t.Errorf("@context (-want +got):\n%s", diff)
	}
	for key, want := range map[string]any{
		"type": "AnnotationCollection", "id": "urn:whosaid:annotations:" + s.Document.ID,
		"label": "Émoji 🚀 test", "total": 6.0, "whosaid:format": 2.0,
	} {
		if diff := cmp.Diff(want, coll[key]); diff != "" {
			t.Errorf("collection %s (-want +got):\n%s", key, diff)
		}
	}
	first := items[0].(map[string]any)
	for key, want := range map[string]any{
		"created":  "2026-05-01T09:30:00.123456789+02:00",
		"modified": "2026-05-01T10:00:00Z",
		"creator":  map[string]any{"type": "Person", "name": "Redaktion 📰"},
	} {
		if diff := cmp.Diff(want, first[key]); diff != "" {
			t.Errorf("claim c1 %s (-want +got):\n%s", key, diff)
		}
	}
}

// Without a source URL the target is the document's content-hash URN.
func TestDocumentURI(t *testing.T) {
	s := sampleSet(t)
	if diff := cmp.Diff("urn:whosaid:doc:"+s.Document.ID, DocumentURI(&s.Document)); diff != "" {
		t.Error(diff)
	}
	d := s.Document
	d.SourceURL = "not a URL"
	if diff := cmp.Diff("urn:whosaid:doc:"+s.Document.ID, DocumentURI(&d)); diff != "" {
		t.Error(diff)
	}
	d.SourceURL = "https://example.com/a"
	if diff := cmp.Diff("https://example.com/a", DocumentURI(&d)); diff != "" {
		t.Error(diff)
	}
}

func mustJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
