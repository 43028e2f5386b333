package w3c

import (
	"strings"

	"whosaid/annotate"
)

// quote and position are the two selectors we read.
type quote struct {
	exact, prefix, suffix string
	hasPrefix, hasSuffix  bool
}

type position struct{ start, end int }

// target finds the first target with a selector and places it in the text.
// It returns the span and whether the claim is (or becomes) an orphan.
func (im *importer) target(a object, path string, orphan bool) (annotate.Span, bool) {
	tp := join(path, "target")
	tv, ok := a["target"]
	if !ok {
		im.r.add(tp, "missing")
		return annotate.Span{}, orphan
	}
	for i, t := range list(tv) {
		if o, ok := t.(object); ok {
			if sel, ok := o["selector"]; ok {
				return im.selectors(sel, join(idx(tp, tv, i), "selector"), orphan)
			}
		}
	}
	im.r.add(tp, "no target with a selector: a TextQuoteSelector or TextPositionSelector is needed to place the claim in the text")
	return annotate.Span{}, orphan
}

func (im *importer) selectors(sv any, path string, orphan bool) (annotate.Span, bool) {
	var q *quote
	var pos *position
	var others []string
	before := len(*im.r.ps)
	for i, s := range list(sv) {
		sp := idx(path, sv, i)
		o, ok := s.(object)
		if !ok {
			im.r.add(sp, "want a selector object, got %s", kind(s))
			continue
		}
		switch {
		case hasType(o, "TextQuoteSelector") && q == nil:
			q = im.quote(o, sp)
		case hasType(o, "TextPositionSelector") && pos == nil:
			pos = im.position(o, sp)
		default:
			others = append(others, firstType(o))
		}
	}
	if len(*im.r.ps) > before {
		return annotate.Span{}, orphan
	}
	if q == nil && pos == nil {
		im.r.add(path, "no TextQuoteSelector or TextPositionSelector (found %s)", strings.Join(others, ", "))
		return annotate.Span{}, orphan
	}
	return im.place(q, pos, path, orphan)
}

func (im *importer) quote(o object, path string) *quote {
	q := &quote{}
	exact, ok := im.r.str(o, "exact", path)
	if !ok {
		if _, present := o["exact"]; !present {
			im.r.add(join(path, "exact"), "missing")
		}
		return nil
	}
	if exact == "" {
		im.r.add(join(path, "exact"), "empty quote")
		return nil
	}
	q.exact = exact
	q.prefix, q.hasPrefix = im.r.str(o, "prefix", path)
	q.suffix, q.hasSuffix = im.r.str(o, "suffix", path)
	return q
}

func (im *importer) position(o object, path string) *position {
	start, ok1 := im.r.integer(o, "start", path)
	end, ok2 := im.r.integer(o, "end", path)
	if !ok1 || !ok2 {
		return nil
	}
	if start > end {
		im.r.add(path, "start %d is after end %d", start, end)
		return nil
	}
	return &position{start, end}
}

// place turns the selectors into a span. A quote that matches at its
// position keeps its context as written; one that does not is searched
// for (nearest the position, best context first); one that cannot be found
// makes the claim an orphan, kept with what the file said. An orphan
// recorded as such is kept as written.
func (im *importer) place(q *quote, pos *position, path string, orphan bool) (annotate.Span, bool) {
	n := im.ix.Len()
	if q != nil && pos != nil && orphan {
		return annotate.Span{Start: pos.start, End: pos.end, Exact: q.exact, Prefix: q.prefix, Suffix: q.suffix}, true
	}
	if q == nil {
		switch {
		case pos.end > n:
			im.r.add(path, "end %d is past the end of the document (%d code points)", pos.end, n)
		case pos.start == pos.end:
			im.r.add(path, "empty selection at %d", pos.start)
		default:
			return annotate.MakeSpan(im.ix, pos.start, pos.end), orphan
		}
		return annotate.Span{}, orphan
	}
	near := -1
	if pos != nil {
		near = pos.start
		if got, err := im.ix.Slice(pos.start, pos.end); err == nil && got == q.exact {
			return im.withContext(q, pos.start, pos.end), false
		}
	}
	if start, ok := find(im.ix, q, near); ok {
		return annotate.MakeSpan(im.ix, start, start+annotate.RuneLen(q.exact)), false
	}
	if pos != nil {
		return annotate.Span{Start: pos.start, End: pos.end, Exact: q.exact, Prefix: q.prefix, Suffix: q.suffix}, true
	}
	im.r.add(path, "the quote %q is not in the document text", clip(q.exact))
	return annotate.Span{}, orphan
}

// withContext keeps the file's prefix and suffix when it gave them, else
// takes them from the text.
func (im *importer) withContext(q *quote, start, end int) annotate.Span {
	s := annotate.MakeSpan(im.ix, start, end)
	if q.hasPrefix {
		s.Prefix = q.prefix
	}
	if q.hasSuffix {
		s.Suffix = q.suffix
	}
	return s
}

func clip(s string) string {
	r := []rune(s)
	if len(r) <= 60 {
		return s
	}
	return string(r[:30]) + "…" + string(r[len(r)-30:])
}
