package score

import (
	"sort"
	"unicode"

	"whosaid/annotate"
)

// text is a document prepared for scoring: its code points and its word
// tokens, computed once per document.
type text struct {
	runes  []rune
	tokens []tokenPos // in order, non-overlapping
}

// tokenPos is a word token's code-point range, end exclusive.
type tokenPos struct{ start, end int }

// span is a span after normalization: code-point range and the range of
// token indexes [tokA, tokB) it touches.
type span struct {
	start, end int
	tokA, tokB int
}

func (s span) tokens() int { return s.tokB - s.tokA }

func newText(doc annotate.Document) *text {
	t := &text{runes: []rune(doc.Text())}
	in := false
	for i, r := range t.runes {
		w := isWordRune(r)
		switch {
		case w && !in:
			t.tokens = append(t.tokens, tokenPos{start: i})
		case !w && in:
			t.tokens[len(t.tokens)-1].end = i
		}
		in = w
	}
	if in {
		t.tokens[len(t.tokens)-1].end = len(t.runes)
	}
	return t
}

// isWordRune: a token is a run of letters, digits and combining marks, so
// "hasn’t" is two tokens and "ex-Soviet" two; spans are compared by the
// tokens they cover, so how words are cut matters little as long as it is
// the same for key and student.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// isEdgeRune is what normalization trims from both ends of a span: white
// space, punctuation and quotation marks (all quotes are punctuation).
func isEdgeRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r)
}

// normalize clamps s into the text, trims edge runes and finds its tokens.
// A span of nothing but edge runes becomes empty (0 tokens).
func (t *text) normalize(s annotate.Span) span {
	n := len(t.runes)
	a, b := min(max(s.Start, 0), n), min(max(s.End, 0), n)
	if b < a {
		a, b = b, a
	}
	for a < b && isEdgeRune(t.runes[a]) {
		a++
	}
	for b > a && isEdgeRune(t.runes[b-1]) {
		b--
	}
	out := span{start: a, end: b}
	if a == b {
		return out
	}
	// Tokens touching a..b: the first whose end is past a, up to the first
	// that starts at or after b. A span cut mid-word still counts the word.
	out.tokA = sort.Search(len(t.tokens), func(i int) bool { return t.tokens[i].end > a })
	out.tokB = sort.Search(len(t.tokens), func(i int) bool { return t.tokens[i].start >= b })
	out.tokB = max(out.tokB, out.tokA)
	return out
}

// sharedTokens is how many tokens two normalized spans have in common.
func sharedTokens(x, y span) int {
	return max(0, min(x.tokB, y.tokB)-max(x.tokA, y.tokA))
}

// sameSpan tells whether two normalized spans are the same stretch.
func sameSpan(x, y span) bool { return x.start == y.start && x.end == y.end && x.start < x.end }
