package native

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// TestMigrateV1 reads the format 1 fixture and checks every field of the
// migrated set.
func TestMigrateV1(t *testing.T) {
	data, err := os.ReadFile("testdata/v1-small.json")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode(v1): %v", err)
	}
	const text = "Ministers meet in Beijing 🤝\n\n“We agree — fully,” Lavrov said. Wang nodded.\n\nThe talks went well, Reuters reported."
	doc := annotate.NewDocument(annotate.Document{Title: "Ministers meet"}, []annotate.Block{
		{Kind: annotate.BlockParagraph, Text: "Ministers meet in Beijing 🤝"},
		{Kind: annotate.BlockParagraph, Text: "“We agree — fully,” Lavrov said. Wang nodded."},
		{Kind: annotate.BlockParagraph, Text: "The talks went well, Reuters reported."},
	})
	ix := annotate.NewTextIndex(text)
	nine := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	ninePlus := time.Date(2025, 3, 1, 8, 5, 0, 0, time.UTC) // 09:05+01:00
	want := &annotate.Set{
		Format:   2,
		Document: doc,
		Speakers: []annotate.Speaker{
			{ID: "sergei-lavrov", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson},
			{ID: "reuters", Name: "Reuters", Kind: annotate.SpeakerPublication},
		},
		Claims: []annotate.Claim{
			{ID: "1", Span: annotate.MakeSpan(ix, 30, 47), SpeakerID: "sergei-lavrov", Attribution: annotate.AttrDirect, Created: nine, Modified: nine},
			{ID: "2", Span: annotate.MakeSpan(ix, 62, 74), Attribution: annotate.AttrIndirect, Note: "Gesture, not speech.", Created: nine, Modified: nine},
			{ID: "3", Span: annotate.MakeSpan(ix, 76, 95), SpeakerID: "reuters", Attribution: annotate.AttrIndirect, Created: ninePlus, Modified: ninePlus},
			{ID: "4", Span: annotate.MakeSpan(ix, 30, 38), SpeakerID: "sergei-lavrov", Attribution: annotate.AttrMixed, Created: nine, Modified: nine},
		},
	}
	if doc.Text() != text {
		t.Fatalf("test document text is wrong")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("migrated set (-want +got):\n%s", diff)
	}
	// Once migrated, it is written and read as format 2.
	enc, err := Encode(got)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Decode(enc)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got, back); diff != "" {
		t.Errorf("migrated set does not round-trip (-migrated +decoded):\n%s", diff)
	}
}

func TestMigrateV1Problems(t *testing.T) {
	data, err := os.ReadFile("testdata/v1-small.json")
	if err != nil {
		t.Fatal(err)
	}
	v1 := string(data)
	replace := func(old, new string) string {
		if strings.Count(v1, old) != 1 {
			t.Fatalf("%q is not once in the fixture", old)
		}
		return strings.Replace(v1, old, new, 1)
	}
	tests := []struct {
		name string
		data string
		want annotate.Problems
	}{
		{"speaker kind conflict",
			replace(`"speaker": "Reuters",`, `"speaker": "Sergei Lavrov",`),
			annotate.Problems{{Path: "claims[2].speakerKind", Message: `"publication" differs from "person" given for the same speaker in claims[0]`}}},
		{"speaker kind without speaker",
			replace(`"note": "Gesture, not speech.",`, `"speakerKind": "group",`),
			annotate.Problems{{Path: "claims[1].speakerKind", Message: "given without a speaker"}}},
		{"text that cannot keep its offsets",
			replace(`Beijing 🤝\n\n`, `Beijing 🤝\n\n\n`),
			annotate.Problems{{Path: "text", Message: "not in canonical form (NFC, LF line ends, no trailing spaces, single blank lines between paragraphs), so its offsets cannot be carried over"}}},
		{"format 2 fields are unknown in format 1",
			replace(`"type": "mixed",`, `"attribution": "mixed",`),
			annotate.Problems{{Path: "claims[3].attribution", Message: "unknown field"}, {Path: "claims[3].type", Message: "missing"}}},
		{"quote mismatch is found after migration",
			replace(`"quote": "We agree",`, `"quote": "We agreed",`),
			annotate.Problems{{Path: "claims[3].span.exact", Message: `"We agreed" does not match the text at 30..38 ("We agree")`}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Decode([]byte(tt.data))
			if s != nil {
				t.Error("Decode returned a set along with an error")
			}
			var got annotate.Problems
			if !errors.As(err, &got) {
				t.Fatalf("Decode error = %v, want annotate.Problems", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpeakerID(t *testing.T) {
	used := map[string]bool{}
	var got []string
	for _, name := range []string{"Sergei Lavrov", "sergei  LAVROV!", "Ukraine’s allies", "—", "Mao Ning"} {
		got = append(got, speakerID(name, used))
	}
	want := []string{"sergei-lavrov", "sergei-lavrov-2", "ukraine-s-allies", "speaker", "mao-ning"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
}
