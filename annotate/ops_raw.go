package annotate

import "slices"

// Raw ops are the inverses the public ops return. They restore an earlier
// state exactly (position in the slice included) and so do not validate the
// content: the earlier state may have been loaded from a file with problems,
// and undo must still bring it back.

type insertClaim struct {
	label string
	at    int
	c     Claim
}

func (o insertClaim) Label() string { return o.label }

func (o insertClaim) Apply(s *Set) (Op, error) {
	if claimIndex(s, o.c.ID) >= 0 {
		return nil, opFailf(o.label, claimPath(o.c.ID), "already exists")
	}
	at := min(max(o.at, 0), len(s.Claims))
	s.Claims = slices.Insert(s.Claims, at, o.c.clone())
	return removeClaim{label: o.label, id: o.c.ID}, nil
}

type removeClaim struct {
	label string
	id    string
}

func (o removeClaim) Label() string { return o.label }

func (o removeClaim) Apply(s *Set) (Op, error) {
	i := claimIndex(s, o.id)
	if i < 0 {
		return nil, opFailf(o.label, claimPath(o.id), "does not exist")
	}
	old := s.Claims[i]
	s.Claims = slices.Delete(s.Claims, i, i+1)
	return insertClaim{label: o.label, at: i, c: old}, nil
}

type replaceClaim struct {
	label string
	c     Claim
}

func (o replaceClaim) Label() string { return o.label }

func (o replaceClaim) Apply(s *Set) (Op, error) {
	i := claimIndex(s, o.c.ID)
	if i < 0 {
		return nil, opFailf(o.label, claimPath(o.c.ID), "does not exist")
	}
	old := s.Claims[i]
	s.Claims[i] = o.c.clone()
	return replaceClaim{label: o.label, c: old}, nil
}

type insertSpeaker struct {
	label string
	at    int
	sp    Speaker
}

func (o insertSpeaker) Label() string { return o.label }

func (o insertSpeaker) Apply(s *Set) (Op, error) {
	if speakerIndex(s, o.sp.ID) >= 0 {
		return nil, opFailf(o.label, speakerPath(o.sp.ID), "already exists")
	}
	at := min(max(o.at, 0), len(s.Speakers))
	s.Speakers = slices.Insert(s.Speakers, at, cloneSpeaker(o.sp))
	return removeSpeaker{label: o.label, id: o.sp.ID}, nil
}

type removeSpeaker struct {
	label string
	id    string
}

func (o removeSpeaker) Label() string { return o.label }

func (o removeSpeaker) Apply(s *Set) (Op, error) {
	i := speakerIndex(s, o.id)
	if i < 0 {
		return nil, opFailf(o.label, speakerPath(o.id), "does not exist")
	}
	old := s.Speakers[i]
	s.Speakers = slices.Delete(s.Speakers, i, i+1)
	return insertSpeaker{label: o.label, at: i, sp: old}, nil
}

type replaceSpeaker struct {
	label string
	sp    Speaker
}

func (o replaceSpeaker) Label() string { return o.label }

func (o replaceSpeaker) Apply(s *Set) (Op, error) {
	i := speakerIndex(s, o.sp.ID)
	if i < 0 {
		return nil, opFailf(o.label, speakerPath(o.sp.ID), "does not exist")
	}
	old := s.Speakers[i]
	s.Speakers[i] = cloneSpeaker(o.sp)
	return replaceSpeaker{label: o.label, sp: old}, nil
}

// cloneSpeaker copies the alias slice so that an op and the set never share
// a backing array.
func cloneSpeaker(sp Speaker) Speaker {
	sp.Aliases = slices.Clone(sp.Aliases)
	return sp
}
