package annotate

import (
	"slices"
	"strings"
)

// checkConflicts checks a claim's conflict versions (p is the claim's
// path). A version's spans are checked as an orphan's are (the quote is
// kept; the offsets are not matched against the text): it was made on the
// same text, but the text may since have been edited and the claims
// re-anchored, and a version is history. Using one re-checks it against
// the text (UseVersion). Its speaker must be one of the set's, like a
// claim's.
func checkConflicts(ps *Problems, p fieldPath, list []Conflict, speakers func(string) bool, ix *TextIndex) {
	if len(list) > MaxConflicts {
		ps.addAt(p.field("conflicts"), "%d versions is more than the limit of %d", len(list), MaxConflicts)
	}
	for k := range list {
		v := &list[k]
		vp := p.item("conflicts", k)
		if v.Field != FieldDeleted && !slices.Contains(ClaimFields, v.Field) {
			ps.addAt(vp.field("field"), "%q is not a claim field (want one of %s)", clip(string(v.Field)), listOf(append(slices.Clip(ClaimFields), FieldDeleted)))
			continue
		}
		checkFieldAt(ps, vp.field("device"), v.Device)
		for _, f := range v.setFields() {
			if f != v.Field {
				ps.addAt(vp.field(string(f)), "set on a version of the %s: a version holds one field", v.Field)
			}
		}
		checkVersionValue(ps, vp, v, speakers, ix)
	}
}

// checkVersionValue checks the value a version holds.
func checkVersionValue(ps *Problems, vp fieldPath, v *Conflict, speakers func(string) bool, ix *TextIndex) {
	switch v.Field {
	case FieldSpan:
		if v.Span == nil {
			ps.addAt(vp.field("span"), "missing (a version of the span holds one)")
		} else {
			checkSpan(ps, vp.field("span"), *v.Span, ix, true)
		}
	case FieldSpeaker:
		if v.SpeakerID != "" && !speakers(v.SpeakerID) {
			ps.addAt(vp.field("speaker"), "%q is not the id of any speaker", clip(v.SpeakerID))
		}
	case FieldAttribution:
		if v.Attribution != "" && !validAttribution(v.Attribution) {
			ps.addAt(vp.field("attribution"), "%q is not an attribution type (want one of %s)", clip(string(v.Attribution)), listOf(AttributionTypes))
		}
	case FieldKind:
		if v.Kind != "" && !validClaimKind(v.Kind) {
			ps.addAt(vp.field("kind"), "%q is not a claim kind (want one of %s)", clip(string(v.Kind)), listOf(ClaimKinds))
		}
	case FieldCue:
		if v.Cue != nil {
			checkSpan(ps, vp.field("cue"), *v.Cue, ix, true)
		}
	case FieldMentions:
		if len(v.Mentions) > MaxMentions {
			ps.addAt(vp.field("mentions"), "%d mentions is more than the limit of %d", len(v.Mentions), MaxMentions)
		}
		for i, m := range v.Mentions {
			checkSpan(ps, vp.item("mentions", i), m, ix, true)
		}
	case FieldNote:
		checkFieldAt(ps, vp.field("note"), v.Note)
	case FieldCreator:
		checkFieldAt(ps, vp.field("creator"), v.Creator)
	case FieldTags:
		if len(v.Tags) > MaxTags {
			ps.addAt(vp.field("tags"), "%d tags is more than the limit of %d", len(v.Tags), MaxTags)
		}
		for i, t := range v.Tags {
			if strings.TrimSpace(t) == "" {
				ps.addAt(vp.item("tags", i), "empty tag")
			}
			checkFieldAt(ps, vp.item("tags", i), t)
		}
	}
}

// setFields lists the value fields a version has set.
func (v *Conflict) setFields() []ClaimField {
	var out []ClaimField
	add := func(set bool, f ClaimField) {
		if set {
			out = append(out, f)
		}
	}
	add(v.Span != nil || v.Orphan, FieldSpan)
	add(v.SpeakerID != "", FieldSpeaker)
	add(v.Attribution != "", FieldAttribution)
	add(v.Kind != "", FieldKind)
	add(v.Cue != nil, FieldCue)
	add(len(v.Mentions) > 0, FieldMentions)
	add(v.Note != "", FieldNote)
	add(len(v.Tags) > 0, FieldTags)
	add(v.Creator != "", FieldCreator)
	return out
}
