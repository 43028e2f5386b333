package w3c

import (
	"errors"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"os"
	"path/filepath"
	"testing"

	"whosaid/annotate"
)

// FuzzImport: any input gives a valid set or Problems, never a panic, and
// a set that comes back exports and re-imports.
func FuzzImport(f *testing.F) {
	// Small exports only: the fuzzer minimizes every new input, which is
	// slow on a file of tens of kilobytes.
	small := func(s *annotate.Set, claims ...int) *annotate.Set {
		c := s.Clone()
		c.Claims = nil
		for _, i := range claims {
			c.Claims = append(c.Claims, s.Claims[i])
		}
		return c
	}
	mini := annotate.DocumentFromText(annotate.Document{}, "Alpha said “beta 🎉” and gamma.")
	for _, s := range []*annotate.Set{small(unicodeSet(f), 1, 4), small(unicodeSet(f), 0, 3), annotate.NewSet(mini)} {
		data, err := Export(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	samples, _ := filepath.Glob(filepath.Join(wptDir, "tools/samples/incorrect/*.json"))
	for _, p := range samples {
		raw, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(raw)
	}
	for _, seed := range []string{
		`{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "said", "prefix": "Alpha ", "suffix": " “"}}}`,
		`[{"type": "Annotation", "body": [{"purpose": "identifying", "value": "Alpha"}, "x"], "target": {"selector": {"type": "TextPositionSelector", "start": 0, "end": 5}}}]`,
		`{"type": "AnnotationPage", "items": [{"type": "Annotation", "bodyValue": "n", "target": [{"selector": [{"type": "TextPositionSelector", "start": 6, "end": 10}, {"type": "TextQuoteSelector", "exact": "beta"}]}]}]}`,
		`{"type": "AnnotationCollection", "first": {"items": [{"type": ["Annotation"], "created": "2020-01-01T00:00:00", "target": {"selector": {"type": "TextQuoteSelector", "exact": "🎉"}}}]}}`,
		`{"type": "AnnotationCollection", "whosaid:document": {"blocks": [{"kind": "paragraph", "text": "x"}]}, "first": {"items": []}}`,
		`[1e400, -0, "\ud800", {"type": null}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, Read, data) })
}

// fuzzDoc is the article the fuzzers read onto.
var fuzzDoc = annotate.DocumentFromText(annotate.Document{}, "Alpha said “beta 🎉” and gamma.\n\nSecond paragraph.")

// checkRead is what every reader must do with any input: a valid set, or
// a non-empty Problems and no set; never a panic; warnings located; and a
// set that comes back exports (flat or not) and re-imports unchanged.
func checkRead(t *testing.T, read func([]byte, *annotate.Document) (*annotate.Set, annotate.Problems, error), data []byte) {
	doc := fuzzDoc
	s, warnings, err := read(data, &doc)
	if err != nil {
		var ps annotate.Problems
		if !errors.As(err, &ps) || len(ps) == 0 {
			t.Fatalf("error is not a non-empty Problems: %v", err)
		}
		if s != nil || warnings != nil {
			t.Fatal("a set or warnings came back with the error")
		}
		return
	}
	for _, w := range warnings {
		if w.Message == "" {
			t.Fatalf("a warning without a message: %+v", w)
		}
	}
	if err := annotate.Validate(s); err != nil {
		t.Fatalf("imported set does not validate: %v", err)
	}
	out, err := Export(s)
	if err != nil {
		t.Fatalf("imported set does not export: %v", err)
	}
	again, more, err := Read(out, nil)
	if err != nil {
		t.Fatalf("re-import of the export fails: %v", err)
	}
	if len(more) > 0 {
		t.Fatalf("re-import of the export warns: %v", more)
	}
	if diff := cmp.Diff(s, again, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("re-import of the export differs (-first +second):\n%s", diff)
	}
	flat, err := ExportWith(s, Options{Flat: true, UTF16: true})
	if err != nil {
		t.Fatalf("imported set does not export flat: %v", err)
	}
	if _, _, err := Read(flat, &s.Document); err != nil {
		t.Fatalf("re-import of the flat export fails: %v", err)
	}
}

// FuzzReadHypothesis: any input, read as Hypothesis API JSON.
func FuzzReadHypothesis(f *testing.F) {
	for _, seed := range []string{
		`{"total": 1, "rows": [{"id": "x", "text": "n", "tags": ["t"], "user": "acct:a@h", "target": [{"source": "http://a", "selector": [{"type": "TextQuoteSelector", "exact": "beta 🎉"}, {"type": "TextPositionSelector", "start": 90, "end": 97}]}], "links": {"html": "https://hypothes.is/a/x"}}]}`,
		`[{"id": "y", "references": ["x"], "target": [{"source": "http://a"}]}, {"id": "z", "target": [{"source": "http://a"}]}]`,
		`{"id": "w", "updated": "bad", "user_info": {"display_name": null}, "target": [{"selector": [{"type": "RangeSelector"}, {"type": "TextPositionSelector", "start": 0, "end": 5}]}]}`,
		`{"rows": [1, {"target": 5}], "replies": [{}]}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, ReadHypothesis, data) })
}

// FuzzReadAnnotorious: any input, read as Annotorious / Recogito JSON.
func FuzzReadAnnotorious(f *testing.F) {
	for _, seed := range []string{
		`[{"id": "a", "bodies": [{"purpose": "commenting", "value": "n"}, {"value": "c"}], "target": {"selector": [{"quote": "beta 🎉", "start": 12, "end": 19}], "creator": {"id": "u"}, "created": "2024-01-01T00:00:00Z"}}]`,
		`{"id": "b", "bodies": [], "target": {"selector": {"quote": "gamma", "start": 2, "end": 1}}}`,
		`[{"bodies": 3, "target": {"selector": [{"start": 0, "end": 5}, {"quote": ""}, 7]}}]`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkRead(t, ReadAnnotorious, data) })
}
