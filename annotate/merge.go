package annotate

import (
	"fmt"
	"slices"
	"time"
)

// Tombstones records claims deleted on this side: claim id → when. They
// stop a merge from bringing back a claim deleted here, unless the other
// side edited it after the deletion.
type Tombstones map[string]time.Time

// MergeReport says what a merge took from the other side ("theirs").
type MergeReport struct {
	Added      int // claims added on their side
	Updated    int // claims changed on their side only
	Deleted    int // claims deleted on their side (and unchanged here)
	Conflicts  int // claims changed on both sides (the later Modified won)
	TheirsWon  int // of the conflicts, how many their edit won
	Restored   int // claims deleted here but edited there afterwards: kept
	Speakers   int // speakers added, changed or deleted from their side
	Unassigned int // claims left without a speaker the merge dropped
}

// FromTheirs is how many claims the merge took from the other side.
func (r MergeReport) FromTheirs() int {
	return r.Added + r.Updated + r.Deleted + r.TheirsWon + r.Restored
}

// Changed tells whether the merge took anything from the other side.
func (r MergeReport) Changed() bool { return r.FromTheirs() > 0 || r.Speakers > 0 || r.Unassigned > 0 }

// Merge combines two versions of one set that both started from base (the
// copy last agreed on; nil when there is none), three-way, by id:
//   - a claim or speaker changed (or added) on one side only takes that side;
//   - deleted on one side and unchanged on the other: deleted;
//   - changed on both sides: the claim with the later Modified wins (mine on
//     a tie); for speakers, mine;
//   - a claim deleted here (deleted says when) that the other side edited
//     afterwards is kept, as theirs; deleted earlier, it stays deleted;
//   - a speaker deleted on one side but still named by a kept claim stays.
//
// mine, theirs and base are not changed. The result keeps mine's document
// and order, with claims only theirs has after, in their order; it is
// checked with Validate.
func Merge(base, mine, theirs *Set, deleted Tombstones) (*Set, MergeReport, error) {
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

	baseC, theirC := claimMap(base), claimMap(theirs)
	mineC := claimMap(mine)

	claims := make([]Claim, 0, len(mine.Claims)+len(theirs.Claims))
	for _, m := range out.Claims {
		b, inBase := baseC[m.ID]
		t, inTheirs := theirC[m.ID]
		switch {
		case inTheirs && sameClaim(m, t):
			claims = append(claims, m)
		case inTheirs && inBase && sameClaim(m, b):
			claims = append(claims, t.clone()) // changed there only
			rep.Updated++
		case inTheirs && inBase && sameClaim(t, b):
			claims = append(claims, m) // changed here only
		case inTheirs:
			// Changed on both sides (or added on both without a base).
			rep.Conflicts++
			if t.Modified.After(m.Modified) {
				claims = append(claims, t.clone())
				rep.TheirsWon++
			} else {
				claims = append(claims, m)
			}
		case inBase && sameClaim(m, b):
			rep.Deleted++ // deleted there, untouched here
		default:
			claims = append(claims, m) // added here, or edited here after their deletion
		}
	}
	for _, t := range theirs.Claims {
		if _, ok := mineC[t.ID]; ok {
			continue
		}
		b, inBase := baseC[t.ID]
		when, gone := deleted[t.ID]
		switch {
		case gone && !t.Modified.After(when):
			// Deleted here after their last edit.
		case gone:
			claims = append(claims, t.clone())
			rep.Restored++
		case inBase && sameClaim(t, b):
			// Deleted here (no tombstone), unchanged there.
		case inBase:
			claims = append(claims, t.clone()) // edited there: an edit beats a deletion of unknown time
			rep.Restored++
		default:
			claims = append(claims, t.clone())
			rep.Added++
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

// mergeSpeakerLists is the three-way merge of the speaker lists; a speaker that
// a kept claim names is never dropped.
func mergeSpeakerLists(base *Set, mine []Speaker, theirs *Set, claims []Claim, rep *MergeReport) []Speaker {
	named := map[string]bool{}
	for _, c := range claims {
		named[c.SpeakerID] = true
	}
	baseS, theirS := speakerMap(base.Speakers), speakerMap(theirs.Speakers)
	mineS := speakerMap(mine)
	out := make([]Speaker, 0, len(mine)+len(theirs.Speakers))
	for _, m := range mine {
		b, inBase := baseS[m.ID]
		t, inTheirs := theirS[m.ID]
		switch {
		case inTheirs && inBase && sameSpeaker(m, b) && !sameSpeaker(t, b):
			out = append(out, cloneSpeaker(t)) // changed there only
			rep.Speakers++
		case inTheirs:
			out = append(out, m) // same, changed here, or both: mine
		case inBase && sameSpeaker(m, b) && !named[m.ID]:
			rep.Speakers++ // deleted there, untouched here
		default:
			out = append(out, m)
		}
	}
	for _, t := range theirs.Speakers {
		if _, ok := mineS[t.ID]; ok {
			continue
		}
		b, inBase := baseS[t.ID]
		if inBase && sameSpeaker(t, b) && !named[t.ID] {
			continue // deleted here, unchanged there
		}
		out = append(out, cloneSpeaker(t))
		rep.Speakers++
	}
	return out
}

func claimMap(s *Set) map[string]Claim {
	m := make(map[string]Claim, len(s.Claims))
	for _, c := range s.Claims {
		m[c.ID] = c
	}
	return m
}

func speakerMap(list []Speaker) map[string]Speaker {
	m := make(map[string]Speaker, len(list))
	for _, s := range list {
		m[s.ID] = s
	}
	return m
}

// sameClaim compares content; times by instant and nil slices equal to
// empty ones, so a copy that went through JSON compares equal.
func sameClaim(a, b Claim) bool {
	return a.ID == b.ID && a.Span == b.Span && a.SpeakerID == b.SpeakerID &&
		a.Attribution == b.Attribution && sameCue(a.Cue, b.Cue) &&
		slices.Equal(a.Mentions, b.Mentions) && a.Kind == b.Kind && a.Note == b.Note &&
		slices.Equal(a.Tags, b.Tags) && a.Orphan == b.Orphan &&
		a.Created.Equal(b.Created) && a.Modified.Equal(b.Modified) && a.Creator == b.Creator &&
		a.Origin.Equal(b.Origin)
}

func sameCue(a, b *Span) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func sameSpeaker(a, b Speaker) bool {
	return a.ID == b.ID && a.Name == b.Name && a.Kind == b.Kind && a.Title == b.Title &&
		a.Affiliation == b.Affiliation && slices.Equal(a.Aliases, b.Aliases)
}
