package anchor

import (
	"slices"
	"sync"
	"unicode"

	"whosaid/annotate"
)

// Word-level alignment settles where a quote starts and ends once the
// character-level search has found roughly where it is. The remembered
// prefix, quote and suffix are aligned, as tokens (tokens.go), with the
// text's tokens around that place; the quote then starts at the first text
// token aligned with one of its tokens and ends after the last. Its
// boundaries therefore always fall between tokens — never inside a word —
// and a word replaced at its edge stays inside it, while a word inserted
// next to it stays outside.

// segment says which part of the remembered text a pattern token is from.
type segment uint8

const (
	segPrefix segment = iota
	segQuote
	segSuffix
)

// pattern is the remembered text as tokens.
type pattern struct {
	toks []tok
	seg  []segment
}

// alignment is the result of aligning a pattern with text tokens.
type alignment struct {
	start, end int     // the quote's place in the text, as rune offsets
	quoteCost  int32   // cost of the edits inside the quote
	quoteSim   float64 // 1 - quoteCost / weight of the quote's tokens
	ok         bool    // some quote token was aligned
}

// makePattern tokenizes prefix, quote and suffix. A word cut by the end of
// a full-length context is left out: it is not a whole word of the text.
func makePattern(pre, q, suf []rune, contextLen int) pattern {
	var p pattern
	add := func(ts []tok, s segment) {
		for _, t := range ts {
			p.toks = append(p.toks, t)
			p.seg = append(p.seg, s)
		}
	}
	pt := tokenize(pre, 0)
	if len(pre) >= contextLen && len(pt) > 0 && pt[0].word && pt[0].start == 0 {
		pt = pt[1:]
	}
	st := tokenize(suf, 0)
	if len(suf) >= contextLen && len(st) > 0 && st[len(st)-1].word && st[len(st)-1].end == len(suf) {
		st = st[:len(st)-1]
	}
	add(pt, segPrefix)
	add(tokenize(q, 0), segQuote)
	add(st, segSuffix)
	return p
}

// quoteWeight is the total weight of the pattern's quote tokens.
func (p pattern) quoteWeight() int32 {
	var w int32
	for i, t := range p.toks {
		if p.seg[i] == segQuote {
			w += t.weight()
		}
	}
	return w
}

// Backtrace steps.
const (
	stepDiag uint8 = iota // pattern token aligned with text token
	stepDel               // pattern token left out
	stepIns               // text token not in the pattern
)

// matchBonus breaks ties between alignments of equal cost in favour of
// the one that keeps more of the quote's own tokens matched exactly: with
// "Chinese President" remembered and "Chinese his President" in the text,
// "his" is inserted, rather than "President" replaced by "his" and pushed
// into the context.
const matchBonus = 1 // hundredths of a word

// scratch holds the alignment tables, reused across alignments.
type scratch struct {
	cost []int32
	step []uint8
	w    []int32
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// weights lists the tokens' weights.
func (s *scratch) weights(ts []tok) []int32 {
	s.w = s.w[:0]
	for _, t := range ts {
		s.w = append(s.w, t.weight())
	}
	return s.w
}

func (s *scratch) grow(n int) ([]int32, []uint8) {
	if cap(s.cost) < n {
		s.cost = make([]int32, n)
		s.step = make([]uint8, n)
	}
	return s.cost[:n], s.step[:n]
}

// align aligns the whole pattern with a stretch of text (free to start and
// end anywhere in text) at the least cost, preferring on ties aligned
// tokens over left-out ones and the earliest end.
func align(p pattern, text []tok) alignment {
	n, m := len(p.toks), len(text)
	if n == 0 || m == 0 {
		return alignment{}
	}
	w := m + 1
	buf := scratchPool.Get().(*scratch)
	defer scratchPool.Put(buf)
	cost, step := buf.grow((n + 1) * w)
	tw := buf.weights(text)
	for j := 0; j <= m; j++ {
		cost[j] = 0
	}
	for i := 1; i <= n; i++ {
		cost[i*w] = cost[(i-1)*w] + p.toks[i-1].weight()
		step[i*w] = stepDel
	}
	for j := 1; j <= m; j++ {
		step[j] = stepIns // row 0: a free start
	}
	for i := 1; i <= n; i++ {
		pt := p.toks[i-1]
		del := pt.weight()
		var bonus int32
		if p.seg[i-1] == segQuote {
			bonus = matchBonus
		}
		prev, row := cost[(i-1)*w:i*w], cost[i*w:(i+1)*w]
		steps := step[i*w : (i+1)*w]
		for j := 1; j <= m; j++ {
			t := &text[j-1]
			var sub int32
			if t.key != pt.key || t.word != pt.word {
				sub = subCost(pt, *t)
			} else {
				sub = -bonus
			}
			best, st := prev[j-1]+sub, stepDiag
			if c := prev[j] + del; c < best {
				best, st = c, stepDel
			}
			if c := row[j-1] + tw[j-1]; c < best {
				best, st = c, stepIns
			}
			row[j], steps[j] = best, st
		}
	}
	endJ := 0
	for j := 1; j <= m; j++ {
		if cost[n*w+j] < cost[n*w+endJ] {
			endJ = j
		}
	}
	return backtrace(p, text, step, w, endJ)
}

// backtrace walks the alignment back from (len(pattern), endJ) and reads
// the quote's bounds and cost off it.
func backtrace(p pattern, text []tok, step []uint8, w, endJ int) alignment {
	var a alignment
	first, last := -1, -1 // text tokens aligned with quote tokens
	var pending int32     // text inserted after a quote token: inside if one is aligned before it
	i, j := len(p.toks), endJ
	for i > 0 {
		switch step[i*w+j] {
		case stepDiag:
			if p.seg[i-1] == segQuote {
				if last < 0 {
					last = j - 1
				}
				first = j - 1
				a.quoteCost += subCost(p.toks[i-1], text[j-1]) + pending
				pending = 0
			}
			i, j = i-1, j-1
		case stepDel:
			if p.seg[i-1] == segQuote {
				a.quoteCost += p.toks[i-1].weight()
			}
			i--
		case stepIns:
			if last >= 0 && p.seg[i-1] == segQuote {
				pending += text[j-1].weight()
			}
			j--
		}
	}
	if first < 0 {
		return a
	}
	a.start, a.end, a.ok = text[first].start, text[last].end, true
	if wt := p.quoteWeight(); wt > 0 {
		a.quoteSim = max(0, 1-float64(a.quoteCost)/float64(wt))
	}
	return a
}

// Word-backed places: when the quote's words were replaced wholesale (a
// short quote with one long word changed), its characters differ beyond
// the edit budget, but the place is still certain if most of its words are
// there and the context around agrees, near where it was expected.
const (
	minWordSim    = 0.5
	wordBackedCtx = 0.5
)

func (c candidate) wordBacked(qr *query) bool {
	return c.wordSim >= minWordSim && c.ctx >= wordBackedCtx && abs(c.start-qr.hint) <= hintReach+len(qr.q)
}

// edgeToks is how many tokens of a long quote's head and tail are aligned
// with the context at its edges (a whole long quote is not aligned: the
// cost grows with the square of its length).
const edgeToks = 16

// tokenEdges tells whether both ends of the quote fell between tokens of the
// text it was made on (the quote does not start or end inside a word or
// with white space). Only then are its bounds settled by word alignment.
func (qr *query) tokenEdges() bool {
	if qr.edges == 0 {
		qr.edges = -1
		if len(qr.q) > 0 && betweenTokens(qr.pre, qr.q, true) && betweenTokens(qr.q, qr.suf, false) {
			qr.edges = 1
		}
	}
	return qr.edges > 0
}

// betweenTokens tells whether the boundary between a and b is one between
// tokens; quoteLeft says whether b (else a) is the quote, never empty.
func betweenTokens(a, b []rune, quoteLeft bool) bool {
	var inner rune // the quote's rune at the boundary
	if quoteLeft {
		inner = b[0]
	} else {
		inner = a[len(a)-1]
	}
	if unicode.IsSpace(inner) {
		return false // a quote with white space at its edge
	}
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	return !(isWordRune(a[len(a)-1]) && isWordRune(b[0]))
}

// wholeWords tells whether start..end cuts no word of the text in two.
func (x *Index) wholeWords(start, end int) bool {
	rs := x.runes
	cut := func(b int) bool { return b > 0 && b < len(rs) && isWordRune(rs[b-1]) && isWordRune(rs[b]) }
	return !cut(start) && !cut(end)
}

// crossesParagraph tells whether start..end runs over a line break that
// the quote did not have: white space is not compared when aligning words,
// and a quote from within one paragraph must not end up spanning two.
func (x *Index) crossesParagraph(qr *query, start, end int) bool {
	return !slices.Contains(qr.q, '\n') && slices.Contains(x.runes[start:end], '\n')
}

// alignAround settles the bounds of an approximate match s..e by word
// alignment with the text around it, and returns them with the quote's
// edit distance there and its word-level similarity.
func (x *Index) alignAround(qr *query, mt *matcher, s, e, k int) (int, int, int, float64) {
	if qr.pat == nil {
		p := makePattern(qr.pre, qr.q, qr.suf, annotate.ContextLen)
		qr.pat = &p
	}
	slack := 2*k + 16
	start, end, sim := s, e, 0.0
	if n := len(qr.pat.toks); n <= 3*edgeToks+2*annotate.ContextLen {
		lo := max(qr.lo, s-len(qr.pre)-slack)
		hi := min(qr.hi, e+len(qr.suf)+slack)
		a := align(*qr.pat, x.tokensIn(lo, hi))
		if !a.ok {
			return s, e, mt.distance(x.runes[s:e]), 0
		}
		start, end, sim = a.start, a.end, a.quoteSim
	} else {
		start, end = x.alignEdges(qr, s, e, slack)
	}
	if start >= end {
		return s, e, mt.distance(x.runes[s:e]), 0
	}
	return start, end, mt.distance(x.runes[start:end]), sim
}

// alignEdges settles the bounds of a long quote: its head with the prefix,
// its tail with the suffix.
func (x *Index) alignEdges(qr *query, s, e, slack int) (int, int) {
	p := *qr.pat
	q0, q1 := -1, -1 // the quote's tokens in the pattern
	for i, sg := range p.seg {
		if sg == segQuote {
			if q0 < 0 {
				q0 = i
			}
			q1 = i + 1
		}
	}
	if q0 < 0 || q1-q0 < 2*edgeToks {
		return s, e
	}
	head := pattern{toks: p.toks[:q0+edgeToks], seg: p.seg[:q0+edgeToks]}
	tail := pattern{toks: p.toks[q1-edgeToks:], seg: p.seg[q1-edgeToks:]}
	headLen := p.toks[q0+edgeToks-1].end - p.toks[q0].start
	tailLen := p.toks[q1-1].end - p.toks[q1-edgeToks].start
	start, end := s, e
	if a := align(head, x.tokensIn(max(qr.lo, s-len(qr.pre)-slack), min(qr.hi, s+headLen+slack))); a.ok {
		start = a.start
	}
	if a := align(tail, x.tokensIn(max(qr.lo, e-tailLen-slack), min(qr.hi, e+len(qr.suf)+slack))); a.ok {
		end = a.end
	}
	return start, end
}
