package anchor

import (
	"sort"

	"whosaid/annotate"
)

// Exact search for a quote through the word index: the quote's rarest
// whole word gives the candidate starts, each verified in full.

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
