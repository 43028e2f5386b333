package w3c

import (
	"strings"
	"unicode/utf8"

	"whosaid/annotate"
)

// contextBytes bounds how much prefix and suffix is compared per
// occurrence, so a hostile file cannot make the search quadratic in them.
const contextBytes = 256

// find locates a quote in the text. Among several occurrences it prefers
// the one whose surroundings best match the prefix and suffix, then the one
// nearest near (a code-point offset; -1 for none), then the first.
func find(ix *annotate.TextIndex, q *quote, near int) (int, bool) {
	text := ix.Text()
	prefix := tail(q.prefix, contextBytes)
	suffix := head(q.suffix, contextBytes)
	best, bestScore, bestDist := -1, -1, 0
	for off := 0; off <= len(text); {
		i := strings.Index(text[off:], q.exact)
		if i < 0 {
			break
		}
		b := off + i
		cp, err := ix.FromByte(b)
		if err == nil {
			score := commonSuffix(prefix, text[max(0, b-len(prefix)):b]) +
				commonPrefix(suffix, text[b+len(q.exact):min(len(text), b+len(q.exact)+len(suffix))])
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

func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
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
