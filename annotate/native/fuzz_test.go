package native

import (
	"bytes"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzDecode: Decode never panics; whatever it accepts encodes and decodes
// back to an equal set, and encodes to the same bytes again.
func FuzzDecode(f *testing.F) {
	for _, file := range []string{sampleSetFile, "testdata/v1-small.json", conflictsFile} {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	small, err := Encode(benchSet(3))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(small)
	for _, s := range []string{
		``, `{}`, `[]`, `{"format": 3}`, `{"format": 1, "text": "a", "claims": []}`,
		`{"format": 2, "document": {,}}`, `{"format": 2, "format": 2}`, "{\"a\": \"\xff\"}",
		`{"format": 2, "speakers": null, "claims": [{"span": {"start": 1e3}}]}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if s != nil {
				t.Fatal("Decode returned a set along with an error")
			}
			if err.Error() == "" {
				t.Fatal("empty error message")
			}
			return
		}
		first, err := Encode(s)
		if err != nil {
			t.Fatalf("Encode of a decoded set: %v", err)
		}
		back, err := Decode(first)
		if err != nil {
			t.Fatalf("Decode(Encode(s)): %v", err)
		}
		if diff := cmp.Diff(s, back); diff != "" {
			t.Fatalf("round trip changed the set (-decoded +again):\n%s", diff)
		}
		second, err := Encode(back)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("Encode is not stable:\n%s\n---\n%s", first, second)
		}
	})
}
