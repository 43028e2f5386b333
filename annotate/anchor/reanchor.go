package anchor

import (
	"cmp"
	"slices"

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

	order := claimOrder(out.Claims)
	// The same text (same content hash): a matching quote at the old
	// position is certainly the same place, context need not be compared.
	same := doc.ID != "" && doc.ID == s.Document.ID

	results := make([]Result, len(out.Claims))
	shift := 0
	for _, i := range order {
		c := &out.Claims[i]
		results[i] = x.reanchorClaim(c, shift, same)
		if results[i].Method != Orphan && !s.Claims[i].Orphan {
			shift = results[i].NewStart - results[i].OldStart
		}
	}
	return out, Report{Results: results}
}

func (x *Index) reanchorClaim(c *annotate.Claim, shift int, same bool) Result {
	old := c.Span
	if same && !c.Orphan && x.quoteAt(old) && (c.Cue == nil || x.quoteAt(*c.Cue)) && x.quotesAt(c.Mentions) {
		return Result{ClaimID: c.ID, Method: Exact, Score: 1, OldStart: old.Start, NewStart: old.Start}
	}
	res := Result{ClaimID: c.ID, OldStart: old.Start, NewStart: -1}
	sp, method, score, why := x.locateNear(old, old.Start+shift, 0, len(x.runes), claimScale)
	res.Method, res.Score, res.Reason = method, score, why
	if method == Orphan {
		c.Orphan = true
		return res
	}
	c.Orphan = false
	c.Span = sp
	res.NewStart = sp.Start
	moved := sp.Start - old.Start
	// Look near the claim, and near where the span is expected if it was
	// further from its claim than that.
	near := func(o annotate.Span) (annotate.Span, Method) {
		lo := min(sp.Start, o.Start+moved) - nearClaim
		hi := max(sp.End, o.End+moved) + nearClaim
		placed, m, _, _ := x.locateNear(o, o.Start+moved, lo, hi, nearClaimScale)
		return placed, m
	}
	if c.Cue != nil {
		cue, m := near(*c.Cue)
		if m == Orphan {
			c.Cue = nil
			res.Lost++
		} else {
			c.Cue = &cue
		}
	}
	kept := c.Mentions[:0]
	for _, mention := range c.Mentions {
		ms, m := near(mention)
		if m == Orphan {
			res.Lost++
			continue
		}
		kept = append(kept, ms)
	}
	c.Mentions = kept // nil stays nil
	return res
}

// claimOrder lists the claim indexes by old start (then index). Sorting
// packed integer keys is several times faster than a comparison closure.
func claimOrder(claims []annotate.Claim) []int {
	order := make([]int, len(claims))
	const idxBits = 24
	if len(claims) >= 1<<idxBits {
		for i := range order {
			order[i] = i
		}
		slices.SortStableFunc(order, func(a, b int) int {
			return cmp.Compare(claims[a].Span.Start, claims[b].Span.Start)
		})
		return order
	}
	keys := make([]uint64, len(claims))
	for i, c := range claims {
		keys[i] = uint64(min(max(c.Span.Start, 0), 1<<38))<<idxBits | uint64(i)
	}
	slices.Sort(keys)
	for i, k := range keys {
		order[i] = int(k & (1<<idxBits - 1))
	}
	return order
}

// quoteAt tells whether the span's quote is at its position and of its
// length.
func (x *Index) quoteAt(sp annotate.Span) bool {
	end, ok := x.stringAt(sp.Exact, sp.Start)
	return ok && end == sp.End && sp.Exact != ""
}

func (x *Index) quotesAt(sps []annotate.Span) bool {
	for _, sp := range sps {
		if !x.quoteAt(sp) {
			return false
		}
	}
	return true
}
