package score

import (
	"slices"
	"sort"

	"whosaid/annotate"
	"whosaid/annotate/names"
)

// keySide is a key prepared for scoring on a text: its claims in document
// order with every accepted span normalized, the hull of each claim's
// spans (a cheap first test for overlap), and its speakers' folded names.
// Class agreement scores every pair of sets, each set as key against all
// the others: preparing each side once, not once per pair, is most of
// what makes a class of 30 fast.
type keySide struct {
	claims   []KeyClaim
	spans    [][]span
	hulls    []span
	speakers map[string]annotate.Speaker
	names    map[string]map[string]bool // speaker id → folded names
}

// studentSide is a student's set prepared for scoring: claims in document
// order with their normalized spans, an index by first token for finding
// the claims that can touch a key claim, and folded speaker names.
type studentSide struct {
	claims   []annotate.Claim
	spans    []span
	byTok    []int // claim indexes ordered by first token
	reach    []int // reach[n]: the largest end token among byTok[:n+1]
	speakers map[string]annotate.Speaker
	folded   map[string]string // speaker id → folded name
}

func prepareKey(t *text, key Key) *keySide {
	k := &keySide{claims: sortedKeys(key.Claims), speakers: map[string]annotate.Speaker{}, names: map[string]map[string]bool{}}
	k.spans = make([][]span, len(k.claims))
	k.hulls = make([]span, len(k.claims))
	for i, c := range k.claims {
		k.spans[i] = append(make([]span, 0, 1+len(c.Alternatives)), t.normalize(c.Span))
		for _, a := range c.Alternatives {
			k.spans[i] = append(k.spans[i], t.normalize(a))
		}
		h := k.spans[i][0]
		for _, a := range k.spans[i][1:] {
			h.tokA, h.tokB = min(h.tokA, a.tokA), max(h.tokB, a.tokB)
		}
		k.hulls[i] = h
	}
	for _, sp := range key.Speakers {
		k.speakers[sp.ID] = sp
		k.names[sp.ID] = speakerNames(sp)
	}
	return k
}

func prepareStudent(t *text, s *annotate.Set) *studentSide {
	st := &studentSide{claims: s.SortedClaims(), speakers: map[string]annotate.Speaker{}, folded: map[string]string{}}
	st.spans = make([]span, len(st.claims))
	st.byTok = make([]int, len(st.claims))
	for j, c := range st.claims {
		st.spans[j] = t.normalize(c.Span)
		st.byTok[j] = j
	}
	slices.SortStableFunc(st.byTok, func(a, b int) int { return st.spans[a].tokA - st.spans[b].tokA })
	st.reach = make([]int, len(st.byTok))
	for n, j := range st.byTok {
		st.reach[n] = st.spans[j].tokB
		if n > 0 {
			st.reach[n] = max(st.reach[n], st.reach[n-1])
		}
	}
	for _, sp := range s.Speakers {
		st.speakers[sp.ID] = sp
		st.folded[sp.ID] = names.Fold(sp.Name)
	}
	return st
}

// touching calls f for every student claim whose tokens may meet the
// token range h (a key claim's hull), in no particular order: those that
// start before h ends, back to where no earlier claim reaches into h.
func (st *studentSide) touching(h span, f func(j int)) {
	end := sort.Search(len(st.byTok), func(n int) bool { return st.spans[st.byTok[n]].tokA >= h.tokB })
	for n := end - 1; n >= 0 && st.reach[n] > h.tokA; n-- {
		if j := st.byTok[n]; sharedTokens(h, st.spans[j]) > 0 {
			f(j)
		}
	}
}

// asKey is a student's set taken as a plain key (for class agreement):
// every claim required, no alternatives, and a speaker id that names no
// speaker counts as unattributed, as on the student side.
func (st *studentSide) asKey() *keySide {
	k := &keySide{claims: make([]KeyClaim, len(st.claims)), spans: make([][]span, len(st.claims)), hulls: st.spans,
		speakers: st.speakers, names: map[string]map[string]bool{}}
	for i, c := range st.claims {
		if _, ok := st.speakers[c.SpeakerID]; !ok {
			c.SpeakerID = ""
		}
		k.claims[i] = KeyClaim{Claim: c}
		k.spans[i] = st.spans[i : i+1]
	}
	for id, sp := range st.speakers {
		k.names[id] = speakerNames(sp)
	}
	return k
}
