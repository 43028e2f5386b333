package annotate

import (
	"fmt"
	"slices"
	"time"
)

// Tombstones records claims deleted on this side: claim id → when. They
// stop a merge from bringing back a claim deleted here, and say when it
// was deleted.
type Tombstones map[string]time.Time

// MergeOptions is what a merge knows about this side besides its set.
type MergeOptions struct {
	// Deleted are the claims deleted here since the base, with when.
	Deleted Tombstones
	// Device is this side's device label: where its deletions were made.
	Device string
	// Now is stamped on a deletion on the other side, whose time is not
	// known (the other side's set only lacks the claim).
	Now time.Time
}

// Merge combines two versions of one set that both started from base (the
// copy last agreed on; nil when there is none), three-way, claim by claim
// and field by field (ClaimFields), so that no edit is lost without a
// trace:
//   - a field changed on one side only takes that side's value; fields
//     changed on different sides both apply;
//   - a field changed on both sides takes the value of the claim modified
//     later (mine on a tie), and the other value is kept on the claim as a
//     Conflict (when and where it was made), until the user picks one;
//   - a claim deleted on one side and unchanged on the other is deleted; one
//     deleted on one side and edited on the other is kept, with a Conflict
//     saying it was deleted (an edit is never thrown away by a deletion
//     the editor did not see). A claim deleted here that the base lacks
//     stays deleted unless the other side edited it after the deletion or
//     last changed it on another device (unseenThere);
//   - the claims' Conflict lists merge three-way: a version settled on one
//     side goes, one added on either side stays;
//   - speakers merge field by field too; on a double change mine applies
//     and the other name becomes an alias; a speaker deleted on one side
//     but still named by a kept claim or version stays.
//
// mine, theirs and base are not changed. The result keeps mine's document
// and order, with claims only theirs has after, in their order; it is
// checked with Validate. The report names every claim the merge took
// something from theirs for or found changed on both sides.
func Merge(base, mine, theirs *Set, o MergeOptions) (*Set, MergeReport, error) {
	var rep MergeReport
	if mine == nil || theirs == nil {
		return nil, rep, fmt.Errorf("merge: missing set (mine %v, theirs %v)", mine != nil, theirs != nil)
	}
	if mine.Document.ID != theirs.Document.ID {
		return nil, rep, fmt.Errorf("merge: different documents (%s here, %s there)", mine.Document.ID, theirs.Document.ID)
	}
	if base == nil || base.Document.ID != mine.Document.ID {
		base = &Set{}
	}
	out := mine.Clone()
	out.Format = FormatVersion
	m := claimMerger{ix: DocumentIndex(mine.Document), o: o, rep: &rep,
		base: claimMap(base), mine: claimMap(mine), theirs: claimMap(theirs)}
	claims := make([]Claim, 0, len(mine.Claims)+len(theirs.Claims))
	for _, c := range out.Claims {
		if kept, ok := m.fromMine(c); ok {
			claims = append(claims, kept)
		}
	}
	for _, t := range theirs.Claims {
		if kept, ok := m.fromTheirs(t); ok {
			claims = append(claims, kept)
		}
	}
	out.Claims = claims

	out.Speakers = mergeSpeakerLists(base, out.Speakers, theirs, claims, &rep)
	have := map[string]bool{}
	for _, s := range out.Speakers {
		have[s.ID] = true
	}
	for i := range out.Claims {
		if id := out.Claims[i].SpeakerID; id != "" && !have[id] {
			out.Claims[i].SpeakerID = ""
			rep.Unassigned++
		}
	}
	if err := Validate(out); err != nil {
		return nil, rep, fmt.Errorf("merge: the merged set is not valid: %w", err)
	}
	return out, rep, nil
}

// claimMerger holds what merging the claims one by one needs.
type claimMerger struct {
	ix                 *TextIndex
	o                  MergeOptions
	rep                *MergeReport
	base, mine, theirs map[string]Claim
}

// fromMine merges a claim this side has; ok is false when it goes.
func (m claimMerger) fromMine(c Claim) (Claim, bool) {
	b, inBase := m.base[c.ID]
	t, inTheirs := m.theirs[c.ID]
	switch {
	case inTheirs:
		var bp *Claim
		if inBase {
			bp = &b
		}
		out, cm := mergeClaim(bp, c, t, m.ix)
		m.rep.add(cm)
		return out, true
	case inBase && sameClaim(c, b):
		m.rep.add(ClaimMerge{ID: c.ID, Quote: c.Span.Exact, Change: ChangeDeleted})
		return Claim{}, false
	case inBase:
		// Deleted there, edited here: kept, and the deletion is a version.
		c.Conflicts = append(c.Conflicts, DeletedVersion(m.o.Now, ""))
		tidyConflicts(&c)
		m.rep.add(ClaimMerge{ID: c.ID, Quote: c.Span.Exact, Change: ChangeKept})
		return c, true
	}
	return c, true // added here
}

// fromTheirs merges a claim only the other side has; ok is false when it
// stays out.
func (m claimMerger) fromTheirs(t Claim) (Claim, bool) {
	if _, ok := m.mine[t.ID]; ok {
		return Claim{}, false // merged with mine's
	}
	b, inBase := m.base[t.ID]
	when, gone := m.o.Deleted[t.ID]
	switch {
	case inBase && sameClaim(t, b):
		return Claim{}, false // deleted here, unchanged there
	case inBase || (gone && m.unseenThere(t, when)):
		// Deleted here, edited there: kept, and the deletion is a version.
		at := when
		if !gone {
			at = m.o.Now
		}
		c := t.clone()
		c.Conflicts = append(c.Conflicts, DeletedVersion(at, m.o.Device))
		tidyConflicts(&c)
		m.rep.add(ClaimMerge{ID: t.ID, Quote: t.Span.Exact, Change: ChangeKept, DeletedHere: true})
		return c, true
	case gone:
		return Claim{}, false // no base: deleted here after their last edit
	}
	m.rep.add(ClaimMerge{ID: t.ID, Quote: t.Span.Exact, Change: ChangeAdded})
	return t.clone(), true
}

// unseenThere tells whether their claim, which this side deleted at when
// and whose base copy it does not have, holds an edit this side had not
// seen when it deleted it: one made after the deletion, or one made on
// another device (this side never had their copy of the claim: it only
// ever had the claim as it was before it came back to the server, say
// restored by an undo after its deletion had been synced). A claim last
// changed here, or by no known device, stays deleted unless edited later.
func (m claimMerger) unseenThere(t Claim, when time.Time) bool {
	if t.Modified.After(when) {
		return true
	}
	return m.o.Device != "" && t.Device != "" && t.Device != m.o.Device
}

func claimMap(s *Set) map[string]Claim {
	m := make(map[string]Claim, len(s.Claims))
	for _, c := range s.Claims {
		m[c.ID] = c
	}
	return m
}

// SameContent tells whether two sets say the same: the same document,
// speakers and claims in the same order (times compared by instant). A
// save sent again whose first try reached the server finds its own set
// there.
func SameContent(a, b *Set) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Document.ID == b.Document.ID &&
		slices.EqualFunc(a.Speakers, b.Speakers, sameSpeaker) &&
		slices.EqualFunc(a.Claims, b.Claims, sameClaim)
}
