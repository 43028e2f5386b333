package w3c

import (
	"fmt"
	"strings"

	"whosaid/annotate"
)

// placeRecord finds where a record's claim is in the text: its span,
// whether it is an orphan, and false when it cannot be imported at all
// (the warning says why).
func (im *importer) placeRecord(rec *record, conv *offsetMap) (annotate.Span, bool, bool) {
	t := im.chooseTarget(rec)
	if t == nil {
		return annotate.Span{}, false, false
	}
	rec.placedTarget = t
	var q *quote
	var pos *position
	var qPath, posPath string
	var chains []*selectorIn
	for i := range t.selectors {
		s := &t.selectors[i]
		switch {
		case s.refinedBy != nil && s.hasText():
			chains = append(chains, s)
		case s.refinedBy != nil || !s.isText():
			im.note("sel:"+s.typ, s.path, "a %s is not kept (whosaid places claims by TextQuoteSelector and TextPositionSelector)", s.typ)
		case !s.ok:
		case s.q != nil && q == nil:
			q, qPath = s.q, s.path
		case s.pos != nil && pos == nil:
			pos, posPath = s.pos, s.path
		default:
			im.note("sel:another-"+s.typ, s.path, "another %s is not used (the first is)", s.typ)
		}
	}
	if rec.ours && rec.orphan && q != nil {
		// Ours, recorded as an orphan: kept as written.
		sp := annotate.Span{Exact: q.exact, Prefix: q.prefix, Suffix: q.suffix, End: annotate.RuneLen(q.exact)}
		switch {
		case rec.lastPos != nil:
			sp.Start, sp.End = rec.lastPos.start, rec.lastPos.end
		case pos != nil:
			sp.Start, sp.End = pos.start, pos.end
		}
		return sp, true, true
	}
	if im.otherPage(t, rec) {
		if q == nil && len(chains) == 0 {
			im.warn(join(t.path, "source"), "names another page (%s), not this article: its positions are not this text's, left out", clip(t.source))
			return annotate.Span{}, false, false
		}
		im.warn(join(t.path, "source"), "names another page (%s), not this article: placed by its quote, positions not used", clip(t.source))
		pos = nil
	} else if pos != nil {
		pos = conv.apply(pos)
	}
	if q != nil || pos != nil {
		for _, c := range chains {
			im.note("sel:"+c.typ, c.path, "a %s is not kept (whosaid places claims by TextQuoteSelector and TextPositionSelector)", c.typ)
		}
		return im.place(q, pos, qPath, posPath)
	}
	for _, c := range chains {
		if sp, ok := im.resolveChain(c); ok {
			return sp, false, true
		}
	}
	im.warn(join(rec.path, "target"), "no selector could be used to find its text: left out")
	return annotate.Span{}, false, false
}

// chooseTarget picks the target the claim is placed by: the first with a
// text selector on this document, else the first with a text selector.
// The others are ignored, each with a warning: a claim marks one stretch of
// text.
func (im *importer) chooseTarget(rec *record) *targetIn {
	var chosen *targetIn
	for i := range rec.targets {
		t := &rec.targets[i]
		if !textual(t) {
			continue
		}
		if chosen == nil || (!im.isThisDoc(chosen.source) && im.isThisDoc(t.source)) {
			chosen = t
		}
	}
	if chosen == nil {
		var found []string
		for _, t := range rec.targets {
			for _, s := range t.selectors {
				if s.typ != "" {
					found = append(found, s.typ)
				}
			}
		}
		if len(found) > 0 {
			im.warn(join(rec.path, "target"), "no TextQuoteSelector or TextPositionSelector (found %s): left out", strings.Join(found, ", "))
		} else {
			im.warn(join(rec.path, "target"), "selects no text (a note on a whole page): left out")
		}
		return nil
	}
	for i := range rec.targets {
		if t := &rec.targets[i]; t != chosen {
			im.warn(t.path, "another target, ignored: a whosaid claim marks one stretch of text")
		}
	}
	return chosen
}

func textual(t *targetIn) bool {
	for i := range t.selectors {
		if t.selectors[i].hasText() {
			return true
		}
	}
	return false
}

// place turns a quote and a position into a span. A quote that is at its
// position keeps its context as written; one that is not is searched for
// (nearest the position, best context first) and placed there, with a
// warning; one that is nowhere makes the claim an orphan, kept with what
// the file said, also with a warning.
func (im *importer) place(q *quote, pos *position, qPath, posPath string) (annotate.Span, bool, bool) {
	n := im.ix.Len()
	if q == nil {
		switch {
		case pos.end > n:
			im.warn(posPath, "end %d is past the end of the text (%d code points): left out", pos.end, n)
		case pos.start == pos.end:
			im.warn(posPath, "selects nothing (at %d): left out", pos.start)
		default:
			return annotate.MakeSpan(im.ix, pos.start, pos.end), false, true
		}
		return annotate.Span{}, false, false
	}
	near := -1
	if pos != nil {
		im.positioned++
		near = pos.start
		if got, err := im.ix.Slice(pos.start, pos.end); err == nil && got == q.exact {
			return im.withContext(q, pos.start, pos.end), false, true
		}
	}
	if f, ok := im.find(q, near, 0, n); ok {
		got, _ := im.ix.Slice(f.Start, f.End)
		switch {
		case f.Loose:
			im.warn(qPath, "the quote's white space differs from the text's: placed on %q", clip(got))
		case pos != nil:
			im.mismatch(posPath, pos, f.Start, f.End)
		case !f.Sure:
			im.warn(qPath, "the quote %q is in the text more than once and its context cannot tell where: placed at %d", clip(q.exact), f.Start)
		}
		return annotate.MakeSpan(im.ix, f.Start, f.End), false, true
	}
	sp := annotate.Span{Exact: q.exact, Prefix: q.prefix, Suffix: q.suffix, End: annotate.RuneLen(q.exact)}
	if pos != nil {
		sp.Start, sp.End = pos.start, pos.end
	}
	im.warn(qPath, "the quote %q is not in this text: kept as an orphan to place or discard", clip(q.exact))
	return sp, true, true
}

// mismatch records a position that does not hold its quote (the quote
// decided). Many of them are said once (see assemble).
func (im *importer) mismatch(path string, pos *position, start, end int) {
	im.mismatches = append(im.mismatches, mismatch{path: path, at: im.cur,
		msg: fmt.Sprintf("%d–%d does not hold the quote: placed by the quote, at %d–%d", pos.start, pos.end, start, end)})
}

type mismatch struct {
	path, msg string
	at        int // the annotation
}

// withContext keeps the file's prefix and suffix when they are what the
// text has there (a file of ours comes back as it was), else takes the
// text's.
func (im *importer) withContext(q *quote, start, end int) annotate.Span {
	s := annotate.MakeSpan(im.ix, start, end)
	if before, err := im.ix.Slice(max(0, start-annotate.RuneLen(q.prefix)), start); q.hasPrefix && err == nil && before == q.prefix {
		s.Prefix = q.prefix
	}
	if after, err := im.ix.Slice(end, min(im.ix.Len(), end+annotate.RuneLen(q.suffix))); q.hasSuffix && err == nil && after == q.suffix {
		s.Suffix = q.suffix
	}
	return s
}

// resolveChain places a selector refined by others (W3C "refinedBy"): each
// selects within what the one before selected. A selector of another type
// at its head (a FragmentSelector naming a paragraph) is skipped, and its
// quote refinement looked for in the whole text; a position relative to
// such a selector cannot be resolved.
func (im *importer) resolveChain(head *selectorIn) (annotate.Span, bool) {
	lo, hi := 0, im.ix.Len()
	unknownBase := false
	for x := head; x != nil; x = x.refinedBy {
		switch {
		case !x.isText():
			if x != head || x.refinedBy == nil {
				im.warn(x.path, "a %s within a refinement is not supported: not used", x.typ)
				return annotate.Span{}, false
			}
			im.warn(x.path, "a %s is not used: what refines it is looked for in the whole text", x.typ)
			unknownBase = true
		case !x.ok:
			return annotate.Span{}, false
		case x.pos != nil:
			if unknownBase {
				im.warn(x.path, "a position within a %s cannot be resolved: not used", head.typ)
				return annotate.Span{}, false
			}
			s, e := lo+x.pos.start, lo+x.pos.end
			if e > hi || s == e {
				im.warn(x.path, "selects %d–%d, outside what it refines (%d code points): not used", x.pos.start, x.pos.end, hi-lo)
				return annotate.Span{}, false
			}
			lo, hi = s, e
		default:
			f, ok := im.find(x.q, -1, lo, hi)
			s := f.Start
			if !ok || f.Loose {
				im.warn(x.path, "the quote %q is not within what it refines: not used", clip(x.q.exact))
				return annotate.Span{}, false
			}
			lo, hi = s, s+annotate.RuneLen(x.q.exact)
			unknownBase = false
		}
	}
	if lo >= hi {
		return annotate.Span{}, false
	}
	return annotate.MakeSpan(im.ix, lo, hi), true
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:30]) + "…" + string(r[len(r)-30:])
}
