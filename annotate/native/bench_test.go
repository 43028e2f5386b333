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

// articleSet is shaped like the browser benchmark's file: a 10,000-word
// article in paragraphs of 40–110 words, n short claims side by side, 8
// speakers, curly quotes, an em dash and an emoji in the text.
func articleSet(n int) *annotate.Set {
	words := strings.Fields(`the minister said that government officials would review
the proposal next week while critics warned about costs and delays in the
region’s economy — analysts expect growth of about two percent, according to
a report published on Tuesday by the central bank in Zürich; residents told
reporters they were worried 😟 about prices, rents and the future of local jobs`)
	blocks := []annotate.Block{{Kind: annotate.BlockHeadline, Text: "Benchmark article about the regional economy"}}
	for total, k := 0, 0; total < 10000; k++ {
		size := 40 + (k*37)%70
		var b strings.Builder
		for i := range size {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(words[(k*13+i*7)%len(words)])
		}
		b.WriteByte('.')
		blocks = append(blocks, annotate.Block{Kind: annotate.BlockParagraph, Text: b.String()})
		total += size
	}
	s := annotate.NewSet(annotate.NewDocument(annotate.Document{Title: "Benchmark"}, blocks))
	for k := range 8 {
		s.Speakers = append(s.Speakers, annotate.Speaker{ID: fmt.Sprintf("s%d", k), Name: fmt.Sprintf("Speaker %d", k), Kind: annotate.SpeakerPerson})
	}
	ix := annotate.NewTextIndex(s.Document.Text())
	starts := s.Document.BlockStarts()
	// Claims of `per` words with a word between them, paragraph by paragraph.
	per := max(10000/n-1, 1)
	t0 := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	for bi := 1; bi < len(blocks) && len(s.Claims) < n; bi++ {
		var ws [][2]int
		pos := starts[bi]
		for _, w := range strings.Split(blocks[bi].Text, " ") {
			l := annotate.RuneLen(w)
			ws = append(ws, [2]int{pos, pos + l})
			pos += l + 1
		}
		for i := 0; i+per <= len(ws) && len(s.Claims) < n; i += per + 1 {
			s.Claims = append(s.Claims, annotate.Claim{ID: fmt.Sprintf("c%05d", len(s.Claims)),
				Span:      annotate.MakeSpan(ix, ws[i][0], ws[i+per-1][1]),
				SpeakerID: fmt.Sprintf("s%d", len(s.Claims)%8), Attribution: annotate.AttrIndirect,
				Kind: annotate.KindFact, Created: t0, Modified: t0})
		}
	}
	return s
}

func benchDecode(b *testing.B, s *annotate.Set) {
	data, err := Encode(s)
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

// The browser opens files like these (`go test -bench Article` here, or in
// wasm: GOOS=js GOARCH=wasm go test -exec "$(go env GOROOT)/lib/wasm/go_js_wasm_exec").
func BenchmarkDecodeArticle1000(b *testing.B) { benchDecode(b, articleSet(1000)) }
func BenchmarkDecodeArticle5000(b *testing.B) { benchDecode(b, articleSet(5000)) }
