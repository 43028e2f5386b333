package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/annotate"
)

// The rules below recognize the parts of a news article that plain text
// does not mark. They are deliberately few and conservative: when unsure, a
// block stays a paragraph (its text is never dropped either way).

const (
	maxHeadline = 100 // a headline is one line shorter than this (code points)
	maxSlug     = 60  // a photo slug ("China US Yellen") is shorter than this
	maxCredit   = 80  // a photo credit at the end of a caption
	maxCaption  = 500 // captions are short
	maxByline   = 120
)

// endsSentence tells whether s ends with terminal punctuation, ignoring
// closing quotes and brackets. Headlines and slugs do not.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, "\"'”’»)]} ")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".:;,…", r)
}

// isHeadlineLine: the first block of a plain-text article is its headline
// when it is one short line not ending like a sentence ("?" and "!" are
// allowed: headlines ask and exclaim).
func isHeadlineLine(s string) bool {
	return !strings.Contains(s, "\n") && utf8.RuneCountInString(s) < maxHeadline && !endsSentence(s)
}

// isSlug: a short line of capitalized words without punctuation, as wire
// services put above a photo ("China Russia Explainer").
func isSlug(s string) bool {
	if utf8.RuneCountInString(s) >= maxSlug || strings.ContainsAny(s, ".,;:!?\"“”") {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// creditWord matches the words photo credits are made of.
var creditWord = lazyRegexp(`\b(AP|Associated Press|Pool|Photos?|Photograph|Getty|Images|Reuters|AFP|EPA|Bloomberg|Shutterstock|Handout|Courtesy|Credit|Xinhua|Sputnik)\b`)

// sentenceEnd finds the ends of sentences, to cut a caption's trailing credit.
var sentenceEnd = lazyRegexp(`[.!?…]["'”’)\]]*\s+`)

// photoCredit returns the credit a caption ends with — the text after its
// last sentence, or a final parenthesis — and whether there is one. A credit
// is short, does not end like a sentence and names a photo agency or word.
func photoCredit(s string) (string, bool) {
	if endsSentence(s) || utf8.RuneCountInString(s) > maxCaption {
		return "", false
	}
	tail := s
	if strings.HasSuffix(s, ")") {
		if i := strings.LastIndex(s, "("); i >= 0 {
			tail = s[i+1 : len(s)-1]
		}
	} else if locs := sentenceEnd().FindAllStringIndex(s, -1); len(locs) > 0 {
		tail = s[locs[len(locs)-1][1]:]
	}
	if tail == "" || utf8.RuneCountInString(tail) > maxCredit || endsSentence(tail) {
		return "", false
	}
	return tail, creditWord().MatchString(tail)
}

var (
	bylineStart = lazyRegexp(`^(By|BY|With assistance from|Reporting by|Additional reporting by|Written by|Edited by|Contributing:)\s`)
	boilerplate = lazyRegexp(`(?i)^(comments are (no longer available|closed)|filed under|share this|advertisement|sign up|subscribe|read more|related( stories| articles)?:|tags?:|copyright|©)`)
)

// looseKind classifies a block by its own words: bylines, contributor lines
// and page furniture. Anything else is a paragraph.
func looseKind(s string) annotate.BlockKind {
	n := utf8.RuneCountInString(s)
	switch {
	case n < maxByline && bylineStart().MatchString(s):
		return annotate.BlockByline
	case n < maxByline && boilerplate().MatchString(s):
		return annotate.BlockOther
	}
	return annotate.BlockParagraph
}
