package annotate

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// validateClaims checks every claim against the speakers and the text.
func validateClaims(ps *Problems, claims []Claim, speakers map[string]bool, ix *TextIndex) {
	if len(claims) > MaxClaims {
		ps.Add("claims", "%d claims is more than the limit of %d", len(claims), MaxClaims)
	}
	first := make(map[string]int, len(claims))
	for i, c := range claims {
		p := rootItem("claims", i)
		checkIDAt(ps, p.field("id"), c.ID)
		if j, dup := first[c.ID]; dup && c.ID != "" {
			ps.addAt(p.field("id"), "%q is also the id of claims[%d]", clip(c.ID), j)
		} else {
			first[c.ID] = i
		}
		if c.SpeakerID != "" && !speakers[c.SpeakerID] {
			ps.addAt(p.field("speaker"), "%q is not the id of any speaker", clip(c.SpeakerID))
		}
		// An empty label is "not chosen yet": the annotator makes claims
		// before the user picks one, and must be able to save them.
		if c.Attribution != "" && !validAttribution(c.Attribution) {
			ps.addAt(p.field("attribution"), "%q is not an attribution type (want one of %s)", clip(string(c.Attribution)), listOf(AttributionTypes))
		}
		if c.Kind != "" && !validClaimKind(c.Kind) {
			ps.addAt(p.field("kind"), "%q is not a claim kind (want one of %s)", clip(string(c.Kind)), listOf(ClaimKinds))
		}
		checkFieldAt(ps, p.field("note"), c.Note)
		checkFieldAt(ps, p.field("creator"), c.Creator)
		checkFieldAt(ps, p.field("device"), c.Device)
		if len(c.Tags) > MaxTags {
			ps.addAt(p.field("tags"), "%d tags is more than the limit of %d", len(c.Tags), MaxTags)
		}
		for k, t := range c.Tags {
			tp := p.item("tags", k)
			if strings.TrimSpace(t) == "" {
				ps.addAt(tp, "empty tag")
			}
			checkFieldAt(ps, tp, t)
		}
		if !c.Created.IsZero() && !c.Modified.IsZero() && c.Modified.Before(c.Created) {
			ps.addAt(p.field("modified"), "%s is before the creation time %s", c.Modified.Format("2006-01-02T15:04:05Z07:00"), c.Created.Format("2006-01-02T15:04:05Z07:00"))
		}
		if c.Origin != nil {
			validateOrigin(ps, p.field("origin"), c.Origin)
		}
		checkSpan(ps, p.field("span"), c.Span, ix, c.Orphan)
		if c.Cue != nil {
			checkSpan(ps, p.field("cue"), *c.Cue, ix, c.Orphan)
		}
		if len(c.Mentions) > MaxMentions {
			ps.addAt(p.field("mentions"), "%d mentions is more than the limit of %d", len(c.Mentions), MaxMentions)
		}
		for k, m := range c.Mentions {
			checkSpan(ps, p.item("mentions", k), m, ix, c.Orphan)
		}
		if len(c.Conflicts) > 0 {
			checkConflicts(ps, p, c.Conflicts, func(id string) bool { return speakers[id] }, ix)
		}
	}
}

// validateOrigin checks an imported claim's origin: strings within the
// limits, and each kept body one JSON object or string of limited size.
func validateOrigin(ps *Problems, p fieldPath, o *Origin) {
	checkFieldAt(ps, p.field("id"), o.ID)
	checkFieldAt(ps, p.field("source"), o.Source)
	if len(o.Motivation) > MaxTags {
		ps.addAt(p.field("motivation"), "%d motivations is more than the limit of %d", len(o.Motivation), MaxTags)
	}
	for k, m := range o.Motivation {
		checkFieldAt(ps, p.item("motivation", k), m)
	}
	if len(o.Bodies) > MaxTags {
		ps.addAt(p.field("bodies"), "%d bodies is more than the limit of %d", len(o.Bodies), MaxTags)
	}
	for k, b := range o.Bodies {
		bp := p.item("bodies", k)
		switch t := bytes.TrimSpace(b); {
		case !json.Valid(t) || len(t) == 0 || (t[0] != '{' && t[0] != '"'):
			ps.addAt(bp, "want a JSON object or string")
		case utf8.RuneCount(t) > MaxFieldRunes:
			ps.addAt(bp, "%d code points is more than the limit of %d", utf8.RuneCount(t), MaxFieldRunes)
		}
	}
}

// checkSpan checks a span's offsets against the text and its quote against
// the text at those offsets; spans are never empty. The offsets of an orphan
// claim are known not to fit the text, so only its quote is checked.
func checkSpan(ps *Problems, p fieldPath, s Span, ix *TextIndex, orphan bool) {
	checkFieldAt(ps, p.field("prefix"), s.Prefix)
	checkFieldAt(ps, p.field("suffix"), s.Suffix)
	if !utf8.ValidString(s.Exact) {
		ps.addAt(p.field("exact"), "not valid UTF-8")
	}
	if n := RuneLen(s.Exact); n > MaxTextRunes {
		ps.addAt(p.field("exact"), "%d code points is more than the limit of %d", n, MaxTextRunes)
	}
	if orphan {
		if s.Exact == "" {
			ps.addAt(p.field("exact"), "an orphan span needs its quote")
		}
		return
	}
	ok := true
	if s.Start < 0 {
		ps.addAt(p.field("start"), "%d is negative", s.Start)
		ok = false
	}
	if s.End > ix.Len() {
		ps.addAt(p.field("end"), "%d is past the end of the document (%d)", s.End, ix.Len())
		ok = false
	}
	if s.Start > s.End {
		ps.addAt(p, "inverted: start %d is after end %d", s.Start, s.End)
		ok = false
	} else if s.Start == s.End {
		ps.addAt(p, "empty span at %d", s.Start)
		ok = false
	}
	if !ok {
		return
	}
	got, _ := ix.Slice(s.Start, s.End)
	if got != s.Exact {
		ps.addAt(p.field("exact"), "%q does not match the text at %d..%d (%q)", clip(s.Exact), s.Start, s.End, clip(got))
	}
}

// clip shortens a quote for an error message.
func clip(s string) string {
	const n = 60
	if RuneLen(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n/2]) + "…" + string(r[len(r)-n/2:])
}

func validAttribution(a AttributionType) bool {
	for _, v := range AttributionTypes {
		if a == v {
			return true
		}
	}
	return false
}

func validClaimKind(k ClaimKind) bool {
	for _, v := range ClaimKinds {
		if k == v {
			return true
		}
	}
	return false
}
