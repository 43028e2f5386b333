package names

import (
	"strings"
	"unicode"
)

// SamePerson tells whether a and b may name the same speaker: folded
// alike, or every word of the shorter standing for its own word of the
// longer (the same word or its initial, at least one a whole word), or
// one an acronym of the other.
func SamePerson(a, b string) bool {
	if Fold(a) == "" || Fold(b) == "" {
		return false
	}
	if Fold(a) == Fold(b) {
		return true
	}
	wa, wb := Words(a), Words(b)
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	return wordsMatch(wa, wb, false) || isAcronymOf(a, b) || isAcronymOf(b, a)
}

// maxWords bounds the word rule: longer names are the same only when
// they fold alike (a name has a few words; a pasted paragraph is no name).
const maxWords = 10

// wordsMatch tells whether each word of q stands for a distinct word of n,
// in any order, at least one of them a whole word. With partial, q's last
// word may be the start of a word (it is still being typed).
func wordsMatch(q, n []string, partial bool) bool {
	if len(q) == 0 || len(q) > len(n) || len(n) > maxWords {
		return false
	}
	m := make([][]match, len(q))
	for i := range q {
		m[i] = make([]match, len(n))
		for j := range n {
			m[i][j] = wordMatch(q[i], n[j], partial && i == len(q)-1)
		}
	}
	// Some pair is a whole word and the other words still all match.
	for i := range q {
		for j := range n {
			if m[i][j] == wholeWord && matchAll(m, i, j) {
				return true
			}
		}
	}
	return false
}

// matchAll tells whether every row of m but row fi gets a distinct
// column other than fj with a match (augmenting paths; m is small).
func matchAll(m [][]match, fi, fj int) bool {
	owner := make([]int, len(m[0])) // row+1 matched to each column, 0 none
	owner[fj] = fi + 1
	var augment func(i int, seen []bool) bool
	augment = func(i int, seen []bool) bool {
		for j, mm := range m[i] {
			if mm == noMatch || seen[j] || j == fj {
				continue
			}
			seen[j] = true
			if owner[j] == 0 || augment(owner[j]-1, seen) {
				owner[j] = i + 1
				return true
			}
		}
		return false
	}
	for i := range m {
		if i != fi && !augment(i, make([]bool, len(m[0]))) {
			return false
		}
	}
	return true
}

type match int

const (
	noMatch   match = iota
	initial         // "s" for "sergei", or "sergei" for "s"
	wholeWord       // the same word, or (typing) its start, two letters or more
)

func wordMatch(q, w string, partial bool) match {
	switch {
	case q == w && len([]rune(q)) > 1:
		return wholeWord
	case partial && len([]rune(q)) > 1 && strings.HasPrefix(w, q):
		return wholeWord
	case q == w, isInitial(q) && strings.HasPrefix(w, q), isInitial(w) && strings.HasPrefix(q, w):
		return initial
	}
	return noMatch
}

func isInitial(w string) bool { return len([]rune(w)) == 1 }

// isAcronymOf tells whether a is written as an acronym ("UN", "U.N.", two
// capitals or more, nothing else) of b's words ("United Nations"), the
// small words skipped.
func isAcronymOf(a, b string) bool {
	letters := []rune{}
	for _, r := range strings.TrimSpace(a) {
		switch {
		case unicode.IsUpper(r):
			letters = append(letters, unicode.ToLower(r))
		case r == '.':
		default:
			return false
		}
	}
	if len(letters) < 2 {
		return false
	}
	var initials []rune
	for _, w := range strings.Fields(Fold(b)) {
		if w == "of" || w == "the" || w == "and" || w == "for" {
			continue
		}
		initials = append(initials, []rune(w)[0])
	}
	return string(initials) == string(letters)
}
