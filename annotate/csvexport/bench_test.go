package csvexport

import (
	"strconv"
	"testing"

	"whosaid/annotate"
)

func BenchmarkExport1000(b *testing.B) {
	var blocks []annotate.Block
	for i := range 1000 {
		blocks = append(blocks, annotate.Block{Text: "The spokesperson 🗣 said “number " + strconv.Itoa(i) + " is the figure” on Tuesday."})
	}
	doc := annotate.NewDocument(annotate.Document{}, blocks)
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{{ID: "sp", Name: "The spokesperson", Kind: annotate.SpeakerPerson, Title: "Spokesperson"}}
	for i, start := range doc.BlockStarts() {
		off := start + annotate.RuneLen("The spokesperson 🗣 said ")
		cue := annotate.MakeSpan(ix, off-5, off-1)
		s.Claims = append(s.Claims, annotate.Claim{
			ID: "c" + strconv.Itoa(i), Span: annotate.MakeSpan(ix, off, off+20), SpeakerID: "sp", Cue: &cue,
			Attribution: annotate.AttrDirect, Kind: annotate.KindFact, Note: "-checked", Tags: []string{"a", "b"},
		})
	}
	b.ReportAllocs()
	for b.Loop() {
		data, err := Export(s)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
	}
}
