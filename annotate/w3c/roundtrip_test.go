package w3c

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"whosaid/annotate"
)

// fixtures are the sets every round-trip and conformance test runs on.
func fixtures(t testing.TB) map[string]*annotate.Set {
	empty := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, "Nothing was said."))
	return map[string]*annotate.Set{
		"sample":  sampleSet(t),
		"unicode": unicodeSet(t),
		"orphans": orphanSample(t),
		"empty":   empty,
		"big":     bigSet(t, 50),
	}
}

// TestRoundTrip: native → W3C → native loses nothing.
func TestRoundTrip(t *testing.T) {
	for name, s := range fixtures(t) {
		t.Run(name, func(t *testing.T) {
			if err := annotate.Validate(s); err != nil {
				t.Fatalf("fixture does not validate:\n%v", err)
			}
			data, err := Export(s)
			if err != nil {
				t.Fatal(err)
			}
			got, err := Import(data, nil)
			if err != nil {
				t.Fatalf("Import(Export(set)):\n%v", err)
			}
			if diff := cmp.Diff(s, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("round trip differs (-want +got):\n%s", diff)
			}
			again, err := Export(got)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(data), string(again)); diff != "" {
				t.Errorf("second export differs (-first +second):\n%s", diff)
			}
		})
	}
}

// The document carried in the file wins over the one passed in.
func TestImportPrefersCarriedDocument(t *testing.T) {
	s := sampleSet(t)
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	other := annotate.DocumentFromText(annotate.Document{}, "Some other text.")
	got, err := Import(data, &other)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(s.Document, got.Document); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
}

// One annotation cut out of an export still carries its claim whole,
// speaker record included.
func TestImportExtractedAnnotation(t *testing.T) {
	s := unicodeSet(t)
	data, err := Export(s)
	if err != nil {
		t.Fatal(err)
	}
	var coll struct {
		First struct {
			Items []json.RawMessage `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal(data, &coll); err != nil {
		t.Fatal(err)
	}
	got, err := Import(coll.First.Items[1], &s.Document)
	if err != nil {
		t.Fatal(err)
	}
	want := annotate.NewSet(s.Document)
	want.Speakers = s.Speakers[:1]
	want.Claims = s.Claims[1:2]
	if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
