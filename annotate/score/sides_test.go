package score

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

// TestTouchingFindsEveryOverlap: the index that skips student claims that
// cannot touch a key claim finds exactly those a look at every claim
// finds, for random spans: long, short, nested, wordless, out of range.
func TestTouchingFindsEveryOverlap(t *testing.T) {
	fx := newFx(classText)
	txt := newText(fx.doc)
	n := annotate.RuneLen(fx.doc.Text())
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 2000 {
		s := annotate.NewSet(fx.doc)
		for c := range rng.IntN(12) {
			a, b := rng.IntN(n+4)-2, rng.IntN(n+4)-2
			s.Claims = append(s.Claims, annotate.Claim{ID: string(rune('a' + c)), Span: annotate.Span{Start: a, End: b}})
		}
		st := prepareStudent(txt, s)
		a := rng.IntN(len(txt.tokens) + 1)
		h := span{tokA: a, tokB: a + rng.IntN(6)}
		var got, want []int
		st.touching(h, func(j int) { got = append(got, j) })
		for j, sp := range st.spans {
			if sharedTokens(h, sp) > 0 {
				want = append(want, j)
			}
		}
		slices.Sort(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("trial %d, hull %+v (-every +touching):\n%s", trial, h, diff)
		}
	}
}
