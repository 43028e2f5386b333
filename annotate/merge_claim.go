package annotate

import "slices"

// mergeClaim merges a claim both sides have, field by field (b is the
// base's version, nil when there is none): see Merge.
func mergeClaim(b *Claim, m, t Claim, ix *TextIndex) (Claim, ClaimMerge) {
	cm := ClaimMerge{ID: m.ID, Quote: m.Span.Exact}
	if sameClaim(m, t) {
		return m, cm
	}
	theirsNewer := t.Modified.After(m.Modified)
	out := m.clone()
	var lost []Conflict
	for _, f := range ClaimFields {
		switch {
		case sameField(&m, &t, f):
		case b != nil && sameField(&m, b, f):
			VersionOf(&t, f).applyTo(&out) // changed there only
			cm.Fields = append(cm.Fields, f)
		case b != nil && sameField(&t, b, f):
			// changed here only
		case theirsNewer:
			VersionOf(&t, f).applyTo(&out)
			lost = append(lost, VersionOf(&m, f))
			cm.Won = append(cm.Won, f)
		default:
			lost = append(lost, VersionOf(&t, f))
			cm.Lost = append(cm.Lost, f)
		}
	}
	if out.Origin == nil {
		out.Origin = t.Origin.clone() // where an import came from is never lost
	}
	if !anchorsFit(&out, ix) {
		// The quote's place came from one side and the cue or mentions
		// from the other across an orphaning: take the newer claim whole.
		return wholeClaim(b, m, t)
	}
	var bv []Conflict
	if b != nil {
		bv = b.Conflicts
	}
	out.Conflicts = mergeConflicts(bv, m.Conflicts, t.Conflicts)
	cm.Versions = !sameConflicts(out.Conflicts, m.Conflicts)
	out.Conflicts = append(out.Conflicts, lost...)
	tidyConflicts(&out)
	return restamp(out, m, t), cm.classify()
}

// wholeClaim merges by taking the newer claim whole; the fields the older
// one changed become versions.
func wholeClaim(b *Claim, m, t Claim) (Claim, ClaimMerge) {
	cm := ClaimMerge{ID: m.ID, Quote: m.Span.Exact}
	theirsNewer := t.Modified.After(m.Modified)
	win, lose := m, t
	if theirsNewer {
		win, lose = t, m
	}
	out := win.clone()
	var lost []Conflict
	for _, f := range ClaimFields {
		switch {
		case sameField(&m, &t, f):
		case b == nil || !sameField(&lose, b, f):
			lost = append(lost, VersionOf(&lose, f))
			if theirsNewer {
				cm.Won = append(cm.Won, f)
			} else {
				cm.Lost = append(cm.Lost, f)
			}
		case theirsNewer:
			cm.Fields = append(cm.Fields, f)
		}
	}
	var bv []Conflict
	if b != nil {
		bv = b.Conflicts
	}
	out.Conflicts = mergeConflicts(bv, m.Conflicts, t.Conflicts)
	cm.Versions = !sameConflicts(out.Conflicts, m.Conflicts)
	out.Conflicts = append(out.Conflicts, lost...)
	tidyConflicts(&out)
	return out, cm.classify()
}

// restamp gives a merged claim its times and device: theirs exactly when
// the merge gave theirs, else mine's, or the later of the two when both
// contributed.
func restamp(out, m, t Claim) Claim {
	if sameContent(out, t) {
		return t.clone()
	}
	if sameContent(out, m) {
		out.Created, out.Modified, out.Device = m.Created, m.Modified, m.Device
		return out
	}
	if t.Modified.After(m.Modified) {
		out.Modified, out.Device = t.Modified, t.Device
	}
	if !t.Created.IsZero() && (out.Created.IsZero() || t.Created.Before(out.Created)) {
		out.Created = t.Created
	}
	return out
}

// anchorsFit tells whether a claim's spans fit the text (an orphan's only
// need their quotes).
func anchorsFit(c *Claim, ix *TextIndex) bool {
	var ps Problems
	opCheckSpan(&ps, "span", c.Span, ix, c.Orphan)
	if c.Cue != nil {
		opCheckSpan(&ps, "cue", *c.Cue, ix, c.Orphan)
	}
	for _, sp := range c.Mentions {
		opCheckSpan(&ps, "mentions", sp, ix, c.Orphan)
	}
	return len(ps) == 0
}

// sameClaim compares claims; times by instant and nil slices equal to
// empty ones, so a copy that went through JSON compares equal.
func sameClaim(a, b Claim) bool {
	return sameContent(a, b) && a.Created.Equal(b.Created) && a.Modified.Equal(b.Modified) && a.Device == b.Device
}

// sameContent compares what a claim says: every field and its versions,
// not when and where it was changed.
func sameContent(a, b Claim) bool {
	if a.ID != b.ID {
		return false
	}
	for _, f := range ClaimFields {
		if !sameField(&a, &b, f) {
			return false
		}
	}
	return sameConflicts(a.Conflicts, b.Conflicts) && a.Origin.Equal(b.Origin)
}

func sameConflicts(a, b []Conflict) bool {
	return slices.EqualFunc(a, b, SameVersion)
}

func sameCue(a, b *Span) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// ChangeKind says what a merge did with one claim.
type ChangeKind string

const (
	ChangeAdded    ChangeKind = "added"    // added there
	ChangeUpdated  ChangeKind = "updated"  // changed there (Fields, versions settled or added there)
	ChangeDeleted  ChangeKind = "deleted"  // deleted there, unchanged here: gone
	ChangeConflict ChangeKind = "conflict" // fields changed on both sides (Won, Lost)
	ChangeKept     ChangeKind = "kept"     // deleted on one side, edited on the other: kept, marked
)

// ClaimMerge is what a merge did with one claim.
type ClaimMerge struct {
	ID    string
	Quote string // the claim's quote, to name it
	// Change is "" when the merge left the claim as it was here.
	Change ChangeKind
	Fields []ClaimField // changed there only: theirs applies
	Won    []ClaimField // changed on both: theirs (newer) applies; this side's is a version
	Lost   []ClaimField // changed on both: this side's (newer) applies; theirs is a version
	// Versions: the claim's conflict versions changed there.
	Versions bool
	// DeletedHere (ChangeKept): deleted on this side, edited on theirs.
	DeletedHere bool
}

func (c ClaimMerge) classify() ClaimMerge {
	switch {
	case len(c.Won)+len(c.Lost) > 0:
		c.Change = ChangeConflict
	case len(c.Fields) > 0 || c.Versions:
		c.Change = ChangeUpdated
	}
	return c
}

// MergeReport says what a merge did: every claim it took something from
// the other side ("theirs") for or found changed on both sides, in order.
type MergeReport struct {
	Claims []ClaimMerge
	// Speakers counts speakers added, changed or deleted from their side.
	Speakers int
	// SpeakerConflicts names speakers changed on both sides (this side's
	// values apply; their other name is kept as an alias).
	SpeakerConflicts []string
	// Unassigned counts claims left without a speaker the merge dropped.
	Unassigned int
}

func (r *MergeReport) add(c ClaimMerge) {
	if c.Change != "" {
		r.Claims = append(r.Claims, c)
	}
}

// Count is how many claims had the change.
func (r MergeReport) Count(k ChangeKind) int {
	n := 0
	for _, c := range r.Claims {
		if c.Change == k {
			n++
		}
	}
	return n
}

// FromTheirs is how many claims the merge took something from the other
// side for.
func (r MergeReport) FromTheirs() int {
	n := 0
	for _, c := range r.Claims {
		if c.Change != ChangeConflict || len(c.Won) > 0 || len(c.Fields) > 0 || c.Versions {
			n++
		}
	}
	return n
}

// Conflicts is how many claims were changed on both sides (a field, or
// a deletion against an edit).
func (r MergeReport) Conflicts() int {
	return r.Count(ChangeConflict) + r.Count(ChangeKept)
}

// Changed tells whether the merge changed anything here.
func (r MergeReport) Changed() bool {
	return len(r.Claims) > 0 || r.Speakers > 0 || r.Unassigned > 0 || len(r.SpeakerConflicts) > 0
}
