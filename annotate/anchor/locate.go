package anchor

import (
	"math"
	"sort"

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
}

// candidate is one possible place of the span in the new text.
type candidate struct {
	start, end int
	errors     int
	score      float64
	// weak marks a match beyond the error budget: never placed, but it
	// competes, so that an edited original near where it was expected, with
	// its context, makes a copy elsewhere ambiguous rather than chosen.
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
	return x.locateNear(sp, sp.Start, 0, len(x.runes), 1000)
}

// locateNear finds sp expecting it at hint, within lo..hi.
func (x *Index) locateNear(sp annotate.Span, hint, lo, hi int, scale float64) (annotate.Span, Method, float64) {
	if x.unchangedAt(sp, lo, hi) {
		return sp, Exact, 1 // the unchanged case: a position check only
	}
	qr := query{
		q: []rune(sp.Exact), pre: []rune(sp.Prefix), suf: []rune(sp.Suffix),
		oldStart: sp.Start, hint: hint, lo: max(0, lo), hi: min(len(x.runes), hi), scale: scale,
	}
	c, method := x.locate(&qr)
	if method == Orphan {
		return sp, Orphan, c.score
	}
	return annotate.MakeSpan(x.ix, c.start, c.end), method, c.score
}

func (x *Index) locate(qr *query) (candidate, Method) {
	m := len(qr.q)
	if m == 0 || qr.hi-qr.lo < m {
		return candidate{}, Orphan
	}
	// 1. At the old position.
	if s := qr.oldStart; s >= qr.lo && s+m <= qr.hi && x.equalAt(qr.q, s) {
		if x.contextEqual(qr, s) {
			return candidate{start: s, end: s + m, score: 1}, Exact
		}
		if c := x.score(qr, s, s+m, 0); c.score >= acceptIntact {
			return c, Exact
		}
	}
	// 2. Exact occurrences of the quote.
	var cands []candidate
	for _, s := range x.fewOccurrences(qr) {
		cands = append(cands, x.score(qr, s, s+m, 0))
	}
	// An intact copy far from where the span was expected is taken only if
	// no edited original near there competes with it (step 3 decides).
	if best, ok := pick(cands); ok && best.score >= acceptIntact && abs(best.start-qr.hint) <= nearHint+m/2 {
		return best, methodOf(qr, best)
	}
	// 3. Approximate matches near the places the quote's words vote for.
	if k := int(errorRate * float64(m)); k > 0 {
		cands = append(cands, x.approximate(qr, k, int(weakRate*float64(m)))...)
	}
	best, ok := pick(cands)
	if !ok || best.score < MinScore {
		return best, Orphan
	}
	return best, methodOf(qr, best)
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

// pick returns the best candidate, or false if another distinct place scores
// within margin of it (ambiguous) or there is none.
func pick(cands []candidate) (candidate, bool) {
	if len(cands) == 0 {
		return candidate{}, false
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
		return candidate{}, false
	}
	best := cands[bi]
	for i, c := range cands {
		if i == bi || (c.start < best.end && best.start < c.end) {
			continue // the same place, found twice or slightly differently
		}
		if c.score > best.score-margin {
			return best, false
		}
	}
	return best, true
}

// score rates the place start..end found with the given number of errors.
func (x *Index) score(qr *query, start, end, errors int) candidate {
	quote := 1 - float64(errors)/float64(len(qr.q))
	ctx := x.contextScore(qr, start, end)
	pos := math.Exp(-math.Abs(float64(start-qr.hint)) / qr.scale)
	return candidate{
		start: start, end: end, errors: errors,
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

// contextEqual tells whether prefix and suffix are exactly as remembered
// (the unchanged case), without scoring.
func (x *Index) contextEqual(qr *query, s int) bool {
	e := s + len(qr.q)
	return s >= len(qr.pre) && x.equalAt(qr.pre, s-len(qr.pre)) &&
		e+len(qr.suf) <= len(x.runes) && x.equalAt(qr.suf, e) &&
		(len(qr.pre) == annotate.ContextLen || s == len(qr.pre)) &&
		(len(qr.suf) == annotate.ContextLen || e+len(qr.suf) == len(x.runes))
}

// word is a whole word of the remembered text (context and quote), at
// offset off from the quote's start.
type word struct {
	off, end int
	hash     uint64
}

// words lists the whole words of prefix+quote+suffix (computed once). A
// word cut by the end of the stored context is left out (it is not a whole
// word in the text).
func (qr *query) words(inQuoteOnly bool) []word {
	if qr.allWords == nil {
		all := make([]rune, 0, len(qr.pre)+len(qr.q)+len(qr.suf))
		all = append(append(append(all, qr.pre...), qr.q...), qr.suf...)
		qs := len(qr.pre)
		qr.allWords = make([]word, 0, len(all)/4)
		forEachWord(all, func(s, e int) {
			if s == 0 && len(qr.pre) == annotate.ContextLen {
				return
			}
			if e == len(all) && len(qr.suf) == annotate.ContextLen {
				return
			}
			qr.allWords = append(qr.allWords, word{off: s - qs, end: e - qs, hash: hashRunes(all[s:e])})
		})
	}
	if !inQuoteOnly {
		return qr.allWords
	}
	var out []word
	for _, w := range qr.allWords {
		if w.off >= 0 && w.end <= len(qr.q) {
			out = append(out, w)
		}
	}
	return out
}

// occurrences finds every start in lo..hi where the quote occurs exactly,
// through the word index (or a scan when the quote holds no whole word).
func (x *Index) occurrences(qr *query) []int {
	ws := qr.words(true)
	var out []int
	if len(ws) == 0 {
		for s := qr.lo; s+len(qr.q) <= qr.hi; s++ {
			if x.runes[s] == qr.q[0] && x.equalAt(qr.q, s) {
				out = append(out, s)
			}
		}
		return out
	}
	idx := x.wordIndex()
	rare := ws[0]
	for _, w := range ws[1:] {
		if len(idx[w.hash]) < len(idx[rare.hash]) {
			rare = w
		}
	}
	for _, p := range idx[rare.hash] {
		s := int(p) - rare.off
		if s >= qr.lo && s+len(qr.q) <= qr.hi && x.equalAt(qr.q, s) {
			out = append(out, s)
		}
	}
	return out
}

// maxOccurrences is how many exact occurrences get a full context score;
// a stock phrase may occur hundreds of times.
const maxOccurrences = 16

// fewOccurrences returns the occurrences worth scoring: all of them if
// there are few, else those near the expected place and those whose
// adjacent context agrees longest with the remembered one.
func (x *Index) fewOccurrences(qr *query) []int {
	occ := x.occurrences(qr)
	if len(occ) <= maxOccurrences {
		return occ
	}
	m := len(qr.q)
	agree := func(s int) int {
		n := 0
		for i := 1; i <= len(qr.pre) && s-i >= 0 && x.runes[s-i] == qr.pre[len(qr.pre)-i]; i++ {
			n++
		}
		for i := 0; i < len(qr.suf) && s+m+i < len(x.runes) && x.runes[s+m+i] == qr.suf[i]; i++ {
			n++
		}
		if abs(s-qr.hint) <= nearHint+m/2 {
			n += 2 * annotate.ContextLen
		}
		return n
	}
	sort.Slice(occ, func(i, j int) bool { return agree(occ[i]) > agree(occ[j]) })
	return occ[:maxOccurrences]
}

// approximate verifies, with Myers' algorithm, the places that the rarest
// words of the quote and its context vote for, and the expected place.
func (x *Index) approximate(qr *query, k, weakK int) []candidate {
	m := len(qr.q)
	weakK = max(k, min(m-1, weakK))
	slack := k + 16
	diags := x.vote(qr, slack)
	mt := compile(qr.q)
	var out []candidate
	seen := make(map[[2]int]bool)
	add := func(mm Match) {
		start, end, errs := mm.Start, mm.End, mm.Errors
		if seen[[2]int{start, end}] {
			return
		}
		seen[[2]int{start, end}] = true
		if errs > 0 && errs <= k {
			start, end, errs = x.refine(qr, mt, start, end, k)
		}
		c := x.score(qr, start, end, errs)
		c.weak = c.weak || errs > k
		out = append(out, c)
	}
	// Voted places: the best match in a window around each.
	for _, d := range diags {
		lo := max(qr.lo, d-slack)
		hi := min(qr.hi, d+m+k+slack)
		if hi-lo < m-k {
			continue
		}
		var best *Match
		for _, mm := range mt.search(x.runes, lo, hi, weakK) {
			if best == nil || mm.Errors < best.Errors ||
				(mm.Errors == best.Errors && abs(mm.Start-d) < abs(best.Start-d)) {
				best = &mm
			}
		}
		if best != nil {
			add(*best)
		}
	}
	// The expected place: every match in a wide window, so that an edited
	// original there competes even when the expectation is a little off.
	lo := max(qr.lo, qr.hint-hintReach-weakK)
	hi := min(qr.hi, qr.hint+m+weakK+hintReach)
	if hi-lo >= m-k {
		for _, mm := range mt.search(x.runes, lo, hi, weakK) {
			add(mm)
		}
	}
	return out
}

// vote returns the expected starts ("diagonals") most words agree on.
func (x *Index) vote(qr *query, width int) []int {
	idx := x.wordIndex()
	ws := qr.words(false)
	type seed struct {
		off int
		ps  []int32
	}
	seeds := make([]seed, 0, len(ws))
	for _, w := range ws {
		if ps := idx[w.hash]; len(ps) > 0 && len(ps) <= seedCap {
			seeds = append(seeds, seed{w.off, ps})
		}
	}
	sort.Slice(seeds, func(i, j int) bool { return len(seeds[i].ps) < len(seeds[j].ps) })
	seeds = seeds[:min(len(seeds), maxSeeds)]
	var diags []int
	for _, sd := range seeds {
		for _, p := range sd.ps {
			if d := int(p) - sd.off; d >= qr.lo-width && d < qr.hi {
				diags = append(diags, d)
			}
		}
	}
	if len(diags) == 0 {
		return nil
	}
	sort.Ints(diags)
	// Greedily take the windows of the given width holding the most votes.
	taken := make([]bool, len(diags))
	var out []int
	for len(out) < maxCandidates {
		bestI, bestN := -1, 0
		j := 0
		for i := range diags {
			if taken[i] {
				continue
			}
			if j < i {
				j = i
			}
			for j < len(diags) && diags[j]-diags[i] <= width {
				j++
			}
			n := 0
			for t := i; t < j; t++ {
				if !taken[t] {
					n++
				}
			}
			if n > bestN {
				bestI, bestN = i, n
			}
		}
		if bestI < 0 || (bestN < 2 && len(out) > 0) {
			break
		}
		var n, sum int
		for t := bestI; t < len(diags) && diags[t]-diags[bestI] <= width; t++ {
			if !taken[t] {
				taken[t] = true
				sum += diags[t]
				n++
			}
		}
		out = append(out, sum/n)
	}
	return out
}
