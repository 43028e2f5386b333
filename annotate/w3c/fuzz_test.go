package w3c

import (
	"errors"
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
	doc := annotate.DocumentFromText(annotate.Document{}, "Alpha said “beta 🎉” and gamma.\n\nSecond paragraph.")
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Import(data, &doc)
		if err != nil {
			var ps annotate.Problems
			if !errors.As(err, &ps) || len(ps) == 0 {
				t.Fatalf("error is not a non-empty Problems: %v", err)
			}
			if s != nil {
				t.Fatal("set and error both returned")
			}
			return
		}
		if err := annotate.Validate(s); err != nil {
			t.Fatalf("imported set does not validate: %v", err)
		}
		out, err := Export(s)
		if err != nil {
			t.Fatalf("imported set does not export: %v", err)
		}
		if _, err := Import(out, nil); err != nil {
			t.Fatalf("re-import of the export fails: %v", err)
		}
	})
}
