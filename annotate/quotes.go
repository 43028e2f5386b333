package annotate

import (
	"strings"
	"unicode"
)

// Quotation marks. One rule tells them from apostrophes and other uses of
// the same characters, for everything that reads quotes: guessing how a
// claim is attributed (SuggestAttribution) and the attribution assistant
// (annotate/suggest).
//
//   - “ „ « open and ” » close a double quote.
//   - A straight " opens after white space, an opening bracket, a dash or
//     a slash (or at the start), or after a single mark when a letter
//     follows ('"Yes…'); it closes elsewhere ('…,'" closes both).
//   - ‘ — and ' where no letter comes before it — opens a single quote
//     after white space, a bracket, a dash or a double quote when a
//     character that is not white space or a digit follows ('90s is an
//     elision, not a quote); else it closes an open single quote; else it
//     is not a quote.
//   - ’ — and ' after a letter — closes an open single quote when no letter
//     follows; else it is an apostrophe (hasn’t, the allies’ view).

// QuoteRole is what a character is as a quotation mark.
type QuoteRole int

const (
	NotQuote   QuoteRole = iota
	OpenQuote            // opens a quotation
	CloseQuote           // closes one
)

// QuoteMarks reads the quotation marks of one block of text, in order from
// its start: it remembers whether a single quote is open, which decides
// what a closing single quote or an apostrophe is.
type QuoteMarks struct {
	singleOpen bool
}

// SingleOpen tells whether a single quote is open.
func (q *QuoteMarks) SingleOpen() bool { return q.singleOpen }

// At is the role of text[i] and whether it is a single quote. Call it for
// the characters of a block in order (those that may be marks, at least).
func (q *QuoteMarks) At(text []rune, i int) (role QuoteRole, single bool) {
	r := text[i]
	prev, next := ' ', ' '
	if i > 0 {
		prev = text[i-1]
	}
	if i+1 < len(text) {
		next = text[i+1]
	}
	switch {
	case r == '“' || r == '„' || r == '«':
		return OpenQuote, false
	case r == '”' || r == '»':
		return CloseQuote, false
	case r == '"':
		// After a single mark it opens only before a word: `'…,'"` closes.
		afterSingle := prev == '\'' || prev == '‘' || prev == '’'
		if unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev) || afterSingle && isQuoteLetter(next) {
			return OpenQuote, false
		}
		return CloseQuote, false
	case r == '‘' || (r == '\'' && !isQuoteLetter(prev)):
		if (unicode.IsSpace(prev) || strings.ContainsRune("([{—–-“\"", prev)) && !unicode.IsSpace(next) && !unicode.IsDigit(next) {
			q.singleOpen = true
			return OpenQuote, true
		}
		if q.singleOpen {
			q.singleOpen = false
			return CloseQuote, true
		}
	case r == '’' || r == '\'':
		if q.singleOpen && !isQuoteLetter(next) {
			q.singleOpen = false
			return CloseQuote, true
		}
	}
	return NotQuote, false
}

func isQuoteLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

// quoteRoles is the role of each character of text[from:to], read from
// from, the start of a block.
func quoteRoles(text []rune, from, to int) []QuoteRole {
	var q QuoteMarks
	roles := make([]QuoteRole, to-from)
	for i := from; i < to; i++ {
		roles[i-from], _ = q.At(text, i)
	}
	return roles
}

// SuggestAttribution guesses the attribution type of the span start..end:
// direct when it lies wholly inside one quotation, mixed when it holds a
// quotation mark, indirect otherwise.
func SuggestAttribution(text []rune, start, end int) AttributionType {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	from := start
	for from > 0 && text[from-1] != '\n' {
		from--
	}
	roles := quoteRoles(text, from, end)
	role := func(i int) QuoteRole { return roles[i-from] }
	marks := func(a, b int) bool {
		for i := a; i < b; i++ {
			if role(i) != NotQuote {
				return true
			}
		}
		return false
	}
	inner, whole := start, end
	// A span that carries its own quotation marks: look inside them.
	if whole-inner >= 2 && role(inner) == OpenQuote && role(whole-1) == CloseQuote {
		inner, whole = inner+1, whole-1
		if !marks(inner, whole) {
			return AttrDirect
		}
	}
	if depth := quoteDepth(roles[:inner-from]); depth > 0 && !marks(inner, whole) {
		return AttrDirect
	}
	if marks(start, end) {
		return AttrMixed
	}
	return AttrIndirect
}

// quoteDepth is how many quotations are open after roles.
func quoteDepth(roles []QuoteRole) int {
	depth := 0
	for _, r := range roles {
		switch r {
		case OpenQuote:
			depth++
		case CloseQuote:
			depth = max(depth-1, 0)
		}
	}
	return depth
}
