package annotate

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// opCheckClaim lists what is wrong with a claim about to enter s, so that
// no op can make a set that Validate (and so saving) would refuse. ix
// indexes the document text (built once per op). Orphan claims are not
// range-checked: their offsets are known not to fit the text, and they must
// stay editable; only their quotes must be kept.
func opCheckClaim(ps *Problems, s *Set, c *Claim, ix *TextIndex) {
	p := claimPath(c.ID)
	checkID(ps, p+".id", c.ID)
	opCheckSpan(ps, p+".span", c.Span, ix, c.Orphan)
	if c.Cue != nil {
		opCheckSpan(ps, p+".cue", *c.Cue, ix, c.Orphan)
	}
	for i, m := range c.Mentions {
		opCheckSpan(ps, fmt.Sprintf("%s.mentions[%d]", p, i), m, ix, c.Orphan)
	}
	for i, t := range c.Tags {
		tp := fmt.Sprintf("%s.tags[%d]", p, i)
		if strings.TrimSpace(t) == "" {
			ps.Add(tp, "empty tag")
		}
		checkField(ps, tp, t)
	}
	checkField(ps, p+".creator", c.Creator)
	if !c.Created.IsZero() && !c.Modified.IsZero() && c.Modified.Before(c.Created) {
		ps.Add(p+".modified", "%s is before the creation time %s", c.Modified.Format("2006-01-02T15:04:05Z07:00"), c.Created.Format("2006-01-02T15:04:05Z07:00"))
	}
	if len(c.Mentions) > MaxMentions {
		ps.Add(p+".mentions", "%d mentions is more than the limit of %d", len(c.Mentions), MaxMentions)
	}
	if len(c.Tags) > MaxTags {
		ps.Add(p+".tags", "%d tags is more than the limit of %d", len(c.Tags), MaxTags)
	}
	if c.SpeakerID != "" {
		if _, ok := s.Speaker(c.SpeakerID); !ok {
			ps.Add(p+".speaker", "speaker %q does not exist", c.SpeakerID)
		}
	}
	// Empty means "not chosen yet"; anything else must be a known value.
	if c.Attribution != "" && !slices.Contains(AttributionTypes, c.Attribution) {
		ps.Add(p+".attribution", "%q is not an attribution type (want one of %s)", c.Attribution, listOf(AttributionTypes))
	}
	if c.Kind != "" && !slices.Contains(ClaimKinds, c.Kind) {
		ps.Add(p+".kind", "%q is not a claim kind (want one of %s)", c.Kind, listOf(ClaimKinds))
	}
	checkField(ps, p+".note", c.Note)
	checkField(ps, p+".device", c.Device)
	if len(c.Conflicts) > 0 {
		has := func(id string) bool { return speakerIndex(s, id) >= 0 }
		checkConflicts(ps, rootPath(p), c.Conflicts, has, ix)
	}
}

// opCheckSpan checks that a span is a non-empty stretch inside the text
// whose quote is the text there (for an orphan: that it keeps a quote).
func opCheckSpan(ps *Problems, path string, sp Span, ix *TextIndex, orphan bool) {
	checkField(ps, path+".prefix", sp.Prefix)
	checkField(ps, path+".suffix", sp.Suffix)
	if !utf8.ValidString(sp.Exact) {
		ps.Add(path+".exact", "not valid UTF-8")
	}
	if orphan {
		if sp.Exact == "" {
			ps.Add(path+".exact", "an orphan span needs its quote")
		}
		return
	}
	n := ix.Len()
	switch {
	case sp.Start < 0 || sp.End > n:
		ps.Add(path, "%d..%d is outside the text (0..%d)", sp.Start, sp.End, n)
	case sp.Start > sp.End:
		ps.Add(path, "%d..%d is inverted", sp.Start, sp.End)
	case sp.Start == sp.End:
		ps.Add(path, "%d..%d is empty", sp.Start, sp.End)
	default:
		if got, _ := ix.Slice(sp.Start, sp.End); got != sp.Exact {
			ps.Add(path+".exact", "%q does not match the text at %d..%d (%q)", clip(sp.Exact), sp.Start, sp.End, clip(got))
		}
	}
}

// opCheckSpeaker lists what is wrong with a speaker about to enter s.
func opCheckSpeaker(ps *Problems, sp *Speaker) {
	p := speakerPath(sp.ID)
	checkID(ps, p+".id", sp.ID)
	if strings.TrimSpace(sp.Name) == "" {
		ps.Add(p+".name", "empty (a speaker needs a name)")
	}
	checkField(ps, p+".name", sp.Name)
	checkField(ps, p+".title", sp.Title)
	checkField(ps, p+".affiliation", sp.Affiliation)
	for i, a := range sp.Aliases {
		ap := fmt.Sprintf("%s.aliases[%d]", p, i)
		if strings.TrimSpace(a) == "" {
			ps.Add(ap, "empty alias")
		}
		checkField(ps, ap, a)
	}
	if sp.Kind != "" && !slices.Contains(SpeakerKinds, sp.Kind) {
		ps.Add(p+".kind", "%q is not a speaker kind (want one of %s)", sp.Kind, listOf(SpeakerKinds))
	}
	if len(sp.Aliases) > MaxAliases {
		ps.Add(p+".aliases", "%d aliases is more than the limit of %d", len(sp.Aliases), MaxAliases)
	}
}

// claimIndex and speakerIndex find by id. They index rather than range
// over values: copying every Claim made a scan of 5,000 claims 10× slower.
func claimIndex(s *Set, id string) int {
	for i := range s.Claims {
		if s.Claims[i].ID == id {
			return i
		}
	}
	return -1
}

func speakerIndex(s *Set, id string) int {
	for i := range s.Speakers {
		if s.Speakers[i].ID == id {
			return i
		}
	}
	return -1
}
