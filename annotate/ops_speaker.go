package annotate

import (
	"slices"
	"strings"
	"time"
)

// AddSpeaker adds a speaker at the end of the list. Through a History, a
// missing ID is filled in.
func AddSpeaker(sp Speaker) Op { return addSpeaker{sp: cloneSpeaker(sp)} }

type addSpeaker struct{ sp Speaker }

func (addSpeaker) Label() string { return "Add speaker" }

func (o addSpeaker) Apply(s *Set) (Op, error) {
	var ps Problems
	if speakerIndex(s, o.sp.ID) >= 0 {
		ps.Add(speakerPath(o.sp.ID)+".id", "already exists")
	}
	if len(s.Speakers) >= MaxSpeakers {
		ps.Add("speakers", "the set already has %d speakers, the limit", len(s.Speakers))
	}
	opCheckSpeaker(&ps, &o.sp)
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	return insertSpeaker{label: o.Label(), at: len(s.Speakers), sp: o.sp}.Apply(s)
}

func (o addSpeaker) prepare(p *prep) Op {
	if o.sp.ID == "" {
		o.sp.ID = p.id("s")
	}
	return o
}

// EditSpeaker replaces the speaker that has sp.ID with sp.
func EditSpeaker(sp Speaker) Op { return editSpeaker{sp: cloneSpeaker(sp)} }

type editSpeaker struct{ sp Speaker }

func (editSpeaker) Label() string { return "Edit speaker" }

func (o editSpeaker) Apply(s *Set) (Op, error) {
	if speakerIndex(s, o.sp.ID) < 0 {
		return nil, opFailf(o.Label(), speakerPath(o.sp.ID), "does not exist")
	}
	var ps Problems
	opCheckSpeaker(&ps, &o.sp)
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	return replaceSpeaker{label: o.Label(), sp: o.sp}.Apply(s)
}

// DeleteSpeaker removes a speaker; its claims become unattributed (through
// a History their Modified is set to now). Undo restores both.
func DeleteSpeaker(id string) Op { return deleteSpeaker{id: id} }

type deleteSpeaker struct {
	id     string
	at     time.Time
	device string
}

func (deleteSpeaker) Label() string { return "Delete speaker" }

func (o deleteSpeaker) Apply(s *Set) (Op, error) {
	if speakerIndex(s, o.id) < 0 {
		return nil, opFailf(o.Label(), speakerPath(o.id), "does not exist")
	}
	ops := reattribute(s, o.Label(), o.id, "", o.at, o.device)
	ops = append(ops, removeSpeaker{label: o.Label(), id: o.id})
	return applySeq(s, o.Label(), ops)
}

func (o deleteSpeaker) prepare(p *prep) Op {
	o.at, o.device = p.now, p.device
	return o
}

// MergeSpeakers folds speaker goneID into keepID: gone's claims move to
// keep, gone's name and aliases become aliases of keep (without duplicates,
// compared case-insensitively), and gone is removed. Undo restores exactly.
func MergeSpeakers(keepID, goneID string) Op { return mergeSpeakers{keep: keepID, gone: goneID} }

type mergeSpeakers struct {
	keep, gone string
	at         time.Time
	device     string
}

func (mergeSpeakers) Label() string { return "Merge speakers" }

func (o mergeSpeakers) Apply(s *Set) (Op, error) {
	var ps Problems
	ki, gi := speakerIndex(s, o.keep), speakerIndex(s, o.gone)
	if ki < 0 {
		ps.Add(speakerPath(o.keep), "does not exist")
	}
	if gi < 0 {
		ps.Add(speakerPath(o.gone), "does not exist")
	}
	if o.keep == o.gone {
		ps.Add(speakerPath(o.keep), "cannot be merged into itself")
	}
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	keep, gone := cloneSpeaker(s.Speakers[ki]), s.Speakers[gi]
	keep.Aliases = mergeAliases(keep, gone)
	// The merged aliases may pass the limit, which Validate would refuse.
	opCheckSpeaker(&ps, &keep)
	if err := opFail(o.Label(), ps); err != nil {
		return nil, err
	}
	ops := []Op{replaceSpeaker{label: o.Label(), sp: keep}}
	ops = append(ops, reattribute(s, o.Label(), o.gone, o.keep, o.at, o.device)...)
	ops = append(ops, removeSpeaker{label: o.Label(), id: o.gone})
	return applySeq(s, o.Label(), ops)
}

func (o mergeSpeakers) prepare(p *prep) Op {
	o.at, o.device = p.now, p.device
	return o
}

// mergeAliases is keep's aliases followed by gone's name and aliases, in
// that order, leaving out blanks, keep's own name and repeats.
func mergeAliases(keep, gone Speaker) []string {
	seen := map[string]bool{aliasKey(keep.Name): true}
	out := slices.Clone(keep.Aliases)
	for _, a := range keep.Aliases {
		seen[aliasKey(a)] = true
	}
	for _, a := range append([]string{gone.Name}, gone.Aliases...) {
		k := aliasKey(a)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, strings.TrimSpace(a))
	}
	return out
}

func aliasKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// reattribute is the replacement that moves every claim of speaker from
// to speaker to, stamping Modified with at (and device) unless at is zero;
// nil when no claim names the speaker. Conflict versions naming from name
// to instead (an unattributed version when to is ""), so that every
// speaker reference stays one of the set's.
func reattribute(s *Set, label, from, to string, at time.Time, device string) []Op {
	var cs []Claim
	for i := range s.Claims {
		if s.Claims[i].SpeakerID != from && !namesInVersions(&s.Claims[i], from) {
			continue
		}
		c := s.Claims[i].clone()
		if c.SpeakerID == from {
			c.SpeakerID = to
		}
		for k := range c.Conflicts {
			if v := &c.Conflicts[k]; v.Field == FieldSpeaker && v.SpeakerID == from {
				v.SpeakerID = to
			}
		}
		tidyConflicts(&c)
		if !at.IsZero() {
			stamp(&c, at, device)
		}
		cs = append(cs, c)
	}
	if len(cs) == 0 {
		return nil
	}
	return []Op{replaceClaims{label: label, cs: cs}}
}

// namesInVersions tells whether one of c's conflict versions names speaker id.
func namesInVersions(c *Claim, id string) bool {
	for _, v := range c.Conflicts {
		if v.Field == FieldSpeaker && v.SpeakerID == id {
			return true
		}
	}
	return false
}
