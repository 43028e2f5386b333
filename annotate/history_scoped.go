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

// snapshot is some claims and speakers of a set, by id; nil: absent.
type snapshot struct {
	claimIDs, speakerIDs []string // in a fixed order
	claims               map[string]*Claim
	speakers             map[string]*Speaker
}

// snapshotAfter records what inv (a step's inverse) touches, as set has
// it now; nil when inv does not say what it touches.
func snapshotAfter(set *Set, inv Op) *snapshot {
	var t touches
	if !t.add(inv, set) {
		return nil
	}
	return takeSnapshot(set, t.claims, t.speakers)
}

func takeSnapshot(set *Set, claimIDs, speakerIDs []string) *snapshot {
	sn := &snapshot{claimIDs: claimIDs, speakerIDs: speakerIDs,
		claims: make(map[string]*Claim, len(claimIDs)), speakers: make(map[string]*Speaker, len(speakerIDs))}
	for _, id := range claimIDs {
		sn.claims[id] = nil
		if i := claimIndex(set, id); i >= 0 {
			c := set.Claims[i].clone()
			sn.claims[id] = &c
		}
	}
	for _, id := range speakerIDs {
		sn.speakers[id] = nil
		if i := speakerIndex(set, id); i >= 0 {
			sp := cloneSpeaker(set.Speakers[i])
			sn.speakers[id] = &sp
		}
	}
	return sn
}

// touches collects the ids an op changes.
type touches struct {
	claims, speakers []string
	seenC, seenS     map[string]bool
}

func (t *touches) claim(id string) {
	if t.seenC == nil {
		t.seenC = map[string]bool{}
	}
	if !t.seenC[id] {
		t.seenC[id] = true
		t.claims = append(t.claims, id)
	}
}

func (t *touches) speaker(id string) {
	if t.seenS == nil {
		t.seenS = map[string]bool{}
	}
	if !t.seenS[id] {
		t.seenS[id] = true
		t.speakers = append(t.speakers, id)
	}
}

// add records what op changes (every raw op says; a group is its ops);
// false for an op it does not know.
func (t *touches) add(op Op, set *Set) bool {
	switch o := op.(type) {
	case insertClaim:
		t.claim(o.c.ID)
	case removeClaim:
		t.claim(o.id)
	case replaceClaim:
		t.claim(o.c.ID)
	case replaceClaims:
		for _, c := range o.cs {
			t.claim(c.ID)
		}
	case insertSpeaker:
		t.speaker(o.sp.ID)
	case removeSpeaker:
		t.speaker(o.id)
	case replaceSpeaker:
		t.speaker(o.sp.ID)
	case group:
		for _, op := range o.ops {
			if !t.add(op, set) {
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
	ix := NewTextIndex(h.set.Document.Text())
	for _, id := range st.after.claimIDs {
		h.scopeClaim(id, from.claims[id], to.claims[id], ix)
	}
	for _, id := range st.after.speakerIDs {
		h.scopeSpeaker(id, from.speakers[id], to.speakers[id])
	}
	unassignMissing(h.set)
	return nil
}

// before works out what the step's claims and speakers were before it, by
// undoing it on them alone.
func (st step) before(doc Document) (*snapshot, error) {
	mini := &Set{Document: doc}
	for _, id := range st.after.claimIDs {
		if c := st.after.claims[id]; c != nil {
			mini.Claims = append(mini.Claims, c.clone())
		}
	}
	for _, id := range st.after.speakerIDs {
		if sp := st.after.speakers[id]; sp != nil {
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
		changed := false
		for k := range c.Conflicts {
			if v := &c.Conflicts[k]; v.Field == FieldSpeaker && v.SpeakerID != "" && !have[v.SpeakerID] {
				v.SpeakerID = ""
				changed = true
			}
		}
		if changed {
			tidyConflicts(c)
		}
	}
}
