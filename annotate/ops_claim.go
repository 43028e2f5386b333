package annotate

import (
	"time"
)

// AddClaim adds a claim at the end of the set. Through a History, a missing
// ID, Created and Modified are filled in.
func AddClaim(c Claim) Op { return addClaim{c: c.clone()} }

type addClaim struct{ c Claim }

func (addClaim) Label() string { return "Add claim" }

func (o addClaim) Apply(s *Set) (Op, error) {
	var ps Problems
	if claimIndex(s, o.c.ID) >= 0 {
		ps.Add(claimPath(o.c.ID)+".id", "already exists")
	}
	if len(s.Claims) >= MaxClaims {
		ps.Add("claims", "the set already has %d claims, the limit", len(s.Claims))
	}
	opCheckClaim(&ps, s, &o.c, DocumentIndex(s.Document))
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	return insertClaim{label: o.Label(), at: len(s.Claims), c: o.c}.Apply(s)
}

func (o addClaim) prepare(p *prep) Op {
	if o.c.ID == "" {
		o.c.ID = p.id("c")
	}
	if o.c.Created.IsZero() {
		o.c.Created = p.now
	}
	if o.c.Modified.IsZero() {
		o.c.Modified = o.c.Created
	}
	if o.c.Device == "" {
		o.c.Device = p.device
	}
	return o
}

// EditClaim replaces the claim that has c.ID with c. A zero Created keeps
// the old one; through a History, Modified is set to now.
func EditClaim(c Claim) Op { return editClaim{c: c.clone()} }

type editClaim struct {
	c       Claim
	stamped bool // Modified was set to now by the History
	device  string
}

func (editClaim) Label() string { return "Edit claim" }

func (o editClaim) Apply(s *Set) (Op, error) {
	i := claimIndex(s, o.c.ID)
	if i < 0 {
		return nil, opFailf(o.Label(), claimPath(o.c.ID), "does not exist")
	}
	if o.c.Created.IsZero() {
		o.c.Created = s.Claims[i].Created
	}
	if o.stamped {
		stamp(&o.c, o.c.Modified, o.device)
	}
	if len(o.c.Conflicts) > 0 {
		tidyConflicts(&o.c) // a version the edit gave the field again is settled
	}
	var ps Problems
	opCheckClaim(&ps, s, &o.c, DocumentIndex(s.Document))
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	return replaceClaim{label: o.Label(), c: o.c}.Apply(s)
}

func (o editClaim) prepare(p *prep) Op {
	o.c.Modified = p.now
	o.stamped = true
	o.device = p.device
	return o
}

// stamp sets a claim's Modified to at, but never before its Created: a
// claim made on a machine whose clock is ahead must stay editable and
// valid here. A device, if given, is where the change was made.
func stamp(c *Claim, at time.Time, device string) {
	c.Modified = at
	if at.Before(c.Created) {
		c.Modified = c.Created
	}
	if device != "" {
		c.Device = device
	}
}

// DeleteClaim removes a claim; undo puts it back at the same place.
func DeleteClaim(id string) Op { return deleteClaim{id: id} }

type deleteClaim struct{ id string }

func (deleteClaim) Label() string { return "Delete claim" }

func (o deleteClaim) Apply(s *Set) (Op, error) {
	return removeClaim{label: o.Label(), id: o.id}.Apply(s)
}

// AttributeClaim sets a claim's speaker; "" makes it unattributed. Through a
// History, the claim's Modified is set to now.
func AttributeClaim(claimID, speakerID string) Op {
	return attributeClaim{claimID: claimID, speakerID: speakerID}
}

type attributeClaim struct {
	claimID, speakerID string
	at                 time.Time // zero: leave Modified alone
	device             string
}

func (o attributeClaim) Label() string {
	if o.speakerID == "" {
		return "Unattribute claim"
	}
	return "Attribute claim"
}

func (o attributeClaim) Apply(s *Set) (Op, error) {
	var ps Problems
	i := claimIndex(s, o.claimID)
	if i < 0 {
		ps.Add(claimPath(o.claimID), "does not exist")
	}
	if o.speakerID != "" && speakerIndex(s, o.speakerID) < 0 {
		ps.Add(claimPath(o.claimID)+".speaker", "speaker %q does not exist", o.speakerID)
	}
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	c := s.Claims[i].clone()
	c.SpeakerID = o.speakerID
	if !o.at.IsZero() {
		stamp(&c, o.at, o.device)
	}
	return replaceClaim{label: o.Label(), c: c}.Apply(s)
}

func (o attributeClaim) prepare(p *prep) Op {
	o.at, o.device = p.now, p.device
	return o
}
