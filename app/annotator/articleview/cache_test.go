package articleview

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// TestCacheMatchesBuild: over random sequences of edits of the set and
// of the view, the cached models are always the ones built afresh — the
// cache key leaves out nothing a block's drawing depends on.
func TestCacheMatchesBuild(t *testing.T) {
	text := "A headline — with “quotes” 🙂\n\n" +
		"“Prices will rise,” the minister said on Tuesday, according to two officials.\n\n" +
		"Ünïcödé words 🤝 everywhere. Short one.\n\n" +
		"The last paragraph says more, and then some more, and stops."
	for seed := range uint64(40) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewPCG(seed, 7))
			set := annotate.NewSet(annotate.DocumentFromText(annotate.Document{}, text))
			runes := []rune(set.Document.Text())
			starts := set.Document.BlockStarts()
			var vs View
			var cache Cache
			for step := range 60 {
				set, vs = randomEdit(r, set, vs, len(runes), step)
				got := cache.Build(set, runes, starts, vs)
				want := Build(set, runes, starts, vs)
				if diff := cmp.Diff(want, got); diff != "" {
					t.Fatalf("step %d, view %+v: cached models differ (-fresh +cached):\n%s", step, vs, diff)
				}
			}
		})
	}
}

// randomEdit makes one random change: of a claim (added, moved, deleted,
// re-attributed, typed, orphaned, its mentions or cue), of a speaker
// (added, renamed, removed), or of the view (open claim, filter, keyboard
// cursor). The set is copied first, as the history does.
func randomEdit(r *rand.Rand, set *annotate.Set, vs View, n, step int) (*annotate.Set, View) {
	s := set.Clone()
	span := func() annotate.Span {
		a := r.IntN(n - 1)
		return annotate.Span{Start: a, End: a + 1 + r.IntN(min(40, n-a-1)+1)}
	}
	claim := func() *annotate.Claim {
		if len(s.Claims) == 0 {
			return nil
		}
		return &s.Claims[r.IntN(len(s.Claims))]
	}
	speaker := func() string {
		if len(s.Speakers) == 0 || r.IntN(4) == 0 {
			return ""
		}
		return s.Speakers[r.IntN(len(s.Speakers))].ID
	}
	switch r.IntN(12) {
	case 0, 1:
		s.Claims = append(s.Claims, annotate.Claim{ID: fmt.Sprintf("c%d", step), Span: span(), SpeakerID: speaker()})
	case 2:
		if c := claim(); c != nil {
			c.Span = span()
		}
	case 3:
		if c := claim(); c != nil {
			c.SpeakerID = speaker()
		}
	case 4:
		if c := claim(); c != nil {
			c.Attribution = []annotate.AttributionType{"", annotate.AttrDirect, annotate.AttrIndirect, annotate.AttrMixed}[r.IntN(4)]
			c.Note = fmt.Sprint("note ", step) // not drawn
		}
	case 5:
		if c := claim(); c != nil {
			c.Mentions = append(c.Mentions, span())
			cue := span()
			c.Cue = &cue
		}
	case 6:
		if c := claim(); c != nil {
			c.Orphan = !c.Orphan
		}
	case 7:
		if len(s.Claims) > 0 {
			i := r.IntN(len(s.Claims))
			s.Claims = append(s.Claims[:i], s.Claims[i+1:]...)
		}
	case 8:
		s.Speakers = append(s.Speakers, annotate.Speaker{ID: fmt.Sprintf("s%d", step), Name: fmt.Sprintf("Speaker %d", step)})
	case 9:
		if len(s.Speakers) > 0 {
			sp := &s.Speakers[r.IntN(len(s.Speakers))]
			sp.Name = fmt.Sprintf("Renamed %d", step)
		}
	case 10:
		if c := claim(); c != nil && r.IntN(2) == 0 {
			vs.Cur = c.ID
		} else {
			vs.Cur = ""
		}
		vs.Filter = speaker()
	case 11:
		a := r.IntN(n)
		vs.Kbd = Cursor{On: r.IntN(4) > 0, Anchor: a, Cursor: min(n, a+r.IntN(12))}
	}
	return s, vs
}
