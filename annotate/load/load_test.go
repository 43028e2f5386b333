package load

import (
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/detect"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// One file means the same whoever reads it: what the command line and the
// browser disagreed on before.
func TestReadTellsFormatsApart(t *testing.T) {
	raw, err := os.ReadFile("../testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := native.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	w3cFile, err := w3c.Export(set)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want detect.Format
	}{
		{"native", raw, detect.Native},
		{"w3c", w3cFile, detect.W3C},
	} {
		f, err := Read(tc.data, nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if f.Format != tc.want || len(f.Warnings) != 0 {
			t.Errorf("%s: format %s, warnings %v", tc.name, f.Format, f.Warnings)
		}
		if diff := cmp.Diff(set, f.Set); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	_, err = Read([]byte(`{"format": 2, "claims": []}`), nil)
	var ps annotate.Problems
	if !errors.As(err, &ps) || ps[0].Path != "document" {
		t.Errorf(`{"format": 2, "claims": []} read as %v; want the native reader's "document: missing"`, err)
	}
}

// FuzzRead: whatever the bytes, Read gives a valid set or problems, never
// a panic, and the format it names is the one detect names.
func FuzzRead(f *testing.F) {
	for _, name := range []string{"hypothesis-search", "annotorious-native", "recogito-w3c", "w3c-single-newlines"} {
		data, err := os.ReadFile("testdata/corpus/" + name + ".json")
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{`[]`, `{}`, `{"format": 2, "claims": []}`, `{"rows": [{"target": []}]}`, `[{"bodies": [], "target": {}}]`} {
		f.Add([]byte(s))
	}
	art, err := os.ReadFile("testdata/corpus/article.txt")
	if err != nil {
		f.Fatal(err)
	}
	doc := annotate.DocumentFromText(annotate.Document{}, annotate.NormalizeText(string(art)))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := Read(data, &doc)
		if got.Format != detect.Detect(data).Format {
			t.Fatalf("format %q, detect says %q", got.Format, detect.Detect(data).Format)
		}
		if err != nil {
			var ps annotate.Problems
			if !errors.As(err, &ps) || len(ps) == 0 || got.Set != nil {
				t.Fatalf("error %v with set %v", err, got.Set)
			}
			return
		}
		if err := annotate.Validate(got.Set); err != nil {
			t.Fatalf("the set does not validate: %v", err)
		}
	})
}
