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
	c := NewComparer(sets[0].Document) // one text for every pair: checked equal above
	var err error
	a := AgreementOf(len(sets), func(i, j int) Pair {
		p, e := c.Pair(sets[i], sets[j])
		if e != nil && err == nil {
			err = fmt.Errorf("sets[%d] against sets[%d]: %w", i, j, e)
		}
		return p
	})
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Pair is what class agreement needs of two sets compared: the F1s and
// the speaker counts on paired claims. A caller that keeps them (the
// server, between polls) recomputes only the pairs whose sets changed.
type Pair struct {
	Strict, Lenient float64
	SpeakerRight    int
	SpeakerScored   int
}

// Comparer compares sets on one text pair by pair, preparing each set
// once (as key and as student) however many pairs it is in.
type Comparer struct {
	text    *text
	textStr string
	sides   map[*annotate.Set]*prepared
}

type prepared struct {
	student *studentSide
	key     *keySide
}

// NewComparer prepares the text of doc.
func NewComparer(doc annotate.Document) *Comparer {
	t := newText(doc)
	return &Comparer{text: t, textStr: string(t.runes), sides: map[*annotate.Set]*prepared{}}
}

// Pair compares a and b, a taken as the key. Both must be on the text.
func (c *Comparer) Pair(a, b *annotate.Set) (Pair, error) {
	pa, err := c.prepare(a)
	if err != nil {
		return Pair{}, err
	}
	pb, err := c.prepare(b)
	if err != nil {
		return Pair{}, err
	}
	r := scoreSides(pa.key, pb.student, false)
	return Pair{Strict: r.Strict.F1, Lenient: r.Lenient.F1, SpeakerRight: r.Speaker.Right, SpeakerScored: r.Speaker.Scored}, nil
}

func (c *Comparer) prepare(s *annotate.Set) (*prepared, error) {
	if p, ok := c.sides[s]; ok {
		return p, nil
	}
	if s == nil {
		return nil, fmt.Errorf("agreement: missing annotation set")
	}
	if s.Document.Text() != c.textStr {
		return nil, fmt.Errorf("agreement: the set annotates another text (document %s)", s.Document.ID)
	}
	st := prepareStudent(c.text, s)
	p := &prepared{student: st, key: st.asKey()}
	c.sides[s] = p
	return p, nil
}

// AgreementOf gathers the agreement of n sets (n ≥ 2) from their pairs:
// pair(i, j) for every i < j, set i taken as the key.
func AgreementOf(n int, pair func(i, j int) Pair) *Agreement {
	a := &Agreement{Strict: square(n), Lenient: square(n)}
	var sumS, sumL float64
	var spRight, spScored int
	for i := range n {
		a.Strict[i][i], a.Lenient[i][i] = 1, 1
		for j := i + 1; j < n; j++ {
			p := pair(i, j)
			a.Strict[i][j], a.Strict[j][i] = p.Strict, p.Strict
			a.Lenient[i][j], a.Lenient[j][i] = p.Lenient, p.Lenient
			sumS += p.Strict
			sumL += p.Lenient
			spRight += p.SpeakerRight
			spScored += p.SpeakerScored
			a.Pairs++
		}
	}
	if a.Pairs > 0 {
		a.MeanStrict = sumS / float64(a.Pairs)
		a.MeanLenient = sumL / float64(a.Pairs)
	}
	a.Speaker = ratio(spRight, spScored)
	return a
}

func square(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}
