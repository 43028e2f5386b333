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

// FuzzScorePairing builds a key of three claims (one optional, one with an
// alternative) and a student set of four claims from the input, and checks
// the bookkeeping: one result per key claim, each student claim paired at
// most once or else listed as an extra, and the counts adding up. (The
// optimality of the pairing is checked against brute force in
// assign_test.go.)
func FuzzScorePairing(f *testing.F) {
	f.Add([]byte{0, 10, 12, 30, 40, 60, 5, 20, 0, 12, 11, 29, 41, 70, 50, 84})
	f.Add([]byte{9, 36, 9, 36, 9, 36, 9, 36, 9, 36, 9, 36, 9, 36, 9, 36})
	f.Fuzz(func(t *testing.T, data []byte) {
		fx := newFx(classText)
		n := annotate.RuneLen(fx.doc.Text())
		next := func() int {
			if len(data) == 0 {
				return 0
			}
			b := data[0]
			data = data[1:]
			return int(b) % (n + 1)
		}
		sp := func() annotate.Span {
			a, b := next(), next()
			return annotate.MakeSpan(fx.ix, min(a, b), max(a, b))
		}
		var key Key
		key.Document = fx.doc
		for i := range 3 {
			kc := KeyClaim{Claim: annotate.Claim{ID: string(rune('k' + i)), Span: sp(), Kind: annotate.ClaimKinds[i]}, Optional: i == 1}
			if i == 2 {
				kc.Alternatives = []annotate.Span{sp()}
			}
			key.Claims = append(key.Claims, kc)
		}
		var claims []annotate.Claim
		for j := range 4 {
			claims = append(claims, annotate.Claim{ID: string(rune('a' + j)), Span: sp(), Kind: annotate.ClaimKinds[j%2]})
		}
		r, err := Score(key, fx.set(nil, claims...))
		if err != nil {
			return // a key span that is empty or has no words is refused
		}
		if len(r.Keys) != 3 {
			t.Fatalf("%d key results for 3 key claims", len(r.Keys))
		}
		used := map[string]bool{}
		found, matched := 0, 0
		for _, k := range r.Keys {
			switch k.Outcome {
			case Found, Partly:
				if used[k.StudentID] || k.StudentID == "" {
					t.Fatalf("student claim %q paired twice or missing: %+v", k.StudentID, r.Keys)
				}
				used[k.StudentID] = true
				matched++
				if k.Outcome == Found {
					found++
				}
				if k.Shared <= 0 || k.Shared > k.KeyTokens || k.Shared > k.StudentTokens {
					t.Fatalf("pair %+v: shared tokens out of range", k)
				}
			case Missed, Skipped:
				if k.StudentID != "" {
					t.Fatalf("unpaired key claim with a student: %+v", k)
				}
			}
		}
		for _, e := range r.Extras {
			if used[e.StudentID] {
				t.Fatalf("student claim %q is both paired and an extra", e.StudentID)
			}
			used[e.StudentID] = true
		}
		if len(used) != 4 || r.StudentClaims != 4 || r.Matched != matched || r.Exact != found {
			t.Fatalf("counts do not add up: %+v", r)
		}
	})
}
