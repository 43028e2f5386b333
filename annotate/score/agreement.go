package score

import (
	"fmt"

	"whosaid/annotate"
)

// Agreement is how much a class's annotation sets agree on which stretches
// are claims: the F1 of every pair of sets, scored as if one were the key
// (F1 does not depend on which one), and its mean over all pairs. See
// docs/scoring.md for why this and not Krippendorff's unitizing alpha.
type Agreement struct {
	// Strict[i][j] and Lenient[i][j] are the exact-span and token-overlap
	// F1 of sets i and j; the diagonal is 1.
	Strict  [][]float64 `json:"strict"`
	Lenient [][]float64 `json:"lenient"`
	// Means over the n(n-1)/2 pairs.
	MeanStrict  float64 `json:"meanStrict"`
	MeanLenient float64 `json:"meanLenient"`
	// Speaker is the share of paired claims, pooled over all pairs of sets,
	// whose speakers agree (the later set's speaker name against the earlier
	// set's speaker names, aliases and title, as in scoring); 0 if no claim
	// was paired.
	Speaker float64 `json:"speaker"`
	Pairs   int     `json:"pairs"`
}

// ClassAgreement compares every pair of sets. All must be on the same text;
// at least two are needed.
func ClassAgreement(sets []*annotate.Set) (*Agreement, error) {
	if len(sets) < 2 {
		return nil, fmt.Errorf("agreement needs at least two annotation sets, got %d", len(sets))
	}
	var ps annotate.Problems
	for i, s := range sets {
		if s == nil {
			ps.Add(fmt.Sprintf("sets[%d]", i), "missing")
		} else if sets[0] != nil && s.Document.Text() != sets[0].Document.Text() {
			ps.Add(fmt.Sprintf("sets[%d].document", i), "annotates another text than sets[0]")
		}
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	n := len(sets)
	t := newText(sets[0].Document) // one text for every pair: checked equal above
	a := &Agreement{Strict: square(n), Lenient: square(n)}
	var sumS, sumL float64
	var spRight, spScored int
	for i := range n {
		a.Strict[i][i], a.Lenient[i][i] = 1, 1
		for j := i + 1; j < n; j++ {
			r, err := score(t, keyOf(sets[i]), sets[j], false)
			if err != nil {
				return nil, fmt.Errorf("sets[%d] as key: %w", i, err)
			}
			a.Strict[i][j], a.Strict[j][i] = r.Strict.F1, r.Strict.F1
			a.Lenient[i][j], a.Lenient[j][i] = r.Lenient.F1, r.Lenient.F1
			sumS += r.Strict.F1
			sumL += r.Lenient.F1
			spRight += r.Speaker.Right
			spScored += r.Speaker.Scored
			a.Pairs++
		}
	}
	a.MeanStrict = sumS / float64(a.Pairs)
	a.MeanLenient = sumL / float64(a.Pairs)
	a.Speaker = ratio(spRight, spScored)
	return a, nil
}

// keyOf makes a plain key of a student's set: every claim required, no
// alternatives, tags ignored. It is scored unchecked, taken as it is like
// the other side: a claim with no words (a lone quotation mark) or an
// orphan's out-of-range span is simply never paired, and a speaker id that
// names no speaker counts as unattributed, as on the student side. A key
// check would refuse the whole class for one such claim.
func keyOf(s *annotate.Set) Key {
	k := Key{Document: s.Document, Speakers: s.Speakers}
	known := map[string]bool{}
	for _, sp := range s.Speakers {
		known[sp.ID] = true
	}
	for _, c := range s.Claims {
		if !known[c.SpeakerID] {
			c.SpeakerID = ""
		}
		k.Claims = append(k.Claims, KeyClaim{Claim: c})
	}
	return k
}

func square(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}
