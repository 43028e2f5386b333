package native

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
)

// benchSet generates a valid set with n claims, one paragraph each, with
// curly quotes, an em dash and an emoji so offsets are not byte offsets.
func benchSet(n int) *annotate.Set {
	const speakers = 50
	blocks := []annotate.Block{{Kind: annotate.BlockHeadline, Text: "Generated article 📰"}}
	for i := range n {
		blocks = append(blocks, annotate.Block{Kind: annotate.BlockParagraph,
			Text: fmt.Sprintf("“Claim number %d is true 🙂,” Speaker %d said — on the record.", i, i%speakers)})
	}
	s := annotate.NewSet(annotate.NewDocument(annotate.Document{Title: "Generated", Language: "en"}, blocks))
	for k := range speakers {
		s.Speakers = append(s.Speakers, annotate.Speaker{ID: fmt.Sprintf("s%d", k), Name: fmt.Sprintf("Speaker %d", k), Kind: annotate.SpeakerPerson})
	}
	text := s.Document.Text()
	ix := annotate.NewTextIndex(text)
	starts := s.Document.BlockStarts()
	t0 := time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)
	for i := range n {
		p := blocks[i+1].Text
		at := func(sub string) annotate.Span {
			off := starts[i+1] + annotate.RuneLen(p[:strings.Index(p, sub)])
			return annotate.MakeSpan(ix, off, off+annotate.RuneLen(sub))
		}
		cue := at("said")
		s.Claims = append(s.Claims, annotate.Claim{
			ID:          fmt.Sprintf("c%d", i),
			Span:        at(fmt.Sprintf("Claim number %d is true 🙂,", i)),
			SpeakerID:   fmt.Sprintf("s%d", i%speakers),
			Attribution: annotate.AttrDirect,
			Cue:         &cue,
			Mentions:    []annotate.Span{at(fmt.Sprintf("Speaker %d", i%speakers))},
			Kind:        annotate.ClaimKinds[i%len(annotate.ClaimKinds)],
			Tags:        []string{"generated"},
			Created:     t0.Add(time.Duration(i) * time.Second),
			Modified:    t0.Add(time.Duration(i) * time.Second),
		})
	}
	return s
}

func BenchmarkEncode1000(b *testing.B) {
	s := benchSet(1000)
	data, err := Encode(s)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(s); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkDecode1000(b *testing.B) {
	data, err := Encode(benchSet(1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}
