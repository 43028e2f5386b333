package anchor

import (
	"fmt"
	"math"

	"whosaid/annotate"
)

// Thresholds of the decision. A candidate's score mixes quote similarity,
// context similarity and nearness (see similarity.go).
const (
	// MinScore is the least score at which a span is placed at all; below it
	// the claim becomes an orphan.
	MinScore = 0.7
	// acceptIntact is the least score for taking an intact quote without
	// looking for approximate matches: context must back it up, so that an
	// unchanged copy of the words elsewhere does not win over the edited
	// original.
	acceptIntact = 0.8
	// margin is how far the best place must beat any other distinct place;
	// closer than that, context cannot tell them apart and we do not guess.
	margin = 0.08
	// ctxMargin is how much better the context of a place far from the
	// expected one must agree to put a place at the expected one in doubt.
	ctxMargin = 0.1
	// errorRate is the edit budget of approximate matching, per code point
	// of the quote; weakRate the larger budget of competitors.
	errorRate = 0.25
	weakRate  = 0.5
	// seedCap skips words that occur more often than this in the new text
	// ("the", "said"): they vote for too many places to be of use.
	seedCap = 64
	// maxSeeds is how many of the rarest words vote for places.
	maxSeeds = 16
	// nearHint is how far (code points) from the expected place an intact
	// quote is taken without looking further.
	nearHint = 64
	// farContext is the least context score of a place beyond hintReach.
	farContext = 0.8
	// hintReach is how far around the expected place approximate matches
	// are looked for (besides the places words vote for).
	hintReach = 256
	// maxApproxLen bounds the quotes matched approximately: the cost grows
	// with the square of the length, and a longer quote (a whole article)
	// is found intact or not at all.
	maxApproxLen = 10000
	// maxCandidates is how many voted places get verified.
	maxCandidates = 6
)

// query is one span to find, with where to expect it.
type query struct {
	q, pre, suf []rune
	oldStart    int
	hint        int      // expected new start
	lo, hi      int      // the new span must lie within lo..hi
	scale       float64  // nearness: distance from hint at which it falls to 1/e
	preM, sufM  *matcher // the context, compiled on first use
	allWords    []word   // see words
	pat         *pattern // the tokens of context and quote, made on first use
	edges       int8     // whether the quote's edges fall between tokens: 0 unknown, 1 yes, -1 no
}

// candidate is one possible place of the span in the new text.
type candidate struct {
	start, end int
	errors     int
	score      float64
	ctx        float64 // context similarity
	wordSim    float64 // word-level similarity of the quote (0: not measured)
	// weak marks a place that may not be taken (a match beyond the error
	// budget, or a far place without its context) but still competes: an
	// edited original near where it was expected makes a copy of the words
	// elsewhere ambiguous rather than chosen.
	weak bool
}

// Locate finds a span in an indexed text. See package doc for the method.
// The returned span is rebuilt on the new text (fresh context); for an
// orphan it is the old span unchanged.
func Locate(ix *annotate.TextIndex, sp annotate.Span) (annotate.Span, Method, float64) {
	return IndexOf(ix).Locate(sp)
}

// Locate finds a span in the prepared text, expecting it near its old start.
func (x *Index) Locate(sp annotate.Span) (annotate.Span, Method, float64) {
	got, m, score, _ := x.locateNear(sp, sp.Start, 0, len(x.runes), 1000)
	return got, m, score
}

// locateNear finds sp expecting it at hint, within lo..hi. For an orphan
// it also says why.
func (x *Index) locateNear(sp annotate.Span, hint, lo, hi int, scale float64) (annotate.Span, Method, float64, string) {
	if x.unchangedAt(sp, lo, hi) {
		return sp, Exact, 1, "" // the unchanged case: a position check only
	}
	qr := query{
		q: []rune(sp.Exact), pre: []rune(sp.Prefix), suf: []rune(sp.Suffix),
		oldStart: sp.Start, hint: hint, lo: max(0, lo), hi: min(len(x.runes), hi), scale: scale,
	}
	c, method, why := x.locate(&qr)
	if method == Orphan {
		return sp, Orphan, c.score, why
	}
	return annotate.MakeSpan(x.ix, c.start, c.end), method, c.score, ""
}

func (x *Index) locate(qr *query) (candidate, Method, string) {
	m := len(qr.q)
	switch {
	case m == 0:
		return candidate{}, Orphan, "the quote is empty"
	case qr.hi-qr.lo < m:
		return candidate{}, Orphan, "the quote is longer than the text it could be in"
	}
	// 1. At the old position, quote and context unchanged: see unchangedAt.
	// 2. Exact occurrences of the quote.
	var cands []candidate
	var mt *matcher
	for _, s := range x.fewOccurrences(qr) {
		if qr.tokenEdges() && !x.wholeWords(s, s+m) {
			// the words inside longer words ("year" in "yearly"): settle
			// the bounds on whole words
			if mt == nil {
				mt = compile(qr.q)
			}
			start, end, errs, sim := x.alignAround(qr, mt, s, s+m, int(errorRate*float64(m)))
			c := x.score(qr, start, end, errs, sim)
			c.weak = c.weak || !x.wholeWords(start, end) || x.crossesParagraph(qr, start, end)
			cands = append(cands, c)
			continue
		}
		cands = append(cands, x.score(qr, s, s+m, 0, 1))
	}
	// An intact copy far from where the span was expected is taken only if
	// no edited original near there competes with it (step 3 decides).
	if best, _, ok := qr.pick(cands); ok && best.score >= acceptIntact && abs(best.start-qr.hint) <= nearHint+m/2 {
		return best, methodOf(qr, best), ""
	}
	// 3. Approximate matches near the places the quote's words vote for.
	if k := int(errorRate * float64(m)); k > 0 && m <= maxApproxLen {
		cands = append(cands, x.approximate(qr, k, int(weakRate*float64(m)))...)
	}
	best, rival, ok := qr.pick(cands)
	switch {
	case rival != nil:
		return best, Orphan, fmt.Sprintf("it fits two places about equally well, %q at %d and %q at %d, and their context cannot tell them apart",
			x.clip(best), best.start, x.clip(*rival), rival.start)
	case !ok:
		return best, Orphan, "no place in the text holds enough of its words near where it was, or with its context around it"
	case best.score < MinScore:
		return best, Orphan, fmt.Sprintf("the closest place, %q at %d, agrees too little with the quote and its context (%.2f; %.2f needed)",
			x.clip(best), best.start, best.score, MinScore)
	}
	return best, methodOf(qr, best), ""
}

// clip is a candidate's text for a message, shortened.
func (x *Index) clip(c candidate) string {
	rs := x.runes[c.start:c.end]
	if len(rs) > 40 {
		return string(rs[:20]) + "…" + string(rs[len(rs)-19:])
	}
	return string(rs)
}

func methodOf(qr *query, c candidate) Method {
	switch {
	case c.errors > 0:
		return Fuzzy
	case c.start == qr.oldStart:
		return Exact
	}
	return Moved
}

// pick returns the best candidate, or false if there is none; when
// another distinct place scores within margin of it and puts it in doubt
// (see doubts), that rival too.
func (qr *query) pick(cands []candidate) (candidate, *candidate, bool) {
	if len(cands) == 0 {
		return candidate{}, nil, false
	}
	bi := -1
	for i, c := range cands {
		if c.weak {
			continue
		}
		if bi < 0 || c.score > cands[bi].score || (c.score == cands[bi].score && c.start < cands[bi].start) {
			bi = i
		}
	}
	if bi < 0 {
		return candidate{}, nil, false
	}
	best := cands[bi]
	for i, c := range cands {
		if i == bi || (c.start < best.end && best.start < c.end) {
			continue // the same place, found twice or slightly differently
		}
		if c.score > best.score-margin && qr.doubts(best, c) {
			return best, &c, false
		}
	}
	return best, nil, true
}

// doubts tells whether a competing place close in score makes the best
// one doubtful. Being where the span was expected is evidence of its own:
// against a best place there, a place far from it raises doubt only if its
// surroundings agree clearly better with the remembered context (the text
// was reorganized), not when it is a copy of the words with context no
// better (a stock phrase repeated through the text).
func (qr *query) doubts(best, c candidate) bool {
	if !qr.expected(best) || qr.expected(c) {
		return true
	}
	return c.ctx > best.ctx+ctxMargin
}

// expected tells whether a place is where the span was expected.
func (qr *query) expected(c candidate) bool {
	return abs(c.start-qr.hint) <= nearHint+len(qr.q)/2
}

// score rates the place start..end found with the given number of errors
// (code points) and word-level similarity (0 when not measured).
func (x *Index) score(qr *query, start, end, errors int, wordSim float64) candidate {
	quote := max(1-float64(errors)/float64(len(qr.q)), wordSim)
	ctx := x.contextScore(qr, start, end)
	pos := math.Exp(-math.Abs(float64(start-qr.hint)) / qr.scale)
	return candidate{
		start: start, end: end, errors: errors, ctx: ctx, wordSim: wordSim,
		score: weightQuote*quote + weightContext*ctx + weightPos*pos,
		// Far from where it was expected, a place must bring its context
		// along: stock phrases recur, so the words alone prove nothing.
		weak: abs(start-qr.hint) > hintReach+len(qr.q) && ctx < farContext,
	}
}

func (x *Index) equalAt(q []rune, s int) bool {
	if s < 0 || s+len(q) > len(x.runes) {
		return false
	}
	for i, r := range q {
		if x.runes[s+i] != r {
			return false
		}
	}
	return true
}

// unchangedAt tells whether the span's quote and full context are still at
// its position, comparing the stored strings in place (no conversion).
func (x *Index) unchangedAt(sp annotate.Span, lo, hi int) bool {
	if sp.Exact == "" || sp.Start < lo {
		return false
	}
	end, ok := x.stringAt(sp.Exact, sp.Start)
	if !ok || end > hi {
		return false
	}
	ps := sp.Start - annotate.RuneLen(sp.Prefix)
	if ps < 0 || (ps > 0 && ps != sp.Start-annotate.ContextLen) {
		return false // a short prefix must reach the start of the text
	}
	if _, ok := x.stringAt(sp.Prefix, ps); !ok {
		return false
	}
	se, ok := x.stringAt(sp.Suffix, end)
	return ok && (se == len(x.runes) || se == end+annotate.ContextLen)
}

// stringAt tells whether s is in the text at pos, and where it ends.
func (x *Index) stringAt(s string, pos int) (int, bool) {
	if pos < 0 {
		return 0, false
	}
	for _, r := range s {
		if pos >= len(x.runes) || x.runes[pos] != r {
			return 0, false
		}
		pos++
	}
	return pos, true
}
