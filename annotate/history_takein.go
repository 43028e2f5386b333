package annotate

import (
	"errors"
	"fmt"
	"slices"
)

// TakeIn makes the set's claims and speakers those of other: the same
// document as changed elsewhere (a sync merge, another tab's save). It is
// not a step that Undo takes back whole, which would revert another
// device's work; the history stays, and the steps done before undo and
// redo only their own changes, claim by claim and field by field
// (history_scoped.go).
//
// Where other replaced a field this page showed and keeps what it showed
// as a conflict version (a field changed on both devices, the other's
// edit newer), TakeIn adds one undo step, named label: Undo puts this
// page's values back in those fields alone and keeps the other device's as
// the versions instead; Redo swaps them again. It tells whether it added
// that step.
func (h *History) TakeIn(label string, other *Set) (bool, error) {
	if other == nil {
		return false, errors.New("take in: no set")
	}
	if other.Document.ID != h.set.Document.ID {
		return false, fmt.Errorf("take in: the set is of document %q, not the open %q", other.Document.ID, h.set.Document.ID)
	}
	prev := claimMap(h.set)
	h.set.Speakers = slices.Clone(other.Speakers)
	for i := range h.set.Speakers {
		h.set.Speakers[i] = cloneSpeaker(h.set.Speakers[i])
	}
	h.set.Claims = slices.Clone(other.Claims)
	for i := range h.set.Claims {
		h.set.Claims[i] = h.set.Claims[i].clone()
	}
	h.epoch++
	h.version++
	now, back := h.ownVersionsBack(prev)
	if len(back) == 0 {
		return false, nil
	}
	ids := make([]string, len(now))
	for i, c := range now {
		ids[i] = c.ID
	}
	h.push(step{
		do:    replaceClaims{label: label, cs: now},
		undo:  replaceClaims{label: label, cs: back},
		epoch: h.epoch,
		after: takeSnapshot(h.set, ids, nil),
	})
	return true, nil
}

// ownVersionsBack finds the claims where a field now holds another
// device's value and keeps the value shown here before (prev) as a
// version; back is each with this page's values back in those fields, the
// other device's kept as the versions instead, stamped now (undoing is
// this page's newest edit).
func (h *History) ownVersionsBack(prev map[string]Claim) (now, back []Claim) {
	stamp0 := h.prepare()
	for _, c := range h.set.Claims {
		p, ok := prev[c.ID]
		if !ok || len(c.Conflicts) == 0 {
			continue
		}
		b := c.clone()
		swapped := false
		for _, v := range c.Conflicts {
			if v.Field == FieldDeleted || !v.Holds(&p) || v.Holds(&c) || hasVersion(p.Conflicts, v) {
				continue
			}
			theirs := VersionOf(&c, v.Field)
			v.applyTo(&b)
			b.Conflicts = slices.DeleteFunc(b.Conflicts, func(x Conflict) bool { return SameVersion(x, v) })
			b.Conflicts = append(b.Conflicts, theirs)
			swapped = true
		}
		if !swapped {
			continue
		}
		tidyConflicts(&b)
		stamp(&b, stamp0.now, stamp0.device)
		now = append(now, c.clone())
		back = append(back, b)
	}
	return now, back
}

func hasVersion(list []Conflict, v Conflict) bool {
	return slices.ContainsFunc(list, func(x Conflict) bool { return SameVersion(x, v) })
}
