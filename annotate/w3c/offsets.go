package w3c

import (
	"sort"
	"strings"

	"whosaid/annotate"
)

// How a file counted its TextPositionSelector offsets. The W3C model counts
// code points in the document's text, but JavaScript tools (Recogito,
// Annotorious, most browser extensions) count UTF-16 units, and a tool that
// annotated the article as a web page or a text file saw one line break
// between paragraphs (or none) where whosaid's text has a blank line. Each
// way of counting is tried on the annotations that have both a quote and a
// position; the one under which the most positions hold their quotes is
// used, and said once. Positions that still do not hold their quote are
// placed by the quote (see place).

// offsetConv is one way of counting.
type offsetConv struct {
	utf16 bool // UTF-16 units instead of code points
	sep   int  // characters between paragraphs: 2 in whosaid's text, 1 or 0
}

// offsetMap converts positions counted one way into code points of the
// document text.
type offsetMap struct {
	conv   offsetConv
	ix     *annotate.TextIndex // the text as that tool saw it
	starts []int               // code point where each block starts in it
}

func (im *importer) newOffsetMap(c offsetConv) *offsetMap {
	m := &offsetMap{conv: c}
	sep := strings.Repeat("\n", c.sep)
	texts := make([]string, len(im.doc.Blocks))
	at := 0
	for i, b := range im.doc.Blocks {
		texts[i] = b.Text
		m.starts = append(m.starts, at)
		at += annotate.RuneLen(b.Text) + c.sep
	}
	m.ix = annotate.NewTextIndex(strings.Join(texts, sep))
	return m
}

// toDoc converts one offset; false when it is outside the text.
func (m *offsetMap) toDoc(off int) (int, bool) {
	cp := off
	if m.conv.utf16 {
		var err error
		if cp, err = m.ix.FromUTF16(off); err != nil {
			return 0, false
		}
	}
	if cp < 0 || cp > m.ix.Len() {
		return 0, false
	}
	k := sort.SearchInts(m.starts, cp+1) - 1 // the block cp is in (or after)
	return cp + max(k, 0)*(2-m.conv.sep), true
}

// apply converts a position; one that falls outside the text is left as
// it was (and reported when placed).
func (m *offsetMap) apply(p *position) *position {
	if m == nil || m.conv == (offsetConv{sep: 2}) {
		return p
	}
	s, ok1 := m.toDoc(p.start)
	e, ok2 := m.toDoc(p.end)
	if !ok1 || !ok2 {
		return p
	}
	return &position{s, e}
}

// detectOffsets picks how the file counted, from its annotations with a
// quote and a position, and says so when it is not whosaid's way.
func (im *importer) detectOffsets(recs []record) *offsetMap {
	type sample struct {
		q   string
		pos position
	}
	var samples []sample
	for _, r := range recs {
		for _, t := range r.targets {
			var q *quote
			var pos *position
			for _, s := range t.selectors {
				if s.ok && s.refinedBy == nil && s.q != nil && q == nil {
					q = s.q
				}
				if s.ok && s.refinedBy == nil && s.pos != nil && pos == nil {
					pos = s.pos
				}
			}
			if q != nil && pos != nil && !r.orphan {
				samples = append(samples, sample{q.exact, *pos})
				break
			}
		}
	}
	holds := func(m *offsetMap) int {
		n := 0
		for _, s := range samples {
			p := m.apply(&s.pos)
			if got, err := im.ix.Slice(p.start, p.end); err == nil && got == s.q {
				n++
			}
		}
		return n
	}
	best := im.newOffsetMap(offsetConv{sep: 2})
	bestN := holds(best)
	if bestN == len(samples) {
		return best
	}
	for _, c := range im.conventions() {
		m := im.newOffsetMap(c)
		if n := holds(m); n > bestN {
			best, bestN = m, n
		}
	}
	if msg := best.conv.describe(); msg != "" {
		im.warn("", "%s: converted to code points of whosaid's text (%d of %d positions then hold their quotes)", msg, bestN, len(samples))
	}
	return best
}

// conventions lists the ways of counting worth trying on this document.
func (im *importer) conventions() []offsetConv {
	var out []offsetConv
	wide := annotate.UTF16Len(im.ix.Text()) != im.ix.Len()
	seps := []int{2}
	if len(im.doc.Blocks) > 1 {
		seps = append(seps, 1, 0)
	}
	for _, sep := range seps {
		if sep != 2 {
			out = append(out, offsetConv{sep: sep})
		}
		if wide {
			out = append(out, offsetConv{utf16: true, sep: sep})
		}
	}
	return out
}

func (c offsetConv) describe() string {
	var parts []string
	if c.utf16 {
		parts = append(parts, "positions count UTF-16 units (as JavaScript does), not code points")
	}
	switch c.sep {
	case 1:
		parts = append(parts, "positions were counted in a text with one line break between paragraphs (whosaid's has a blank line)")
	case 0:
		parts = append(parts, "positions were counted in a text with nothing between paragraphs (whosaid's has a blank line)")
	}
	return strings.Join(parts, "; ")
}
