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
		"sample":   sampleSet(t),
		"unicode":  unicodeSet(t),
		"orphans":  orphanSample(t),
		"empty":    empty,
		"big":      bigSet(t, 50),
		"unset":    unsetSet(t),
		"imported": importedSet(t),
	}
}

// unsetSet has claims and a speaker whose labels were never chosen: they
// must stay unset through every round trip.
func unsetSet(t testing.TB) *annotate.Set {
	s := unicodeSet(t).Clone()
	s.Speakers[1].Kind = ""
	for i := range s.Claims {
		s.Claims[i].Attribution = ""
		if i%2 == 0 {
			s.Claims[i].Kind = ""
		}
	}
	return s
}

// importedSet has claims that came from other tools: their ids (an IRI and
// a bare one), motivations, sources and bodies must go back out.
func importedSet(t testing.TB) *annotate.Set {
	s := unicodeSet(t).Clone()
	s.Claims[0].Origin = &annotate.Origin{ID: "https://hypothes.is/a/Qm9pWs8hEe6bXXc6XVwFaQ", Source: "https://news.example.org/a"}
	s.Claims[1].Origin = &annotate.Origin{ID: "2f6b9f0e-6a4e-4b71-9a35-0f4d2c1b7e31", Motivation: []string{"highlighting"},
		Bodies: []json.RawMessage{json.RawMessage(`{"id":"http://example.org/p.jpg","type":"Image"}`), json.RawMessage(`"http://example.org/x"`)}}
	s.Claims[2].Origin = &annotate.Origin{Motivation: []string{"commenting", "tagging"}}
	return s
}

// An imported claim goes back to its tool with its own id, motivation,
// source and the bodies whosaid kept; a bare id (no IRI, which W3C needs)
// gets one of whosaid's and is kept aside.
func TestExportKeepsOrigin(t *testing.T) {
	s := importedSet(t)
	items := flatExport(t, s)
	type got struct {
		ID, Original, Source string
		Motivation           any
		Bodies               int
	}
	var gots []got
	for _, a := range items[:3] {
		g := got{ID: a["id"].(string), Source: a["target"].(map[string]any)["source"].(string), Motivation: a["motivation"], Bodies: len(a["body"].([]any))}
		g.Original, _ = a["whosaid:originalId"].(string)
		gots = append(gots, g)
	}
	want := []got{
		{ID: "https://hypothes.is/a/Qm9pWs8hEe6bXXc6XVwFaQ", Source: "https://news.example.org/a", Motivation: "classifying", Bodies: 7},
		{ID: annotationURI(&s.Document, "c2"), Original: "2f6b9f0e-6a4e-4b71-9a35-0f4d2c1b7e31", Source: DocumentURI(&s.Document), Motivation: "highlighting", Bodies: 5},
		{ID: annotationURI(&s.Document, "c3"), Source: DocumentURI(&s.Document), Motivation: []any{"commenting", "tagging"}, Bodies: 3},
	}
	if diff := cmp.Diff(want, gots); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// The flat export, with or without UTF-16 offsets, reads back onto its
// article as the same claims (speakers that no claim names are not in it).
func TestFlatAndUTF16RoundTrip(t *testing.T) {
	for name, s := range fixtures(t) {
		for _, opt := range []Options{{Flat: true}, {UTF16: true}, {Flat: true, UTF16: true}} {
			data, err := ExportWith(s, opt)
			if err != nil {
				t.Fatal(err)
			}
			got, warnings, err := Read(data, &s.Document)
			if err != nil {
				t.Fatalf("%s %+v: %v", name, opt, err)
			}
			want := s.Clone()
			if opt.Flat {
				want.Speakers = usedSpeakers(s)
			}
			if diff := cmp.Diff(want.Claims, got.Claims, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s %+v: claims (-want +got):\n%s", name, opt, diff)
			}
			bySpeakerID := cmpopts.SortSlices(func(a, b annotate.Speaker) bool { return a.ID < b.ID }) // flat: in order of first use
			if diff := cmp.Diff(want.Speakers, got.Speakers, cmpopts.EquateEmpty(), bySpeakerID); diff != "" {
				t.Errorf("%s %+v: speakers (-want +got):\n%s", name, opt, diff)
			}
			wide := annotate.UTF16Len(s.Document.Text()) != annotate.RuneLen(s.Document.Text())
			if wantWarn := opt.UTF16 && wide && hasPlaced(s); (len(warnings) > 0) != wantWarn {
				t.Errorf("%s %+v: warnings %v", name, opt, warnings)
			}
		}
	}
}

func usedSpeakers(s *annotate.Set) []annotate.Speaker {
	used := map[string]bool{}
	for _, c := range s.Claims {
		used[c.SpeakerID] = true
	}
	var out []annotate.Speaker
	for _, sp := range s.Speakers {
		if used[sp.ID] {
			out = append(out, sp)
		}
	}
	return out
}

func hasPlaced(s *annotate.Set) bool {
	for _, c := range s.Claims {
		if !c.Orphan {
			return true
		}
	}
	return false
}

// An orphan's position is not where its quote is: other tools get the
// quote alone, whosaid its last offsets in an extension.
func TestExportOrphanQuoteOnly(t *testing.T) {
	s := unicodeSet(t)
	items := flatExport(t, s)
	for i, c := range s.Claims {
		sel := items[i]["target"].(map[string]any)["selector"].([]any)
		_, last := items[i]["whosaid:lastPosition"]
		if c.Orphan != (len(sel) == 1) || c.Orphan != last || c.Orphan != (items[i]["whosaid:orphan"] == true) {
			t.Errorf("claim %s (orphan %v): %d selectors, lastPosition %v, flag %v", c.ID, c.Orphan, len(sel), last, items[i]["whosaid:orphan"])
		}
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

// flatExport is the set's flat export, decoded.
func flatExport(t *testing.T, s *annotate.Set) []map[string]any {
	t.Helper()
	data, err := ExportWith(s, Options{Flat: true})
	if err != nil {
		t.Fatal(err)
	}
	var items []map[string]any
	if err := json.Unmarshal(data, &items); err != nil {
		t.Fatal(err)
	}
	return items
}
