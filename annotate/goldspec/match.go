package goldspec

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// phrasePattern matches the words of phrase in order, any run of white
// space between them matching any run in the text (a quote written on one
// spec line finds its two paragraphs), and any quotation mark or apostrophe
// matching any other (straight or curly, single or double: a keyboard
// types them differently from the article, and they never decide where a
// passage is).
func phrasePattern(phrase string) *regexp.Regexp {
	words := strings.Fields(phrase)
	for i, w := range words {
		var b strings.Builder
		for _, r := range w {
			if isQuoteMark(r) {
				b.WriteString(quoteClass)
			} else {
				b.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
		words[i] = b.String()
	}
	return regexp.MustCompile(strings.Join(words, `\s+`))
}

const quoteMarks = `"'“”‘’«»„‚‹›`

var quoteClass = "[" + regexp.QuoteMeta(quoteMarks) + "]"

func isQuoteMark(r rune) bool { return strings.ContainsRune(quoteMarks, r) }

// occurrences lists the byte ranges where phrase occurs in text on word
// boundaries, in order, not overlapping.
func occurrences(text, phrase string) [][2]int {
	re := phrasePattern(phrase)
	var out [][2]int
	for at := 0; at <= len(text); {
		m := re.FindStringIndex(text[at:])
		if m == nil {
			break
		}
		a, b := at+m[0], at+m[1]
		if wordEdge(text, a) && wordEdge(text, b) {
			out = append(out, [2]int{a, b})
			at = b
			continue
		}
		_, size := utf8.DecodeRuneInString(text[a:])
		at = a + max(size, 1)
	}
	return out
}

// wordEdge: byte offset i does not cut a word (a letter or digit on both
// sides).
func wordEdge(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i:])
	return !(isWord(before) && isWord(after))
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// whyNotFound says where a phrase that is not in the text stops matching:
// the longest start of it that occurs, and what the text has instead.
func whyNotFound(text, phrase string) string {
	p := []rune(strings.Join(strings.Fields(phrase), " "))
	lo, hi := 0, len(p) // the longest prefix found has lo runes
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if strings.TrimSpace(string(p[:mid])) == "" || phrasePattern(string(p[:mid])).MatchString(text) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	for lo > 0 && p[lo-1] == ' ' {
		lo--
	}
	if lo == 0 {
		return "no part of it is in the article (is it the right article?)"
	}
	if lo == len(p) {
		return "it occurs only inside longer words: start and end the claim text on whole words"
	}
	m := phrasePattern(string(p[:lo])).FindStringIndex(text)
	got := []rune(text[m[1]:])
	want := p[lo:]
	return fmt.Sprintf("it matches up to %q, then the spec has %q but the article has %q",
		tail(string(p[:lo]), 30), head(string(want), 20), head(string(got), 20))
}

func head(s string, n int) string { return clip(s, n) }

func tail(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return "…" + string(r[len(r)-n:])
}
