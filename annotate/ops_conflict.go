package annotate

import (
	"slices"
	"time"
)

// UseVersion settles a claim's field on one of its conflict versions: the
// field takes the version's value and the field's versions are dropped
// (the user has seen them all and picked). A version of a deletion deletes
// the claim. Through a History, Modified is set to now. A version's place
// in the text is checked again: the text may have changed since.
func UseVersion(claimID string, v Conflict) Op {
	return resolveVersion{claimID: claimID, v: v.clone(), use: true}
}

// DismissVersion drops one conflict version of a claim: the user keeps the
// value the claim has. Through a History, Modified is set to now.
func DismissVersion(claimID string, v Conflict) Op {
	return resolveVersion{claimID: claimID, v: v.clone()}
}

type resolveVersion struct {
	claimID string
	v       Conflict
	use     bool
	at      time.Time
	device  string
}

func (o resolveVersion) Label() string {
	if o.use {
		return "Use the other version"
	}
	return "Keep this version"
}

func (o resolveVersion) Apply(s *Set) (Op, error) {
	i := claimIndex(s, o.claimID)
	if i < 0 {
		return nil, opFailf(o.Label(), claimPath(o.claimID), "does not exist")
	}
	k := slices.IndexFunc(s.Claims[i].Conflicts, func(v Conflict) bool { return SameVersion(v, o.v) })
	if k < 0 {
		return nil, opFailf(o.Label(), claimPath(o.claimID)+".conflicts", "has no such version of the %s (it was settled elsewhere)", o.v.Field)
	}
	if o.use && o.v.Field == FieldDeleted {
		return removeClaim{label: o.Label(), id: o.claimID}.Apply(s)
	}
	c := s.Claims[i].clone()
	if o.use {
		o.v.applyTo(&c)
		c.Conflicts = slices.DeleteFunc(c.Conflicts, func(v Conflict) bool { return v.Field == o.v.Field })
	} else {
		c.Conflicts = slices.Delete(c.Conflicts, k, k+1)
	}
	tidyConflicts(&c)
	if !o.at.IsZero() {
		stamp(&c, o.at, o.device)
	}
	var ps Problems
	opCheckClaim(&ps, s, &c, DocumentIndex(s.Document))
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	return replaceClaim{label: o.Label(), c: c}.Apply(s)
}

func (o resolveVersion) prepare(p *prep) Op {
	o.at, o.device = p.now, p.device
	return o
}
