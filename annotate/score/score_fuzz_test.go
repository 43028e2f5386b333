package score

import (
	"testing"

	"whosaid/annotate"
)

// FuzzScore feeds arbitrary student spans (negative, inverted, past the
// end) and key spans: Score must never panic, and every figure must lie in
// 0..1 with lenient at least strict.
func FuzzScore(f *testing.F) {
	f.Add(0, 5, 2, 9, 10, 30)
	f.Add(-3, 500, 9, 2, 0, 84)
	f.Add(40, 40, 0, 84, 12, 13)
	f.Fuzz(func(t *testing.T, s1, e1, s2, e2, ks, ke int) {
		fx := newFx(classText)
		key := Key{Document: fx.doc, Claims: []KeyClaim{{Claim: annotate.Claim{ID: "k", Span: annotate.Span{Start: ks, End: ke}}}}}
		student := fx.set(nil,
			annotate.Claim{ID: "a", Span: annotate.Span{Start: s1, End: e1}},
			annotate.Claim{ID: "b", Span: annotate.Span{Start: s2, End: e2}})
		r, err := Score(key, student)
		if err != nil {
			return // a bad key span is refused, with a message
		}
		for _, v := range []float64{r.Strict.Precision, r.Strict.Recall, r.Strict.F1, r.Lenient.Precision, r.Lenient.Recall, r.Lenient.F1} {
			if v < 0 || v > 1 {
				t.Fatalf("figure %v out of 0..1: %+v", v, r)
			}
		}
		if r.Lenient.F1+1e-12 < r.Strict.F1 {
			t.Fatalf("lenient %v below strict %v", r.Lenient.F1, r.Strict.F1)
		}
	})
}
