package anchor

import (
	"math"
	"strings"
	"unicode"

	"whosaid/annotate"
)

// Find is the one rule for where a quote is in a text, shared by
// re-anchoring (Locate's exact step) and by importing other tools' files
// (annotate/w3c: a TextQuoteSelector's exact text, prefix and suffix).
//
// Of the quote's exact occurrences between the code points lo and hi,
// each is scored as Locate scores a place: how well the text around it
// agrees with the remembered prefix and suffix, and how near it is to near
// (a code-point offset; -1 for none). The best one is returned; sure is
// false when another distinct occurrence scores about as well and its
// context cannot tell them apart — re-anchoring then keeps the claim as an
// orphan, an import places it at the best one and says so.
//
// A quote found nowhere exactly may differ from the text only in its white
// space (a quote across a paragraph break written with one line break):
// then its words in order, any white space between them, are looked for,
// the occurrence nearest near first (Found.Loose).
func (x *Index) Find(sp annotate.Span, near, lo, hi int) (f Found, ok bool) {
	pre, suf := []rune(sp.Prefix), []rune(sp.Suffix)
	// A file's context can be any length: what is compared is bounded, so
	// that a hostile one cannot make the search slow.
	pre, suf = pre[max(0, len(pre)-maxFindContext):], suf[:min(len(suf), maxFindContext)]
	qr := query{
		q: []rune(sp.Exact), pre: pre, suf: suf,
		oldStart: -1, hint: near, lo: max(0, lo), hi: min(len(x.runes), hi), scale: 1000,
	}
	if near < 0 {
		qr.scale = math.Inf(1) // no expected place: nearness does not count
	}
	if len(qr.q) == 0 || qr.hi-qr.lo < len(qr.q) {
		return Found{}, false
	}
	var cands []candidate
	for _, s := range x.fewOccurrences(&qr) {
		c := x.score(&qr, s, s+len(qr.q), 0, 1)
		c.weak = c.weak && near >= 0
		cands = append(cands, c)
	}
	if best, rival, found := qr.pick(cands); found || rival != nil {
		return Found{Start: best.start, End: best.end, Sure: rival == nil}, true
	}
	if s, e, found := x.findLoose(sp.Exact, near); found && s >= qr.lo && e <= qr.hi {
		return Found{Start: s, End: e, Sure: true, Loose: true}, true
	}
	return Found{}, false
}

// maxFindContext bounds the prefix and suffix Find compares, in code
// points (a quote's own context is annotate.ContextLen).
const maxFindContext = 256

// Found is where Find found a quote.
type Found struct {
	Start, End int // code points
	// Sure is false when another place fits about as well.
	Sure bool
	// Loose: found with other white space than the quote's.
	Loose bool
}

// findLoose finds a quote whose white space differs from the text's: its
// words in order, any white space between them; the occurrence nearest
// near (the first when near is -1).
func (x *Index) findLoose(exact string, near int) (int, int, bool) {
	words := strings.Fields(exact)
	if len(words) < 2 || strings.TrimSpace(exact) != exact {
		return 0, 0, false
	}
	text := x.ix.Text()
	best, bestEnd, bestDist := -1, 0, 0
	for off, n := 0, 0; off < len(text) && n < maxLooseTries; n++ {
		i := strings.Index(text[off:], words[0])
		if i < 0 {
			break
		}
		b := off + i
		if e, ok := wordsAt(text, b, words); ok {
			cp, _ := x.ix.FromByte(b)
			ecp, _ := x.ix.FromByte(e)
			dist := 0
			if near >= 0 {
				dist = abs(cp - near)
			}
			if best < 0 || dist < bestDist {
				best, bestEnd, bestDist = cp, ecp, dist
			}
		}
		off = b + len(words[0])
	}
	return best, bestEnd, best >= 0
}

// maxLooseTries bounds the places the first word of a loose quote is
// tried at (a hostile file cannot make the search quadratic).
const maxLooseTries = 10000

// wordsAt tells whether the words follow each other from byte b with only
// white space between them, and where the last ends.
func wordsAt(text string, b int, words []string) (int, bool) {
	for k, w := range words {
		if k > 0 {
			rest := strings.TrimLeftFunc(text[b:], unicode.IsSpace)
			if len(rest) == len(text[b:]) {
				return 0, false // no white space between two words
			}
			b = len(text) - len(rest)
		}
		if !strings.HasPrefix(text[b:], w) {
			return 0, false
		}
		b += len(w)
	}
	return b, true
}
