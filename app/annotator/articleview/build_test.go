package articleview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

// segForRef is the segment drawing as first written (a lookup and a new
// string for everything, per segment): the faster one must draw the same.
func segForRef(s *annotate.Set, claims map[string]*annotate.Claim, colours map[string]string, runes []rune, seg annotate.Segment, vs View) Seg {
	sm := Seg{Text: string(runes[seg.Start:seg.End])}
	ids := seg.IDs("claim")
	var cls []string
	if len(ids) > 0 {
		sm.Mark = true
		sm.IDs = strings.Join(ids, " ")
		cls = append(cls, "hl", depthClass[min(len(ids), 3)])
		inner := claims[ids[len(ids)-1]]
		sm.Style = palette.Unattributed
		if c, ok := colours[inner.SpeakerID]; ok {
			sm.Style = c
		}
		var who []string
		keep := vs.Filter == ""
		for _, id := range ids {
			c := claims[id]
			name := s.SpeakerName(*c)
			if name == "" {
				name = "Unattributed"
			}
			who = append(who, name+" ("+wording.OrDash(string(c.Attribution))+")")
			if id == vs.Cur {
				cls = append(cls, "cur")
			}
			if c.SpeakerID == vs.Filter {
				keep = true
			}
		}
		if !keep {
			cls = append(cls, "dim")
		}
		sm.Title = strings.Join(who, "; ")
		var badges []string
		for _, l := range seg.Ends {
			if l.Kind != "claim" {
				continue
			}
			b := "?"
			if sp, ok := s.Speaker(claims[l.ID].SpeakerID); ok {
				b = palette.Initials(sp.Name)
			}
			badges = append(badges, b)
		}
		sm.Badge = strings.Join(badges, " ")
	}
	for _, k := range []string{"mention", "cue", "kbd", "caret"} {
		if seg.Depth(k) > 0 {
			cls = append(cls, k)
		}
	}
	sm.Class = strings.Join(cls, " ")
	return sm
}

func TestParaModelsMatchReference(t *testing.T) {
	text := "Headline with “quotes” — and 🙂 emoji\n\n" +
		"“Prices will rise 😟,” the minister said — according to officials.\n\n" +
		"Caption line\n\n" +
		"Ünïcödé words 🤝 everywhere, and more text follows here to cover."
	set := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, text))
	set.Speakers = []annotate.Speaker{{ID: "s1", Name: "Ana María López"}, {ID: "s2", Name: "Bureau of Stats"}, {ID: "s3", Name: ""}}
	runes := []rune(set.Document.Text())
	ix := annotate.NewTextIndex(set.Document.Text())
	span := func(a, b int) annotate.Span { return annotate.MakeSpan(ix, a, b) }
	starts := set.Document.BlockStarts()
	p1 := starts[1]
	cue := span(p1+27, p1+31)
	set.Claims = []annotate.Claim{
		{ID: "a", SpeakerID: "s1", Attribution: annotate.AttrDirect, Span: span(p1, p1+25), Cue: &cue, Mentions: []annotate.Span{span(p1+19, p1+27)}},
		{ID: "b", SpeakerID: "s2", Span: span(p1+5, p1+40)},
		{ID: "c", Span: span(p1+10, p1+20)},
		{ID: "d", SpeakerID: "gone", Span: span(p1+10, p1+20)},
		{ID: "e", SpeakerID: "s3", Attribution: annotate.AttrIndirect, Span: span(2, starts[3]+8)},
		{ID: "f", SpeakerID: "s1", Span: span(starts[3], starts[3]+3), Orphan: true},
	}
	claims := map[string]*annotate.Claim{}
	for i := range set.Claims {
		if !set.Claims[i].Orphan {
			claims[set.Claims[i].ID] = &set.Claims[i]
		}
	}
	for _, vs := range []View{
		{},
		{Cur: "a"},
		{Cur: "c", Filter: "s2"},
		{Filter: "s1", Kbd: Cursor{On: true, Anchor: p1 + 3, Cursor: p1 + 12}},
		{Kbd: Cursor{On: true, Anchor: p1 + 6, Cursor: p1 + 6}},
	} {
		got := Build(set, runes, starts, vs)
		// The same layers as buildParaModels, drawn the old way.
		var layers []annotate.Layer
		for _, c := range set.Claims {
			if c.Orphan {
				continue
			}
			layers = append(layers, annotate.Layer{ID: c.ID, Kind: "claim", Start: c.Span.Start, End: c.Span.End})
			for _, m := range c.Mentions {
				layers = append(layers, annotate.Layer{ID: c.ID, Kind: "mention", Start: m.Start, End: m.End})
			}
			if c.Cue != nil {
				layers = append(layers, annotate.Layer{ID: c.ID, Kind: "cue", Start: c.Cue.Start, End: c.Cue.End})
			}
		}
		if vs.Kbd.On {
			a, b := vs.Kbd.Span()
			if a == b {
				layers = append(layers, annotate.Layer{ID: "caret", Kind: "caret", Start: a, End: min(a+1, len(runes))})
			} else {
				layers = append(layers, annotate.Layer{ID: "kbd", Kind: "kbd", Start: a, End: b})
			}
		}
		for bi, blk := range set.Document.Blocks {
			var want []Seg
			for _, seg := range annotate.Segments(starts[bi], starts[bi]+annotate.RuneLen(blk.Text), layers) {
				want = append(want, segForRef(set, claims, palette.Colours(set), runes, seg, vs))
			}
			if diff := cmp.Diff(want, got[bi].Segs); diff != "" {
				t.Errorf("view %+v, block %d (-want +got):\n%s", vs, bi, diff)
			}
		}
	}
	if t.Failed() {
		fmt.Println(set.Document.Text())
	}
}
