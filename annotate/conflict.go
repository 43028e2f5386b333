package annotate

import (
	"cmp"
	"encoding/json"
	"slices"
	"strconv"
	"time"
)

// Two devices that edit the same claim before they sync may both change one
// of its fields. The merge (merge.go) applies the newer edit and keeps the
// other on the claim as a Conflict: nothing is lost without a trace, and the
// editor offers it ("Also edited on another device … — use this version")
// until the user picks one. A claim deleted on one device and edited on the
// other is kept, with a Conflict saying that it was deleted there.

// ClaimField names a part of a claim that merges on its own.
type ClaimField string

const (
	FieldSpan        ClaimField = "span" // the quote and its place, with the orphan mark
	FieldSpeaker     ClaimField = "speaker"
	FieldAttribution ClaimField = "attribution"
	FieldKind        ClaimField = "kind"
	FieldCue         ClaimField = "cue"
	FieldMentions    ClaimField = "mentions"
	FieldNote        ClaimField = "note"
	FieldTags        ClaimField = "tags"
	FieldCreator     ClaimField = "creator"
	// FieldDeleted is not a field: a Conflict with it says that the claim
	// was deleted in that version.
	FieldDeleted ClaimField = "deleted"
)

// ClaimFields lists the fields that merge one by one, in display order.
var ClaimFields = []ClaimField{FieldSpan, FieldSpeaker, FieldAttribution, FieldKind, FieldCue, FieldMentions, FieldNote, FieldTags, FieldCreator}

// MaxConflicts bounds the versions kept on one claim; a merge past it drops
// the oldest (a claim edited apart on two devices fifty times over).
const MaxConflicts = 50

// Conflict is a version of one field of a claim that lost a merge, kept on
// the claim: which field, when that version was made and where, and its
// value. Only the value of Field is set; the others stay empty.
type Conflict struct {
	Field    ClaimField `json:"field"`
	Modified time.Time  `json:"modified"`         // when that version was made
	Device   string     `json:"device,omitempty"` // where; "" when not known
	// The value, in the fields of the same names as on the claim.
	Span        *Span           `json:"span,omitempty"`
	Orphan      bool            `json:"orphan,omitempty"`
	SpeakerID   string          `json:"speaker,omitempty"`
	Attribution AttributionType `json:"attribution,omitempty"`
	Cue         *Span           `json:"cue,omitempty"`
	Mentions    []Span          `json:"mentions,omitempty"`
	Kind        ClaimKind       `json:"kind,omitempty"`
	Note        string          `json:"note,omitempty"`
	Tags        []string        `json:"tags,omitempty"`
	Creator     string          `json:"creator,omitempty"`
}

// VersionOf is the version of field f that claim c holds, stamped with
// c's Modified and Device.
func VersionOf(c *Claim, f ClaimField) Conflict {
	v := Conflict{Field: f, Modified: c.Modified, Device: c.Device}
	switch f {
	case FieldSpan:
		sp := c.Span
		v.Span, v.Orphan = &sp, c.Orphan
	case FieldSpeaker:
		v.SpeakerID = c.SpeakerID
	case FieldAttribution:
		v.Attribution = c.Attribution
	case FieldKind:
		v.Kind = c.Kind
	case FieldCue:
		if c.Cue != nil {
			cue := *c.Cue
			v.Cue = &cue
		}
	case FieldMentions:
		v.Mentions = slices.Clone(c.Mentions)
	case FieldNote:
		v.Note = c.Note
	case FieldTags:
		v.Tags = slices.Clone(c.Tags)
	case FieldCreator:
		v.Creator = c.Creator
	}
	return v
}

// DeletedVersion is the version in which a claim was deleted, at a time
// and place.
func DeletedVersion(at time.Time, device string) Conflict {
	return Conflict{Field: FieldDeleted, Modified: at, Device: device}
}

// applyTo sets the field v is a version of on c to v's value.
func (v Conflict) applyTo(c *Claim) {
	w := v.clone()
	switch v.Field {
	case FieldSpan:
		if w.Span != nil {
			c.Span = *w.Span
		}
		c.Orphan = w.Orphan
	case FieldSpeaker:
		c.SpeakerID = w.SpeakerID
	case FieldAttribution:
		c.Attribution = w.Attribution
	case FieldKind:
		c.Kind = w.Kind
	case FieldCue:
		c.Cue = w.Cue
	case FieldMentions:
		c.Mentions = w.Mentions
	case FieldNote:
		c.Note = w.Note
	case FieldTags:
		c.Tags = w.Tags
	case FieldCreator:
		c.Creator = w.Creator
	}
}

// Holds tells whether c's field already has v's value (a deletion is never
// held by a claim that exists).
func (v Conflict) Holds(c *Claim) bool {
	if v.Field == FieldDeleted {
		return false
	}
	var tmp Claim
	v.applyTo(&tmp)
	return sameField(&tmp, c, v.Field)
}

// sameField compares one field of two claims; nil and empty lists are equal.
func sameField(a, b *Claim, f ClaimField) bool {
	switch f {
	case FieldSpan:
		return a.Span == b.Span && a.Orphan == b.Orphan
	case FieldSpeaker:
		return a.SpeakerID == b.SpeakerID
	case FieldAttribution:
		return a.Attribution == b.Attribution
	case FieldKind:
		return a.Kind == b.Kind
	case FieldCue:
		return sameCue(a.Cue, b.Cue)
	case FieldMentions:
		return slices.Equal(a.Mentions, b.Mentions)
	case FieldNote:
		return a.Note == b.Note
	case FieldTags:
		return slices.Equal(a.Tags, b.Tags)
	case FieldCreator:
		return a.Creator == b.Creator
	}
	return true
}

func (v Conflict) clone() Conflict {
	if v.Span != nil {
		sp := *v.Span
		v.Span = &sp
	}
	if v.Cue != nil {
		cue := *v.Cue
		v.Cue = &cue
	}
	v.Mentions = slices.Clone(v.Mentions)
	v.Tags = slices.Clone(v.Tags)
	return v
}

// key identifies a version exactly (time and place included); valueKey by
// field and value only. JSON is canonical here: fixed field order, times in
// RFC 3339 with the instant normalised to UTC.
func (v Conflict) key() string {
	v.Modified = v.Modified.UTC()
	return v.valueKeyOf(true)
}

func (v Conflict) valueKey() string { return v.valueKeyOf(false) }

func (v Conflict) valueKeyOf(withStamp bool) string {
	if !withStamp {
		v.Modified, v.Device = time.Time{}, ""
	}
	// Empty lists are written as absent, as nil: the same value either way.
	if len(v.Mentions) == 0 {
		v.Mentions = nil
	}
	if len(v.Tags) == 0 {
		v.Tags = nil
	}
	b, _ := json.Marshal(v) // plain data: cannot fail
	return string(b)
}

// SameVersion tells whether a and b are the same version (field, value,
// time and place).
func SameVersion(a, b Conflict) bool { return a.key() == b.key() }

// tidyConflicts puts c's versions in their canonical form: a version the
// claim holds again is dropped, one value is kept once (the newest
// stamp), oldest first, at most MaxConflicts (the newest). Both replicas
// of a merge so come to the same list.
func tidyConflicts(c *Claim) {
	if len(c.Conflicts) == 0 {
		c.Conflicts = nil
		return
	}
	byValue := map[string]int{}
	out := make([]Conflict, 0, len(c.Conflicts))
	for _, v := range c.Conflicts {
		if v.Holds(c) {
			continue
		}
		k := v.valueKey()
		if i, ok := byValue[k]; ok {
			if v.Modified.After(out[i].Modified) {
				out[i] = v
			}
			continue
		}
		byValue[k] = len(out)
		out = append(out, v)
	}
	slices.SortStableFunc(out, func(a, b Conflict) int {
		if c := a.Modified.Compare(b.Modified); c != 0 {
			return c
		}
		return cmp.Compare(a.key(), b.key())
	})
	if len(out) > MaxConflicts {
		out = out[len(out)-MaxConflicts:]
	}
	if len(out) == 0 {
		out = nil
	}
	c.Conflicts = out
}

// mergeConflicts merges the version lists of a claim three-way: a version
// on one side only that base did not have is new there and kept; one that
// base had and a side dropped was resolved there and goes.
func mergeConflicts(base, mine, theirs []Conflict) []Conflict {
	in := func(list []Conflict) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, v := range list {
			m[v.key()] = true
		}
		return m
	}
	b, m, t := in(base), in(mine), in(theirs)
	var out []Conflict
	for _, v := range mine {
		if k := v.key(); !b[k] || t[k] {
			out = append(out, v.clone())
		}
	}
	for _, v := range theirs {
		if k := v.key(); !m[k] && !b[k] {
			out = append(out, v.clone())
		}
	}
	return out
}

// HasConflicts tells whether the claim has versions waiting for the user.
func (c *Claim) HasConflicts() bool { return len(c.Conflicts) > 0 }

// VersionsLeftOut lists, as warnings with their paths, the claims whose
// versions from another device a W3C or CSV file does not carry (those
// formats hold each claim as it is now; only whosaid JSON keeps the
// versions): exporting must not drop them without a word.
func VersionsLeftOut(s *Set) Problems {
	var ws Problems
	for i := range s.Claims {
		if n := len(s.Claims[i].Conflicts); n > 0 {
			what := "1 version"
			if n > 1 {
				what = strconv.Itoa(n) + " versions"
			}
			ws = append(ws, Problem{Path: "claims[" + strconv.Itoa(i) + "]",
				Message: what + " from another device left out (not chosen yet; whosaid JSON keeps them)"})
		}
	}
	return ws
}
