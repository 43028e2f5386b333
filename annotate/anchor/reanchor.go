package anchor

import (
	"sort"

	"whosaid/annotate"
)

// nearClaim is how far (code points) from its claim a cue or mention is
// looked for, and the distance scale of nearness for them.
const (
	nearClaim      = 400
	nearClaimScale = 40
	claimScale     = 1000
)

// Reanchor places the set's claims on a new document. It returns a new set
// on doc (the input is not changed) and one result per claim.
func Reanchor(s *annotate.Set, doc annotate.Document) (*annotate.Set, Report) {
	return NewIndex(doc).Reanchor(s, doc)
}

// Reanchor places the set's claims on doc, whose text this index prepared.
//
// Claims are taken in document order and each is expected where the last
// placed claim's shift puts it, so nearness follows the edits made so far.
// A placed claim gets fresh spans (annotate.MakeSpan); an orphan keeps its
// old spans. A cue or mention that cannot be placed near its placed claim
// is removed from it and counted in Result.Lost.
func (x *Index) Reanchor(s *annotate.Set, doc annotate.Document) (*annotate.Set, Report) {
	out := s.Clone()
	out.Document = doc
	out.Document.Blocks = append([]annotate.Block(nil), doc.Blocks...)

	order := make([]int, len(out.Claims))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		return out.Claims[order[a]].Span.Start < out.Claims[order[b]].Span.Start
	})

	results := make([]Result, len(out.Claims))
	shift := 0
	for _, i := range order {
		c := &out.Claims[i]
		results[i] = x.reanchorClaim(c, shift)
		if results[i].Method != Orphan && !s.Claims[i].Orphan {
			shift = results[i].NewStart - results[i].OldStart
		}
	}
	return out, Report{Results: results}
}

func (x *Index) reanchorClaim(c *annotate.Claim, shift int) Result {
	old := c.Span
	res := Result{ClaimID: c.ID, OldStart: old.Start, NewStart: -1}
	sp, method, score := x.locateNear(old, old.Start+shift, 0, len(x.runes), claimScale)
	res.Method, res.Score = method, score
	if method == Orphan {
		c.Orphan = true
		return res
	}
	c.Orphan = false
	c.Span = sp
	res.NewStart = sp.Start
	moved := sp.Start - old.Start
	lo, hi := sp.Start-nearClaim, sp.End+nearClaim
	if c.Cue != nil {
		cue, m, _ := x.locateNear(*c.Cue, c.Cue.Start+moved, lo, hi, nearClaimScale)
		if m == Orphan {
			c.Cue = nil
			res.Lost++
		} else {
			c.Cue = &cue
		}
	}
	kept := c.Mentions[:0]
	for _, mention := range c.Mentions {
		ms, m, _ := x.locateNear(mention, mention.Start+moved, lo, hi, nearClaimScale)
		if m == Orphan {
			res.Lost++
			continue
		}
		kept = append(kept, ms)
	}
	if len(kept) == 0 {
		kept = nil
	}
	c.Mentions = kept
	return res
}
