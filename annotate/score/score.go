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
	if student == nil {
		return nil, errors.New("score: no student set")
	}
	if kt, st := key.Document.Text(), student.Document.Text(); kt != st {
		return nil, fmt.Errorf("score: the student annotated another text (document %s) than the key (document %s)",
			annotate.DocumentID(st), annotate.DocumentID(kt))
	}
	return score(newText(key.Document), key, student, true)
}

// score is Score on the prepared text t of both sets, with the key checked
// when checkKey, else taken as it is like a student's set (for
// ClassAgreement, where every "key" is a student's set). It fails only
// when the key check does.
func score(t *text, key Key, student *annotate.Set, checkKey bool) (*Report, error) {
	if checkKey {
		if err := key.check(t).Err(); err != nil {
			return nil, fmt.Errorf("score: the key has problems:\n%w", err)
		}
	}
	keys := sortedKeys(key.Claims)
	kspans := make([][]span, len(keys))
	for i, k := range keys {
		kspans[i] = append(kspans[i], t.normalize(k.Span))
		for _, a := range k.Alternatives {
			kspans[i] = append(kspans[i], t.normalize(a))
		}
	}
	m := newMarker(key, student)
	studs := student.SortedClaims()
	sspans := make([]span, len(studs))
	for j, c := range studs {
		sspans[j] = t.normalize(c.Span)
	}

	// Weigh the key × student pairs that share tokens, remembering which
	// accepted span fits. A token-range test on each key claim's hull skips
	// the rest cheaply.
	hulls := make([]span, len(keys))
	for i, ks := range kspans {
		h := ks[0]
		for _, a := range ks[1:] {
			h.tokA, h.tokB = min(h.tokA, a.tokA), max(h.tokB, a.tokB)
		}
		hulls[i] = h
	}
	var edges []edge
	fits := map[[2]int]pairFit{}
	overlaps := make([][]int, len(studs)) // student → key claims it touches, ascending
	for i := range keys {
		for j := range studs {
			if sharedTokens(hulls[i], sspans[j]) == 0 {
				continue
			}
			f := bestFit(kspans[i], sspans[j])
			if f.shared == 0 {
				continue
			}
			fits[[2]int{i, j}] = f
			overlaps[j] = append(overlaps[j], i)
			v := m.verdicts(keys[i].Claim, studs[j])
			// Exact matches, shared tokens, near boundaries, right labels;
			// then earlier student claims, then pairs in document order.
			edges = append(edges, edge{i, j, weight{boolInt(f.exact), int64(f.shared), -int64(f.dist), int64(v.rightCount()), -int64(j), int64(i) * int64(j)}})
		}
	}
	pairs := pairEdges(len(keys), len(studs), edges)

	r := &Report{StudentClaims: len(studs), Keys: []KeyResult{}, Extras: []Extra{}}
	paired := make([]bool, len(studs))
	var exactCredit, lenP, lenR float64
	for i, k := range keys {
		res := KeyResult{KeyID: k.ID, Optional: k.Optional, KeyTokens: kspans[i][0].tokens(), KeySpeaker: m.keyName(k.SpeakerID)}
		j := pairs[i]
		if j < 0 {
			res.Outcome = Missed
			if k.Optional {
				res.Outcome = Skipped
			} else {
				r.KeyClaims++
			}
			r.Keys = append(r.Keys, res)
			continue
		}
		paired[j] = true
		f, s := fits[[2]int{i, j}], studs[j]
		r.KeyClaims++
		r.Matched++
		res.Outcome = Partly
		if f.exact {
			res.Outcome = Found
			r.Exact++
			exactCredit++
		}
		res.StudentID = s.ID
		res.KeyTokens, res.StudentTokens, res.Shared = f.keyTokens, sspans[j].tokens(), f.shared
		res.Coverage = ratio(f.shared, f.keyTokens)
		lenR += res.Coverage
		lenP += ratio(f.shared, res.StudentTokens)
		v := m.verdicts(k.Claim, s)
		res.Speaker, res.Attribution, res.Kind = v.speaker, v.attribution, v.kind
		res.StudentSpeaker = m.studentName(s.SpeakerID)
		r.Speaker.count(v.speaker, f.exact)
		r.Attribution.count(v.attribution, f.exact)
		r.Kind.count(v.kind, f.exact)
		r.Keys = append(r.Keys, res)
	}
	for j, s := range studs {
		if paired[j] {
			continue
		}
		e := Extra{StudentID: s.ID, Span: s.Span}
		for _, i := range overlaps[j] {
			e.Overlaps = append(e.Overlaps, keys[i].ID)
		}
		r.Extras = append(r.Extras, e)
	}
	r.Strict = figures(exactCredit, exactCredit, r.StudentClaims, r.KeyClaims)
	r.Lenient = figures(lenP, lenR, r.StudentClaims, r.KeyClaims)
	for _, a := range []*Accuracy{&r.Speaker, &r.Attribution, &r.Kind} {
		a.Rate, a.StrictRate = ratio(a.Right, a.Scored), ratio(a.StrictRight, a.StrictScored)
	}
	return r, nil
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
