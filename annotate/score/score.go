package score

import (
	"errors"
	"fmt"
	"slices"

	"whosaid/annotate"
)

// Score marks a student's set against the key (see docs/scoring.md). It
// fails only when the two are on different texts or the key itself is
// wrong (every problem is listed); the student's set is taken as it is, its
// spans clamped into the text.
func Score(key Key, student *annotate.Set) (*Report, error) {
	sc, err := NewScorer(key)
	if err != nil {
		return nil, err
	}
	return sc.Score(student)
}

// Scorer scores many sets against one key: the key is checked and
// prepared once (a class dashboard scores every student against it).
type Scorer struct {
	text    *text
	textStr string
	key     *keySide
}

// NewScorer checks and prepares the key; every problem is listed.
func NewScorer(key Key) (*Scorer, error) {
	t := newText(key.Document)
	if err := key.check(t).Err(); err != nil {
		return nil, fmt.Errorf("score: the key has problems:\n%w", err)
	}
	return &Scorer{text: t, textStr: string(t.runes), key: prepareKey(t, key)}, nil
}

// Score marks one student's set, as the package's Score does.
func (sc *Scorer) Score(student *annotate.Set) (*Report, error) {
	if student == nil {
		return nil, errors.New("score: no student set")
	}
	if st := student.Document.Text(); st != sc.textStr {
		return nil, fmt.Errorf("score: the student annotated another text (document %s) than the key (document %s)",
			annotate.DocumentID(st), annotate.DocumentID(sc.textStr))
	}
	return scoreSides(sc.key, prepareStudent(sc.text, student), true), nil
}

// scoreSides pairs the claims of a prepared key and student set and counts.
// Without detail only the figures and accuracies are filled (what class
// agreement needs of each of its many pairs), not Keys and Extras.
func scoreSides(ks *keySide, st *studentSide, detail bool) *Report {
	m := &marker{key: ks, student: st}
	edges, pairs := pairClaims(ks, st, m)
	fitOf := make([]pairFit, len(ks.claims))
	for _, e := range edges {
		if pairs[e.i] == e.j {
			fitOf[e.i] = e.fit
		}
	}
	r := &Report{StudentClaims: len(st.claims), Keys: []KeyResult{}, Extras: []Extra{}}
	if detail {
		r.Keys = make([]KeyResult, 0, len(ks.claims))
	}
	paired := make([]bool, len(st.claims))
	var exactCredit, lenP, lenR float64
	for i, k := range ks.claims {
		j := pairs[i]
		if j < 0 {
			if !k.Optional {
				r.KeyClaims++
			}
			if detail {
				r.Keys = append(r.Keys, missed(k, ks.spans[i][0].tokens(), m))
			}
			continue
		}
		paired[j] = true
		f, s := fitOf[i], st.claims[j]
		r.KeyClaims++
		r.Matched++
		if f.exact {
			r.Exact++
			exactCredit++
		}
		cover := ratio(f.shared, f.keyTokens)
		lenR += cover
		lenP += ratio(f.shared, st.spans[j].tokens())
		v := m.verdicts(k.Claim, s)
		r.Speaker.count(v.speaker, f.exact)
		r.Attribution.count(v.attribution, f.exact)
		r.Kind.count(v.kind, f.exact)
		if detail {
			r.Keys = append(r.Keys, found(k, s, f, st.spans[j].tokens(), v, m))
		}
	}
	if detail {
		r.Extras = extras(ks, st, edges, paired)
	}
	r.Strict = figures(exactCredit, exactCredit, r.StudentClaims, r.KeyClaims)
	r.Lenient = figures(lenP, lenR, r.StudentClaims, r.KeyClaims)
	for _, a := range []*Accuracy{&r.Speaker, &r.Attribution, &r.Kind} {
		a.Rate, a.StrictRate = ratio(a.Right, a.Scored), ratio(a.StrictRight, a.StrictScored)
	}
	return r
}

// missed is the result of key claim k that no student claim pairs with.
func missed(k KeyClaim, keyTokens int, m *marker) KeyResult {
	res := KeyResult{KeyID: k.ID, Optional: k.Optional, Outcome: Missed, KeyTokens: keyTokens, KeySpeaker: m.keyName(k.SpeakerID)}
	if k.Optional {
		res.Outcome = Skipped
	}
	return res
}

// found is the result of key claim k paired with student claim s.
func found(k KeyClaim, s annotate.Claim, f pairFit, studentTokens int, v verdicts, m *marker) KeyResult {
	res := KeyResult{KeyID: k.ID, Optional: k.Optional, Outcome: Partly, StudentID: s.ID,
		KeyTokens: f.keyTokens, StudentTokens: studentTokens, Shared: f.shared, Coverage: ratio(f.shared, f.keyTokens),
		Speaker: v.speaker, Attribution: v.attribution, Kind: v.kind,
		KeySpeaker: m.keyName(k.SpeakerID), StudentSpeaker: m.studentName(s.SpeakerID)}
	if f.exact {
		res.Outcome = Found
	}
	return res
}

// extras are the student claims paired with no key claim, each with the
// key claims it touches (edges come in key order, so these ascend).
func extras(ks *keySide, st *studentSide, edges []edge, paired []bool) []Extra {
	touches := map[int][]string{}
	for _, e := range edges {
		if !paired[e.j] {
			touches[e.j] = append(touches[e.j], ks.claims[e.i].ID)
		}
	}
	out := []Extra{}
	for j, s := range st.claims {
		if !paired[j] {
			out = append(out, Extra{StudentID: s.ID, Span: s.Span, Overlaps: touches[j]})
		}
	}
	return out
}

// pairClaims weighs the key × student pairs that share tokens (with the
// accepted span that fits best) and pairs them one to one: pairs[i] is key
// claim i's student claim, or -1. Edges come in key claim order. Only the
// student claims that can touch a key claim's hull are looked at.
func pairClaims(ks *keySide, st *studentSide, m *marker) (edges []edge, pairs []int) {
	for i := range ks.claims {
		st.touching(ks.hulls[i], func(j int) {
			f := bestFit(ks.spans[i], st.spans[j])
			if f.shared == 0 {
				return
			}
			v := m.verdicts(ks.claims[i].Claim, st.claims[j])
			// Exact matches, shared tokens, near boundaries, right labels;
			// then earlier student claims, then pairs in document order.
			edges = append(edges, edge{i: i, j: j, fit: f,
				w: weight{boolInt(f.exact), int64(f.shared), -int64(f.dist), int64(v.rightCount()), -int64(j), int64(i) * int64(j)}})
		})
	}
	return edges, pairEdges(len(ks.claims), len(st.claims), edges)
}

// pairFit is how well a student span fits a key claim's best accepted span.
type pairFit struct {
	exact     bool
	shared    int // tokens in common
	dist      int // code points between the two starts plus between the two ends
	keyTokens int // tokens of that accepted span
}

// bestFit picks the accepted span that fits best: exact first, then most
// shared tokens, then nearest boundaries, then the first listed.
func bestFit(accepted []span, s span) pairFit {
	var best pairFit
	for n, a := range accepted {
		f := pairFit{
			exact:     sameSpan(a, s),
			shared:    sharedTokens(a, s),
			dist:      abs(a.start-s.start) + abs(a.end-s.end),
			keyTokens: a.tokens(),
		}
		if n == 0 || fitBetter(f, best) {
			best = f
		}
	}
	return best
}

func fitBetter(a, b pairFit) bool {
	if a.exact != b.exact {
		return a.exact
	}
	if a.shared != b.shared {
		return a.shared > b.shared
	}
	return a.dist < b.dist
}

// sortedKeys orders key claims as the document does (annotate.ClaimLess),
// so results and tie-breaks do not depend on storage order.
func sortedKeys(cs []KeyClaim) []KeyClaim {
	out := slices.Clone(cs)
	slices.SortStableFunc(out, func(a, b KeyClaim) int {
		switch {
		case annotate.ClaimLess(a.Claim, b.Claim):
			return -1
		case annotate.ClaimLess(b.Claim, a.Claim):
			return 1
		}
		return 0
	})
	return out
}

func (a *Accuracy) count(v Verdict, exact bool) {
	if v == NotScored {
		return
	}
	a.Scored++
	if v == Right {
		a.Right++
	}
	if exact {
		a.StrictScored++
		if v == Right {
			a.StrictRight++
		}
	}
}

// figures computes precision, recall and F1 from credits. With nothing on
// either side the student agrees perfectly with an empty key (all 1); with
// nothing on one side only, all are 0.
func figures(creditP, creditR float64, nStudent, nKey int) Figures {
	if nStudent == 0 && nKey == 0 {
		return Figures{1, 1, 1}
	}
	var f Figures
	if nStudent > 0 {
		f.Precision = creditP / float64(nStudent)
	}
	if nKey > 0 {
		f.Recall = creditR / float64(nKey)
	}
	if f.Precision+f.Recall > 0 {
		f.F1 = 2 * f.Precision * f.Recall / (f.Precision + f.Recall)
	}
	return f
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func boolInt(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
