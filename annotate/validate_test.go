package annotate

import (
	"errors"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// validSet is a small valid set whose text has curly quotes, an em dash and
// an emoji outside the BMP, so that byte, UTF-16 and code-point offsets all
// differ.
func validSet() *Set {
	doc := NewDocument(Document{Title: "Test"}, []Block{
		{Kind: BlockHeadline, Text: "Ministers meet 🤝"},
		{Kind: BlockParagraph, Text: "“We agree — fully,” Lavrov said. Wang nodded."},
	})
	s := NewSet(doc)
	ix := NewTextIndex(doc.Text())
	find := func(sub string) Span {
		b := strings.Index(doc.Text(), sub)
		start, _ := ix.FromByte(b)
		return MakeSpan(ix, start, start+RuneLen(sub))
	}
	cue := find("said")
	t0 := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	s.Speakers = []Speaker{
		{ID: "lavrov", Name: "Sergei Lavrov", Kind: SpeakerPerson},
		{ID: "wang", Name: "Wang Yi", Kind: SpeakerPerson},
	}
	s.Claims = []Claim{
		{ID: "c1", Span: find("We agree — fully,"), SpeakerID: "lavrov", Attribution: AttrDirect, Cue: &cue,
			Mentions: []Span{find("Lavrov")}, Kind: KindOpinion, Created: t0, Modified: t0},
		{ID: "c2", Span: find("Wang nodded."), Attribution: AttrIndirect, Kind: KindFact, Created: t0, Modified: t0},
	}
	return s
}

func TestValidateValid(t *testing.T) {
	if err := Validate(validSet()); err != nil {
		t.Fatalf("Validate(valid set) = %v", err)
	}
}

func TestValidateProblems(t *testing.T) {
	textLen := RuneLen(validSet().Document.Text())
	tests := []struct {
		name   string
		change func(s *Set)
		want   Problems
	}{
		{"wrong format", func(s *Set) { s.Format = 1 },
			Problems{{"format", "1 is not the current format version (2)"}}},
		{"document id does not match", func(s *Set) { s.Document.ID = "sha256:00" },
			Problems{{"document.id", `"sha256:00" does not match the text (want ` + validSet().Document.ID + ")"}}},
		{"document id missing", func(s *Set) { s.Document.ID = "" },
			Problems{{"document.id", "missing (want " + validSet().Document.ID + ")"}}},
		{"no blocks", func(s *Set) { s.Document.Blocks = nil; s.Document.ID = DocumentID(""); s.Claims = nil },
			Problems{{"document.blocks", "the document has no blocks"}}},
		{"bad block kind", func(s *Set) { s.Document.Blocks[0].Kind = "title" },
			Problems{{"document.blocks[0].kind", `"title" is not a block kind (want one of "headline", "paragraph", "caption", "byline" or "other")`}}},
		{"blank line in block", func(s *Set) {
			s.Document.Blocks[0].Text = "Ministers\n\nmeet"
			s.Document.ID = DocumentID(s.Document.Text())
			s.Claims = nil
		}, Problems{{"document.blocks[0].text", "contains a blank line (that would split it into two blocks)"}}},
		{"empty block", func(s *Set) {
			s.Document.Blocks = append(s.Document.Blocks, Block{Kind: BlockOther})
			s.Document.ID = DocumentID(s.Document.Text())
		}, Problems{{"document.blocks[2].text", "empty block"}}},
		{"block not NFC", func(s *Set) {
			s.Document.Blocks[0].Text = "Cafe\u0301"
			s.Document.ID = DocumentID(s.Document.Text())
			s.Claims = nil
			// The id hashes the normalized text, so only this check catches it.
		}, Problems{{"document.blocks[0].text", "not in Unicode normal form C"}}},
		{"empty speaker id", func(s *Set) { s.Speakers[1].ID = "" },
			Problems{{"speakers[1].id", "missing"}}},
		{"duplicate speaker id", func(s *Set) { s.Speakers[1].ID = "lavrov" },
			Problems{{"speakers[1].id", `"lavrov" is also the id of speakers[0]`}}},
		{"speaker name missing", func(s *Set) { s.Speakers[0].Name = " " },
			Problems{{"speakers[0].name", "missing"}}},
		{"bad speaker kind", func(s *Set) { s.Speakers[0].Kind = "human" },
			Problems{{"speakers[0].kind", `"human" is not a speaker kind (want one of "person", "organization", "group", "publication" or "anonymous")`}}},
		{"dangling speaker", func(s *Set) { s.Claims[0].SpeakerID = "putin" },
			Problems{{"claims[0].speaker", `"putin" is not the id of any speaker`}}},
		{"duplicate claim id", func(s *Set) { s.Claims[1].ID = "c1" },
			Problems{{"claims[1].id", `"c1" is also the id of claims[0]`}}},
		{"bad attribution", func(s *Set) { s.Claims[1].Attribution = "quote" },
			Problems{{"claims[1].attribution", `"quote" is not an attribution type (want one of "direct", "indirect" or "mixed")`}}},
		{"bad claim kind", func(s *Set) { s.Claims[1].Kind = "Fact" },
			Problems{{"claims[1].kind", `"Fact" is not a claim kind (want one of "fact", "prediction", "opinion", "experience" or "other")`}}},
		{"inverted span", func(s *Set) {
			s.Claims[1].Span.Start, s.Claims[1].Span.End = s.Claims[1].Span.End, s.Claims[1].Span.Start
		},
			Problems{{"claims[1].span", "inverted: start 63 is after end 51"}}},
		{"empty span", func(s *Set) { s.Claims[1].Span.End = s.Claims[1].Span.Start; s.Claims[1].Span.Exact = "" },
			Problems{{"claims[1].span", "empty span at 51"}}},
		{"span past the end", func(s *Set) { s.Claims[1].Span.End = 5120 },
			Problems{{"claims[1].span.end", "5120 is past the end of the document (" + strconv.Itoa(textLen) + ")"}}},
		{"negative start", func(s *Set) { s.Claims[1].Span.Start = -1 },
			Problems{{"claims[1].span.start", "-1 is negative"}}},
		{"quote mismatch", func(s *Set) { s.Claims[1].Span.Exact = "Wang nodded!" },
			Problems{{"claims[1].span.exact", `"Wang nodded!" does not match the text at 51..63 ("Wang nodded.")`}}},
		{"quote off by one (bytes, not code points)", func(s *Set) { s.Claims[0].Span.Start++; s.Claims[0].Span.End++ },
			Problems{{"claims[0].span.exact", `"We agree — fully," does not match the text at 20..37 ("e agree — fully,”")`}}},
		{"cue mismatch", func(s *Set) { s.Claims[0].Cue.Exact = "says" },
			Problems{{"claims[0].cue.exact", `"says" does not match the text at 45..49 ("said")`}}},
		{"mention out of range", func(s *Set) { s.Claims[0].Mentions[0].End = 99 },
			Problems{{"claims[0].mentions[0].end", "99 is past the end of the document (" + strconv.Itoa(textLen) + ")"}}},
		{"orphan offsets are not checked", func(s *Set) {
			s.Claims[0].Orphan = true
			s.Claims[0].Span.Start, s.Claims[0].Span.End = 900, 800
			s.Claims[0].Cue.End = 5000
		}, nil},
		{"orphan needs its quote", func(s *Set) { s.Claims[0].Orphan = true; s.Claims[0].Span.Exact = "" },
			Problems{{"claims[0].span.exact", "an orphan span needs its quote"}}},
		{"modified before created", func(s *Set) { s.Claims[0].Modified = s.Claims[0].Created.Add(-time.Hour) },
			Problems{{"claims[0].modified", "2026-01-02T02:04:05Z is before the creation time 2026-01-02T03:04:05Z"}}},
		{"field too long", func(s *Set) { s.Claims[0].Note = strings.Repeat("é", MaxFieldRunes+1) },
			Problems{{"claims[0].note", "10001 code points is more than the limit of 10000"}}},
		{"too many tags", func(s *Set) { s.Claims[0].Tags = strings.Fields(strings.Repeat("t ", MaxTags+1)) },
			Problems{{"claims[0].tags", "51 tags is more than the limit of 50"}}},
		{"empty tag", func(s *Set) { s.Claims[0].Tags = []string{"ok", ""} },
			Problems{{"claims[0].tags[1]", "empty tag"}}},
		{"invalid UTF-8", func(s *Set) { s.Speakers[0].Title = "\xff" },
			Problems{{"speakers[0].title", "not valid UTF-8"}}},
		{"too many speakers", func(s *Set) {
			for i := range MaxSpeakers {
				s.Speakers = append(s.Speakers, Speaker{ID: "s" + strconv.Itoa(i), Name: "S", Kind: SpeakerGroup})
			}
		}, Problems{{"speakers", "2002 speakers is more than the limit of 2000"}}},
		{"text too long", func(s *Set) {
			s.Document.Blocks[1].Text = strings.Repeat("x", MaxTextRunes)
			s.Document.ID = DocumentID(s.Document.Text())
			s.Claims = nil
		}, Problems{{"document.blocks", "the text is 1000018 code points, more than the limit of 1000000"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSet()
			tt.change(s)
			var got Problems
			if err := Validate(s); err != nil && !errors.As(err, &got) {
				t.Fatalf("Validate returned %T, want Problems", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("problems (-want +got):\n%s", diff)
			}
		})
	}
}

// TestValidateReportsEveryProblem: one bad set, all of its problems, in
// document order, and the error text lists them one per line.
func TestValidateReportsEveryProblem(t *testing.T) {
	s := validSet()
	s.Format = 3
	s.Speakers[1].ID = "lavrov"
	s.Claims[0].SpeakerID = "nobody"
	s.Claims[1].Span.End = 5120
	s.Claims[1].Kind = "rumour"
	err := Validate(s)
	want := Problems{
		{"format", "3 is not the current format version (2)"},
		{"speakers[1].id", `"lavrov" is also the id of speakers[0]`},
		{"claims[0].speaker", `"nobody" is not the id of any speaker`},
		{"claims[1].kind", `"rumour" is not a claim kind (want one of "fact", "prediction", "opinion", "experience" or "other")`},
		{"claims[1].span.end", "5120 is past the end of the document (63)"},
	}
	var got Problems
	if !errors.As(err, &got) {
		t.Fatalf("Validate = %v, want Problems", err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("problems (-want +got):\n%s", diff)
	}
	wantText := `format: 3 is not the current format version (2)
speakers[1].id: "lavrov" is also the id of speakers[0]
claims[0].speaker: "nobody" is not the id of any speaker
claims[1].kind: "rumour" is not a claim kind (want one of "fact", "prediction", "opinion", "experience" or "other")
claims[1].span.end: 5120 is past the end of the document (63)`
	if diff := cmp.Diff(wantText, err.Error()); diff != "" {
		t.Errorf("Error() (-want +got):\n%s", diff)
	}
}

func TestValidateNil(t *testing.T) {
	if diff := cmp.Diff(Problems{{"", "no annotation set"}}, Validate(nil)); diff != "" {
		t.Error(diff)
	}
}
