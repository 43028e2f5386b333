package score

import (
	"errors"
	"fmt"
	"strings"

	"whosaid/annotate"
)

// KeyClaim is a claim of the teacher's key with the options only a key has.
type KeyClaim struct {
	annotate.Claim
	// Optional claims are not counted as missed when the student leaves
	// them out, and are counted (in both precision and recall) when found.
	Optional bool `json:"optional,omitempty"`
	// Alternatives are other spans the teacher accepts for this claim, e.g.
	// with or without the attribution clause. The claim's own span is
	// always accepted.
	Alternatives []annotate.Span `json:"alternatives,omitempty"`
}

// Key is the teacher's answer: the document, the speakers and the claims.
type Key struct {
	Document annotate.Document  `json:"document"`
	Speakers []annotate.Speaker `json:"speakers"`
	Claims   []KeyClaim         `json:"claims"`
}

// Tags by which a teacher marks key options in the ordinary annotator.
const (
	// TagOptional on a claim makes it optional.
	TagOptional = "optional"
	// TagAltPrefix + a claim id ("alt:c-3fa9e1b2") makes a claim an
	// alternative span of that claim instead of a claim of its own.
	TagAltPrefix = "alt:"
)

// KeyFromSet turns a teacher's annotation set into a key, reading the
// TagOptional and TagAltPrefix tags. It reports every alt tag that points at
// no claim, or that is on a claim which is itself an alternative's target.
func KeyFromSet(s *annotate.Set) (Key, error) {
	if s == nil {
		return Key{}, errors.New("score: no annotation set for the key")
	}
	k := Key{Document: s.Document, Speakers: s.Speakers}
	index := map[string]int{}
	alts := map[string][]annotate.Span{}
	var ps annotate.Problems
	for i, c := range s.Claims {
		target := ""
		for n, t := range c.Tags {
			if id, ok := strings.CutPrefix(t, TagAltPrefix); ok {
				if target != "" && target != id {
					ps.Add(fmt.Sprintf("claims[%d].tags[%d]", i, n), "claim %q is an alternative of both %q and %q", c.ID, target, id)
				}
				target = id
			}
		}
		if target != "" {
			alts[target] = append(alts[target], c.Span)
			continue
		}
		index[c.ID] = len(k.Claims)
		k.Claims = append(k.Claims, KeyClaim{Claim: c, Optional: hasTag(c.Tags, TagOptional)})
	}
	for i, c := range s.Claims {
		for n, t := range c.Tags {
			if id, ok := strings.CutPrefix(t, TagAltPrefix); ok {
				if _, found := index[id]; !found {
					ps.Add(fmt.Sprintf("claims[%d].tags[%d]", i, n), "claim %q is tagged %q but no key claim has id %q", c.ID, t, id)
				}
			}
		}
	}
	for id, spans := range alts {
		if j, ok := index[id]; ok {
			k.Claims[j].Alternatives = append(k.Claims[j].Alternatives, spans...)
		}
	}
	return k, ps.Err()
}

func hasTag(tags []string, tag string) bool {
	for _, t := range tags {
		if strings.EqualFold(strings.TrimSpace(t), tag) {
			return true
		}
	}
	return false
}

// check lists what is wrong with the key: a teacher's mistake would make
// every student's mark wrong, so it is refused rather than guessed around.
func (k *Key) check(t *text) annotate.Problems {
	textLen := len(t.runes)
	var ps annotate.Problems
	seen := map[string]bool{}
	speakers := map[string]bool{}
	for _, sp := range k.Speakers {
		speakers[sp.ID] = true
	}
	for i, c := range k.Claims {
		p := fmt.Sprintf("key.claims[%d]", i)
		if seen[c.ID] {
			ps.Add(p+".id", "%q is used by two key claims", c.ID)
		}
		seen[c.ID] = true
		if checkSpan(&ps, p+".span", c.Span, textLen) && t.normalize(c.Span).tokens() == 0 {
			ps.Add(p+".span", "%d..%d has no words", c.Span.Start, c.Span.End)
		}
		for j, a := range c.Alternatives {
			ap := fmt.Sprintf("%s.alternatives[%d]", p, j)
			// An alternative with no words could never be matched.
			if checkSpan(&ps, ap, a, textLen) && t.normalize(a).tokens() == 0 {
				ps.Add(ap, "%d..%d has no words", a.Start, a.End)
			}
		}
		if c.SpeakerID != "" && !speakers[c.SpeakerID] {
			ps.Add(p+".speaker", "speaker %q is not in the key", c.SpeakerID)
		}
	}
	return ps
}

// checkSpan reports a span that is empty or outside 0..n; it tells whether
// the span is fine.
func checkSpan(ps *annotate.Problems, path string, s annotate.Span, n int) bool {
	if s.Start < 0 || s.End > n || s.Start >= s.End {
		ps.Add(path, "%d..%d is not a stretch of the text (0..%d)", s.Start, s.End, n)
		return false
	}
	return true
}
