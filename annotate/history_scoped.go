package annotate

import (
	"errors"
	"slices"
)

// Once changes made elsewhere have been taken in (TakeIn), undoing a step
// done before must not take them back out: an undo that restored whole
// claims would revert another device's edits to the same claims. Such a
// step is undone (and redone) in scope: claim by claim and field by field,
// a field goes back only where it still holds what the step left; what
// changed there since stays. A step keeps, for that, the claims and
// speakers it touched as they were right after it (their state before is
// worked out when needed, by undoing the step on those alone).

// snapshot is some claims and speakers of a set as they were: for each id
// (in a fixed order; an id may come twice), a copy, or absent. Plain
// slices: a step over 5,000 claims takes one, and maps made it slow.
type snapshot struct {
	claimIDs, speakerIDs []string
	claims               []Claim // claims[i] is claimIDs[i]'s when hasClaim[i]
	hasClaim             []bool
	speakers             []Speaker
	hasSpeaker           []bool
}

// snapshotAfter records what inv (a step's inverse) touches, as set has
// it now; nil when inv does not say what it touches.
func snapshotAfter(set *Set, inv Op) *snapshot {
	var t touches
	if !t.add(inv) {
		return nil
	}
	return takeSnapshot(set, t.claims, t.speakers)
}

// takeSnapshot copies the claims and speakers of the ids from set. The
// copies share their lists (mentions, tags, versions) with the set: ops
// never change a claim in place (they put a new copy in), so a copy stays
// as it was.
func takeSnapshot(set *Set, claimIDs, speakerIDs []string) *snapshot {
	sn := &snapshot{claimIDs: claimIDs, speakerIDs: speakerIDs,
		claims: make([]Claim, len(claimIDs)), hasClaim: make([]bool, len(claimIDs)),
		speakers: make([]Speaker, len(speakerIDs)), hasSpeaker: make([]bool, len(speakerIDs))}
	at := indexOf(len(claimIDs), len(set.Claims), func(i int) string { return set.Claims[i].ID }, func(id string) int { return lastClaimIndex(set, id) })
	for k, id := range claimIDs {
		if i := at(id); i >= 0 {
			sn.claims[k], sn.hasClaim[k] = set.Claims[i], true
		}
	}
	for k, id := range speakerIDs {
		if i := speakerIndex(set, id); i >= 0 {
			sn.speakers[k], sn.hasSpeaker[k] = set.Speakers[i], true
		}
	}
	return sn
}

// claimsByID and speakersByID look the snapshot up (nil: absent).
func (sn *snapshot) claimsByID() map[string]*Claim {
	m := make(map[string]*Claim, len(sn.claimIDs))
	for k, id := range sn.claimIDs {
		m[id] = nil
		if sn.hasClaim[k] {
			m[id] = &sn.claims[k]
		}
	}
	return m
}

func (sn *snapshot) speakersByID() map[string]*Speaker {
	m := make(map[string]*Speaker, len(sn.speakerIDs))
	for k, id := range sn.speakerIDs {
		m[id] = nil
		if sn.hasSpeaker[k] {
			m[id] = &sn.speakers[k]
		}
	}
	return m
}

// lastClaimIndex is claimIndex from the end: a claim just added is last,
// and ids are unique in any set an op accepts.
func lastClaimIndex(s *Set, id string) int {
	for i := len(s.Claims) - 1; i >= 0; i-- {
		if s.Claims[i].ID == id {
			return i
		}
	}
	return -1
}

// indexOf gives a lookup by id: a scan for a few ids, a map built once for
// many (a scan each was quadratic for a step over every claim).
func indexOf(ids, n int, idAt func(int) string, scan func(string) int) func(string) int {
	if ids < 8 {
		return scan
	}
	m := make(map[string]int, n)
	for i := n - 1; i >= 0; i-- { // the first of duplicate ids, as a scan
		m[idAt(i)] = i
	}
	return func(id string) int {
		if i, ok := m[id]; ok {
			return i
		}
		return -1
	}
}

// touches collects the ids an op changes (an id may come twice).
type touches struct{ claims, speakers []string }

// add records what op changes (every raw op says; a group is its ops);
// false for an op it does not know.
func (t *touches) add(op Op) bool {
	switch o := op.(type) {
	case insertClaim:
		t.claims = append(t.claims, o.c.ID)
	case removeClaim:
		t.claims = append(t.claims, o.id)
	case replaceClaim:
		t.claims = append(t.claims, o.c.ID)
	case replaceClaims:
		for _, c := range o.cs {
			t.claims = append(t.claims, c.ID)
		}
	case insertSpeaker:
		t.speakers = append(t.speakers, o.sp.ID)
	case removeSpeaker:
		t.speakers = append(t.speakers, o.id)
	case replaceSpeaker:
		t.speakers = append(t.speakers, o.sp.ID)
	case group:
		for _, op := range o.ops {
			if !t.add(op) {
				return false
			}
		}
	default:
		return false
	}
	return true
}

// isScoped tells whether st is undone and redone in scope: it was done
// before the last TakeIn, and it says what it touched.
func (h *History) isScoped(st step) bool { return st.epoch != h.epoch && st.after != nil }

// applyScoped undoes (or redoes) st in scope.
func (h *History) applyScoped(st step, undo bool) error {
	before, err := st.before(h.set.Document)
	if err != nil {
		return err
	}
	from, to := st.after, before
	if !undo {
		from, to = before, st.after
	}
	fromC, toC := from.claimsByID(), to.claimsByID()
	ix := DocumentIndex(h.set.Document)
	for _, id := range uniqueIDs(st.after.claimIDs) {
		h.scopeClaim(id, fromC[id], toC[id], ix)
	}
	fromS, toS := from.speakersByID(), to.speakersByID()
	for _, id := range uniqueIDs(st.after.speakerIDs) {
		h.scopeSpeaker(id, fromS[id], toS[id])
	}
	unassignMissing(h.set)
	return nil
}

// before works out what the step's claims and speakers were before it, by
// undoing it on them alone.
func (st step) before(doc Document) (*snapshot, error) {
	mini := &Set{Document: doc}
	for _, c := range st.after.claimsByID() {
		if c != nil {
			mini.Claims = append(mini.Claims, c.clone())
		}
	}
	for _, sp := range st.after.speakersByID() {
		if sp != nil {
			mini.Speakers = append(mini.Speakers, cloneSpeaker(*sp))
		}
	}
	if _, err := st.undo.Apply(mini); err != nil {
		return nil, errors.Join(errors.New("undo: the step's earlier state cannot be worked out"), err)
	}
	return takeSnapshot(mini, st.after.claimIDs, st.after.speakerIDs), nil
}

// scopeClaim moves claim id from `from` towards `to` where the set still
// has what from says; nil means absent.
func (h *History) scopeClaim(id string, from, to *Claim, ix *TextIndex) {
	i := claimIndex(h.set, id)
	switch {
	case i < 0 && from == nil && to != nil:
		h.set.Claims = append(h.set.Claims, to.clone())
	case i < 0 || from == nil:
		// Deleted since elsewhere, or come from elsewhere: theirs stays.
	case to == nil:
		if sameClaim(h.set.Claims[i], *from) {
			h.set.Claims = slices.Delete(h.set.Claims, i, i+1)
		} // edited since elsewhere: an edit is not thrown away
	default:
		cur := h.set.Claims[i]
		out := cur.clone()
		for _, f := range ClaimFields {
			if sameField(&cur, from, f) {
				VersionOf(to, f).applyTo(&out)
			}
		}
		out.Conflicts = mergeConflicts(from.Conflicts, cur.Conflicts, to.Conflicts)
		tidyConflicts(&out)
		if !anchorsFit(&out, ix) {
			return // the place and the cue or mentions would not fit together
		}
		h.set.Claims[i] = restamp(out, cur, *to)
	}
}

// scopeSpeaker is scopeClaim for a speaker, field by field.
func (h *History) scopeSpeaker(id string, from, to *Speaker) {
	i := speakerIndex(h.set, id)
	switch {
	case i < 0 && from == nil && to != nil:
		h.set.Speakers = append(h.set.Speakers, cloneSpeaker(*to))
	case i < 0 || from == nil:
	case to == nil:
		if sameSpeaker(h.set.Speakers[i], *from) && !speakerNamed(h.set, id) {
			h.set.Speakers = slices.Delete(h.set.Speakers, i, i+1)
		}
	default:
		cur := h.set.Speakers[i]
		out := cloneSpeaker(cur)
		back := func(c, f, t string) string {
			if c == f {
				return t
			}
			return c
		}
		out.Name = back(cur.Name, from.Name, to.Name)
		out.Kind = SpeakerKind(back(string(cur.Kind), string(from.Kind), string(to.Kind)))
		out.Title = back(cur.Title, from.Title, to.Title)
		out.Affiliation = back(cur.Affiliation, from.Affiliation, to.Affiliation)
		out.Aliases = mergeStrings(from.Aliases, cur.Aliases, to.Aliases)
		h.set.Speakers[i] = out
	}
}

// uniqueIDs is ids without repeats, in order.
func uniqueIDs(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// speakerNamed tells whether a claim or a version names speaker id.
func speakerNamed(s *Set, id string) bool {
	for i := range s.Claims {
		if s.Claims[i].SpeakerID == id || namesInVersions(&s.Claims[i], id) {
			return true
		}
	}
	return false
}

// unassignMissing unattributes claims (and versions) whose speaker is not
// in the set: a scoped undo may bring back a claim naming a speaker deleted
// elsewhere since.
func unassignMissing(s *Set) {
	have := make(map[string]bool, len(s.Speakers))
	for _, sp := range s.Speakers {
		have[sp.ID] = true
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		if c.SpeakerID != "" && !have[c.SpeakerID] {
			c.SpeakerID = ""
		}
		if !slices.ContainsFunc(c.Conflicts, func(v Conflict) bool { return v.Field == FieldSpeaker && v.SpeakerID != "" && !have[v.SpeakerID] }) {
			continue
		}
		// A new list: the old one may be shared with a snapshot.
		vs := slices.Clone(c.Conflicts)
		for k := range vs {
			if vs[k].Field == FieldSpeaker && !have[vs[k].SpeakerID] {
				vs[k].SpeakerID = ""
			}
		}
		c.Conflicts = vs
		tidyConflicts(c)
	}
}
