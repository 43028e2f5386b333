package goldspec

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"whosaid/annotate"
)

// claim places one C line in the text.
func (b *builder) claim(c claimLine) {
	ok := true
	sid, known := b.ids[c.key]
	if !known {
		ok = false
		b.at(c.line, "speaker key %q is not defined by any S line (defined: %s)", c.key, b.keyList())
	}
	b.used[c.key] = true
	attr, kind := annotate.AttributionType(c.attr), annotate.ClaimKind(c.kind)
	if !slices.Contains(annotate.AttributionTypes, attr) {
		ok = false
		b.at(c.line, "attribution %q is not one of %s", c.attr, list(annotate.AttributionTypes))
	}
	if !slices.Contains(annotate.ClaimKinds, kind) {
		ok = false
		b.at(c.line, "claim kind %q is not one of %s", c.kind, list(annotate.ClaimKinds))
	}
	start, end, found := b.find(c)
	if !found || !ok {
		return
	}
	cl := annotate.Claim{
		ID: "c" + strconv.Itoa(len(b.set.Claims)+1), Span: annotate.MakeSpan(b.ix, start, end), SpeakerID: sid,
		Attribution: attr, Kind: kind, Created: stamp, Modified: stamp, Creator: "gold",
	}
	if c.cue != "" {
		cue, ok := b.cue(c, start, end)
		if !ok {
			return
		}
		cl.Cue = &cue
	}
	b.set.Claims = append(b.set.Claims, cl)
	b.lines = append(b.lines, c.line)
}

// find places the claim text: its only occurrence, or the one @N names.
func (b *builder) find(c claimLine) (start, end int, ok bool) {
	occ := occurrences(b.text, c.text)
	switch {
	case len(occ) == 0:
		b.at(c.line, "claim text %q is not in the article: %s", clip(c.text, 40), whyNotFound(b.text, c.text))
		return 0, 0, false
	case c.nth == 0 && len(occ) > 1:
		b.at(c.line, "claim text %q occurs %d times (paragraphs %s): end it with @1 … @%d to say which",
			clip(c.text, 40), len(occ), b.paragraphs(occ), len(occ))
		return 0, 0, false
	case c.nth > len(occ):
		b.at(c.line, "claim text %q@%d: it occurs only %d time(s)", clip(c.text, 40), c.nth, len(occ))
		return 0, 0, false
	}
	o := occ[max(c.nth, 1)-1]
	start, _ = b.ix.FromByte(o[0])
	end, _ = b.ix.FromByte(o[1])
	return start, end, true
}

// cue places the cue: its occurrence nearest to the claim, which must be
// in the claim's paragraphs or next to them.
func (b *builder) cue(c claimLine, start, end int) (annotate.Span, bool) {
	best, bestD := [2]int{-1, -1}, -1
	for _, o := range occurrences(b.text, c.cue) {
		cs, _ := b.ix.FromByte(o[0])
		ce, _ := b.ix.FromByte(o[1])
		d := max(0, start-ce, cs-end)
		if bestD < 0 || d < bestD {
			best, bestD = [2]int{cs, ce}, d
		}
	}
	if bestD < 0 {
		b.at(c.line, "cue %q is not in the article as a whole word or phrase", c.cue)
		return annotate.Span{}, false
	}
	sp := annotate.MakeSpan(b.ix, best[0], best[1])
	if b.paragraph(sp.Start) < b.paragraph(start)-1 || b.paragraph(sp.Start) > b.paragraph(end)+1 {
		b.at(c.line, "cue %q: its nearest occurrence is in paragraph %d, far from the claim (paragraphs %d–%d); leave the cue empty if the claim has none of its own",
			c.cue, b.paragraph(sp.Start)+1, b.paragraph(start)+1, b.paragraph(end-1)+1)
		return annotate.Span{}, false
	}
	return sp, true
}

// paragraph is the index of the block holding code point cp.
func (b *builder) paragraph(cp int) int {
	starts := b.set.Document.BlockStarts()
	return max(0, sort.SearchInts(starts, cp+1)-1)
}

// paragraphs lists the paragraphs (counted from 1) of byte ranges.
func (b *builder) paragraphs(occ [][2]int) string {
	s := make([]string, len(occ))
	for i, o := range occ {
		cp, _ := b.ix.FromByte(o[0])
		s[i] = strconv.Itoa(b.paragraph(cp) + 1)
	}
	return strings.Join(s, ", ")
}

func (b *builder) keyList() string {
	keys := make([]string, 0, len(b.keys))
	for k := range b.keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if len(keys) == 0 {
		return "none"
	}
	return strings.Join(keys, ", ")
}

// unused reports speakers no claim refers to (usually a typo in a key).
func (b *builder) unused(ss []speakerLine) {
	for _, s := range ss {
		if !b.used[s.key] && b.keys[s.key] == s.line {
			b.at(s.line, "speaker %q has no claim", s.key)
		}
	}
}

// overlaps reports claims that duplicate or cross each other, and a claim
// inside another by the same speaker (part of it, not a claim of its own).
func (b *builder) overlaps() {
	cs := b.set.Claims
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			x, y := cs[i].Span, cs[j].Span
			if !x.Overlaps(y) {
				continue
			}
			li, lj := b.lines[i], b.lines[j]
			switch {
			case x.Start == y.Start && x.End == y.End:
				b.at(lj, "the same claim text as line %d: one claim per passage", li)
			case !x.Contains(y) && !y.Contains(x):
				b.at(lj, "the claim overlaps the claim on line %d without containing it or lying inside it", li)
			case cs[i].SpeakerID == cs[j].SpeakerID:
				b.at(lj, "the claim lies inside or around the claim on line %d with the same speaker: a quote inside a quote is a claim of its own only for another speaker", li)
			}
		}
	}
}
