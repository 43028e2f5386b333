package annotate

import (
	"fmt"
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
		p := fmt.Sprintf("claims[%d]", i)
		checkID(ps, p+".id", c.ID)
		if j, dup := first[c.ID]; dup && c.ID != "" {
			ps.Add(p+".id", "%q is also the id of claims[%d]", clip(c.ID), j)
		} else {
			first[c.ID] = i
		}
		if c.SpeakerID != "" && !speakers[c.SpeakerID] {
			ps.Add(p+".speaker", "%q is not the id of any speaker", clip(c.SpeakerID))
		}
		// An empty label is "not chosen yet": the annotator makes claims
		// before the user picks one, and must be able to save them.
		if c.Attribution != "" && !validAttribution(c.Attribution) {
			ps.Add(p+".attribution", "%q is not an attribution type (want one of %s)", clip(string(c.Attribution)), listOf(AttributionTypes))
		}
		if c.Kind != "" && !validClaimKind(c.Kind) {
			ps.Add(p+".kind", "%q is not a claim kind (want one of %s)", clip(string(c.Kind)), listOf(ClaimKinds))
		}
		checkField(ps, p+".note", c.Note)
		checkField(ps, p+".creator", c.Creator)
		if len(c.Tags) > MaxTags {
			ps.Add(p+".tags", "%d tags is more than the limit of %d", len(c.Tags), MaxTags)
		}
		for k, t := range c.Tags {
			tp := fmt.Sprintf("%s.tags[%d]", p, k)
			if strings.TrimSpace(t) == "" {
				ps.Add(tp, "empty tag")
			}
			checkField(ps, tp, t)
		}
		if !c.Created.IsZero() && !c.Modified.IsZero() && c.Modified.Before(c.Created) {
			ps.Add(p+".modified", "%s is before the creation time %s", c.Modified.Format("2006-01-02T15:04:05Z07:00"), c.Created.Format("2006-01-02T15:04:05Z07:00"))
		}
		checkSpan(ps, p+".span", c.Span, ix, c.Orphan)
		if c.Cue != nil {
			checkSpan(ps, p+".cue", *c.Cue, ix, c.Orphan)
		}
		if len(c.Mentions) > MaxMentions {
			ps.Add(p+".mentions", "%d mentions is more than the limit of %d", len(c.Mentions), MaxMentions)
		}
		for k, m := range c.Mentions {
			checkSpan(ps, fmt.Sprintf("%s.mentions[%d]", p, k), m, ix, c.Orphan)
		}
	}
}

// checkSpan checks a span's offsets against the text and its quote against
// the text at those offsets; spans are never empty. The offsets of an orphan
// claim are known not to fit the text, so only its quote is checked.
func checkSpan(ps *Problems, path string, s Span, ix *TextIndex, orphan bool) {
	checkField(ps, path+".prefix", s.Prefix)
	checkField(ps, path+".suffix", s.Suffix)
	if !utf8.ValidString(s.Exact) {
		ps.Add(path+".exact", "not valid UTF-8")
	}
	if n := RuneLen(s.Exact); n > MaxTextRunes {
		ps.Add(path+".exact", "%d code points is more than the limit of %d", n, MaxTextRunes)
	}
	if orphan {
		if s.Exact == "" {
			ps.Add(path+".exact", "an orphan span needs its quote")
		}
		return
	}
	ok := true
	if s.Start < 0 {
		ps.Add(path+".start", "%d is negative", s.Start)
		ok = false
	}
	if s.End > ix.Len() {
		ps.Add(path+".end", "%d is past the end of the document (%d)", s.End, ix.Len())
		ok = false
	}
	if s.Start > s.End {
		ps.Add(path, "inverted: start %d is after end %d", s.Start, s.End)
		ok = false
	} else if s.Start == s.End {
		ps.Add(path, "empty span at %d", s.Start)
		ok = false
	}
	if !ok {
		return
	}
	got, _ := ix.Slice(s.Start, s.End)
	if got != s.Exact {
		ps.Add(path+".exact", "%q does not match the text at %d..%d (%q)", clip(s.Exact), s.Start, s.End, clip(got))
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
