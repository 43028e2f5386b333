package anchor

import (
	"sort"
	"unicode"
)

// Tokens are the unit of word-level alignment: a word (a maximal run of
// word runes, see isWordRune) or one punctuation or symbol rune. White space
// is not a token, so "\n" and "\n\n" and " " between two words are all the
// same: a text whose paragraphs are separated by one line break aligns with
// one whose paragraphs are separated by two.
type tok struct {
	start, end int    // rune offsets, end exclusive
	word       bool   // a word; otherwise one punctuation rune
	key, fold  uint64 // hash of the runes, and of the runes in lower case
}

// tokenize splits rs into tokens; offsets are shifted by base.
func tokenize(rs []rune, base int) []tok {
	out := make([]tok, 0, len(rs)/4)
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, makeTok(rs[start:end], base+start, true))
			start = -1
		}
	}
	for i, r := range rs {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case unicode.IsSpace(r):
			flush(i)
		default:
			flush(i)
			out = append(out, makeTok(rs[i:i+1], base+i, false))
		}
	}
	flush(len(rs))
	return out
}

func makeTok(rs []rune, start int, word bool) tok {
	h, f := uint64(14695981039346656037), uint64(14695981039346656037)
	for _, r := range rs {
		h = (h ^ uint64(r)) * 1099511628211
		f = (f ^ uint64(unicode.ToLower(r))) * 1099511628211
	}
	return tok{start: start, end: start + len(rs), word: word, key: h, fold: f}
}

// tokens returns the text's tokens, building them on first use.
func (d *textData) tokenList() []tok {
	d.toksOnce.Do(func() { d.toks = tokenize(d.runes, 0) })
	return d.toks
}

// tokensIn returns the tokens lying entirely within lo..hi.
func (d *textData) tokensIn(lo, hi int) []tok {
	ts := d.tokenList()
	i := sort.Search(len(ts), func(i int) bool { return ts[i].start >= lo })
	j := sort.Search(len(ts), func(i int) bool { return ts[i].end > hi })
	if j < i {
		return nil
	}
	return ts[i:j]
}

// Costs of the word-level alignment, in hundredths of a word. A replaced
// word costs less than a deleted plus an inserted one, so a word replaced at
// the edge of a quote stays inside it; punctuation weighs half a word.
const (
	costWord      = 100
	costPunct     = 50
	costCase      = 10  // the same word in another case
	costPunctSwap = 50  // one punctuation mark for another (“ for ")
	costMixed     = 200 // a word for a punctuation mark: never cheaper than indels
)

func (t tok) weight() int32 {
	if t.word {
		return costWord
	}
	return costPunct
}

// subCost is the cost of aligning pattern token a with text token b.
func subCost(a, b tok) int32 {
	switch {
	case a.key == b.key && a.word == b.word:
		return 0
	case a.word != b.word:
		return costMixed
	case !a.word:
		return costPunctSwap
	case a.fold == b.fold:
		return costCase
	}
	return costWord
}
