package w3c

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/annotate"
)

// contextBytes bounds how much prefix and suffix is compared per
// occurrence, so a hostile file cannot make the search quadratic in them.
const contextBytes = 256

// maxOccurrences bounds the occurrences of one quote that are scored.
const maxOccurrences = 10000

// find locates a quote in the text, between the code points lo and hi.
// Among several occurrences it prefers the one whose surroundings best
// match the prefix and suffix (white space compared loosely: a line break
// where the text has a blank line still agrees), then the one nearest near
// (a code-point offset; -1 for none), then the first.
func find(ix *annotate.TextIndex, q *quote, near, lo, hi int) (int, bool) {
	text := ix.Text()
	from, err1 := ix.Byte(lo)
	to, err2 := ix.Byte(hi)
	if err1 != nil || err2 != nil || q.exact == "" {
		return 0, false
	}
	prefix := tail(q.prefix, contextBytes)
	suffix := head(q.suffix, contextBytes)
	best, bestScore, bestDist := -1, -1, 0
	for off, n := from, 0; off <= to && n < maxOccurrences; n++ {
		i := strings.Index(text[off:to], q.exact)
		if i < 0 {
			break
		}
		b := off + i
		if cp, err := ix.FromByte(b); err == nil {
			e := b + len(q.exact)
			score := agreeBackward(prefix, text[max(0, b-2*len(prefix)):b]) +
				agreeForward(suffix, text[e:min(len(text), e+2*len(suffix))])
			dist := 0
			if near >= 0 {
				dist = abs(cp - near)
			}
			if score > bestScore || score == bestScore && dist < bestDist {
				best, bestScore, bestDist = cp, score, dist
			}
		}
		_, size := utf8.DecodeRuneInString(text[b:])
		off = b + max(size, 1)
	}
	return best, best >= 0
}

// agreeForward counts how far want and got agree from their starts, in
// runes, a run of white space in both counting as one.
func agreeForward(want, got string) int {
	n := 0
	for want != "" && got != "" {
		w, ws := utf8.DecodeRuneInString(want)
		g, gs := utf8.DecodeRuneInString(got)
		if unicode.IsSpace(w) && unicode.IsSpace(g) {
			want = strings.TrimLeftFunc(want, unicode.IsSpace)
			got = strings.TrimLeftFunc(got, unicode.IsSpace)
			n++
			continue
		}
		if w != g {
			break
		}
		want, got = want[ws:], got[gs:]
		n++
	}
	return n
}

// agreeBackward is agreeForward from the ends.
func agreeBackward(want, got string) int {
	n := 0
	for want != "" && got != "" {
		w, ws := utf8.DecodeLastRuneInString(want)
		g, gs := utf8.DecodeLastRuneInString(got)
		if unicode.IsSpace(w) && unicode.IsSpace(g) {
			want = strings.TrimRightFunc(want, unicode.IsSpace)
			got = strings.TrimRightFunc(got, unicode.IsSpace)
			n++
			continue
		}
		if w != g {
			break
		}
		want, got = want[:len(want)-ws], got[:len(got)-gs]
		n++
	}
	return n
}

// findLoose finds a quote whose white space differs from the text's (a
// quote across a paragraph break written with one line break): its words
// in order, any white space between them. It returns the code-point bounds
// of the occurrence nearest near.
func findLoose(ix *annotate.TextIndex, exact string, near int) (int, int, bool) {
	words := strings.Fields(exact)
	if len(words) < 2 || strings.TrimSpace(exact) != exact {
		return 0, 0, false
	}
	text := ix.Text()
	best, bestEnd, bestDist := -1, 0, 0
	for off, n := 0, 0; off < len(text) && n < maxOccurrences; n++ {
		i := strings.Index(text[off:], words[0])
		if i < 0 {
			break
		}
		b := off + i
		if e, ok := wordsAt(text, b, words); ok {
			cp, _ := ix.FromByte(b)
			ecp, _ := ix.FromByte(e)
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

// head and tail cut a string to at most n bytes on a character boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
