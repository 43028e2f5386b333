package native

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func readSample(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(sampleSetFile)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// edit replaces old, which must occur exactly once, in the sample file.
func edit(t testing.TB, data []byte, old, new string) []byte {
	t.Helper()
	if n := bytes.Count(data, []byte(old)); n != 1 {
		t.Fatalf("%q occurs %d times in the sample, want once", old, n)
	}
	return bytes.Replace(data, []byte(old), []byte(new), 1)
}

func TestDecodeProblems(t *testing.T) {
	sample := readSample(t)
	tests := []struct {
		name string
		data func(t *testing.T) []byte
		want annotate.Problems
	}{
		{"empty file", func(*testing.T) []byte { return nil },
			annotate.Problems{{Path: "", Message: "line 1, column 1: empty file"}}},
		{"bad JSON names line and column", func(*testing.T) []byte { return []byte("{\n  \"format\": 2,\n  \"document\": {,}\n}\n") },
			annotate.Problems{{Path: "", Message: "line 3, column 16: invalid character ',', want a key string"}}},
		{"column counts code points", func(*testing.T) []byte { return []byte(`{"title": "“é”" x}`) },
			annotate.Problems{{Path: "", Message: "line 1, column 17: invalid character 'x' after an object member, want ',' or '}'"}}},
		{"truncated", func(*testing.T) []byte { return []byte("{\"format\": 2,\n\"claims\": [") },
			annotate.Problems{{Path: "", Message: "line 2, column 12: unexpected end of file"}}},
		{"data after the value", func(*testing.T) []byte { return []byte("{}\n {}") },
			annotate.Problems{{Path: "", Message: "line 2, column 2: unexpected data after the end of the JSON value"}}},
		{"duplicate key", func(*testing.T) []byte { return []byte(`{"format": 2, "format": 1}`) },
			annotate.Problems{{Path: "", Message: `line 1, column 15: duplicate key "format"`}}},
		{"invalid UTF-8", func(*testing.T) []byte { return []byte("{\"a\":\n\"\xff\"}") },
			annotate.Problems{{Path: "", Message: "line 2, column 2: invalid UTF-8"}}},
		{"nested too deep", func(*testing.T) []byte { return []byte(`{"x":` + strings.Repeat("[", 100000)) },
			annotate.Problems{{Path: "", Message: "line 1, column 37: nested more than 32 deep"}}},
		{"not an object", func(*testing.T) []byte { return []byte(`[1, 2]`) },
			annotate.Problems{{Path: "", Message: "want a JSON object (an annotation set), got an array"}}},
		{"format missing", func(*testing.T) []byte { return []byte(`{"claims": []}`) },
			annotate.Problems{{Path: "format", Message: "missing, so the file's format version is unknown; this version reads formats 1–2"}}},
		{"format not a number", func(*testing.T) []byte { return []byte(`{"format": "2"}`) },
			annotate.Problems{{Path: "format", Message: `want an integer format version, got the string "2"`}}},
		{"unknown version", func(t *testing.T) []byte { return edit(t, sample, `"format": 2`, `"format": 0`) },
			annotate.Problems{{Path: "format", Message: "0 is not a whosaid format version; this version reads formats 1–2"}}},
		{"newer version", func(t *testing.T) []byte { return edit(t, sample, `"format": 2`, `"format": 3`) },
			annotate.Problems{{Path: "format", Message: "written by a newer whosaid (format 3); this version reads formats 1–2"}}},
		{"oversize", func(*testing.T) []byte { return make([]byte, annotate.MaxFileBytes+1) },
			annotate.Problems{{Path: "", Message: "the file is 33554433 bytes, more than the limit of 33554432"}}},
		{"wrong type names the field path", func(t *testing.T) []byte {
			return edit(t, sample, `"start": 2250,`, `"start": "2250",`)
		}, annotate.Problems{{Path: "claims[10].span.start", Message: `want an integer, got the string "2250"`}}},
		{"fraction for an integer", func(t *testing.T) []byte {
			return edit(t, sample, `"start": 2250,`, `"start": 2250.5,`)
		}, annotate.Problems{{Path: "claims[10].span.start", Message: "want an integer, got 2250.5"}}},
		{"unknown field", func(t *testing.T) []byte {
			return edit(t, sample, `"id": "c03",`, `"id": "c03", "colour": "red", "a b": 1,`)
		}, annotate.Problems{{Path: "claims[2].colour", Message: "unknown field"}, {Path: `claims[2]["a b"]`, Message: "unknown field"}}},
		{"null for a list", func(t *testing.T) []byte {
			return edit(t, edit(t, sample, `"claims": [`, `"claims": null, "x": [`), `"speakers": [`, `"speakers": null, "y": [`)
		}, annotate.Problems{{Path: "speakers", Message: "want an array, got null"}, {Path: "y", Message: "unknown field"},
			{Path: "claims", Message: "want an array, got null"}, {Path: "x", Message: "unknown field"}}},
		{"field names are case-sensitive", func(t *testing.T) []byte {
			return edit(t, sample, `"id": "c03",`, `"ID": "c03",`)
		}, annotate.Problems{{Path: "claims[2].ID", Message: "unknown field"}, {Path: "claims[2].id", Message: "missing"}}},
		{"bad date-time", func(t *testing.T) []byte {
			return edit(t, sample, `"created": "2026-11-27T10:03:00Z"`, `"created": "yesterday"`)
		}, annotate.Problems{{Path: "claims[3].created", Message: `"yesterday" is not an RFC 3339 date-time`}}},
		{"every shape problem at once", func(t *testing.T) []byte {
			d := edit(t, sample, `"kind": "headline"`, `"kind": 7`)
			d = edit(t, d, `"speaker": "reuters",`, `"speaker": ["reuters"],`)
			return edit(t, d, `"title": "news service"`, `"title": null`)
		}, annotate.Problems{
			{Path: "document.blocks[0].kind", Message: "want a string, got the number 7"},
			{Path: "speakers[8].title", Message: "want a string, got null"},
			{Path: "claims[15].speaker", Message: "want a string, got an array"},
		}},
		{"dangling speaker", func(t *testing.T) []byte {
			return edit(t, sample, `"speaker": "reuters",`, `"speaker": "afp",`)
		}, annotate.Problems{{Path: "claims[15].speaker", Message: `"afp" is not the id of any speaker`}}},
		{"every validation problem at once", func(t *testing.T) []byte {
			d := edit(t, sample, `"id": "reuters",`, `"id": "lavrov",`)
			d = edit(t, d, `"id": "c02",`, `"id": "c01",`)
			d = edit(t, d, `"start": 2250,`, `"start": 2480,`)
			d = edit(t, d, `"end": 2478,`, `"end": 5120,`)
			return edit(t, d, `"exact": "Putin is also set to visit China in May"`, `"exact": "Putin is set to visit China in May"`)
		}, annotate.Problems{
			{Path: "speakers[7].id", Message: `"lavrov" is also the id of speakers[0]`},
			{Path: "claims[1].id", Message: `"c01" is also the id of claims[0]`},
			{Path: "claims[10].span.end", Message: "5120 is past the end of the document (3602)"},
			{Path: "claims[15].speaker", Message: `"reuters" is not the id of any speaker`},
			{Path: "claims[15].span.exact", Message: `"Putin is set to visit China in May" does not match the text at 3170..3209 ("Putin is also set to visit China in May")`},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode(tt.data(t))
			if s != nil {
				t.Errorf("Decode returned a set along with an error")
			}
			var got annotate.Problems
			if !errors.As(err, &got) {
				t.Fatalf("Decode error = %v (%T), want annotate.Problems", err, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestEncodeNil(t *testing.T) {
	if _, err := Encode(nil); err == nil {
		t.Fatal("Encode(nil) succeeded")
	}
}

// TestEncodeShape: current format whatever the set says, [] not null for
// the required arrays, HTML characters unescaped, trailing newline.
func TestEncodeShape(t *testing.T) {
	doc := annotate.NewDocument(annotate.Document{}, []annotate.Block{{Kind: annotate.BlockParagraph, Text: "Tom & Jerry <3"}})
	got, err := Encode(&annotate.Set{Document: doc})
	if err != nil {
		t.Fatal(err)
	}
	want := `{
  "format": 2,
  "document": {
    "id": "` + doc.ID + `",
    "blocks": [
      {
        "kind": "paragraph",
        "text": "Tom & Jerry <3"
      }
    ]
  },
  "speakers": [],
  "claims": []
}
`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Encode (-want +got):\n%s", diff)
	}
}

// TestRoundTrip: Encode→Decode gives an equal set and Encode again gives
// the same bytes, for the sample and for a set with text outside the BMP.
func TestRoundTrip(t *testing.T) {
	sample, err := Decode(readSample(t))
	if err != nil {
		t.Fatal(err)
	}
	for name, s := range map[string]*annotate.Set{"sample": sample, "generated": benchSet(40)} {
		t.Run(name, func(t *testing.T) {
			first, err := Encode(s)
			if err != nil {
				t.Fatal(err)
			}
			back, err := Decode(first)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(s, back); diff != "" {
				t.Errorf("Decode(Encode(s)) differs (-s +decoded):\n%s", diff)
			}
			second, err := Encode(back)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(first), string(second)); diff != "" {
				t.Errorf("second Encode differs (-first +second):\n%s", diff)
			}
		})
	}
}
