package suggest

import (
	"strings"
	"unicode"
	"whosaid/annotate"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
	tOpenQ  // an opening quotation mark
	tCloseQ // a closing quotation mark
)

// token is a word, number, punctuation mark or quotation mark with its
// code-point offsets in the document text.
type token struct {
	kind       tokKind
	text       string
	lower      string
	start, end int
	single     bool // for quotation marks: a single mark (‘ ’ ')
	block      int  // index of the block it belongs to
}

func (t token) isWord() bool { return t.kind == tWord }

// capitalized tells whether a word starts with an upper-case letter.
func (t token) capitalized() bool {
	if t.kind != tWord {
		return false
	}
	for _, r := range t.text {
		return unicode.IsUpper(r)
	}
	return false
}

func (t token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// tokenize splits one block of text (runes, starting at doc offset base)
// into tokens. Quotation marks are told apart from apostrophes by
// annotate.QuoteMarks; an apostrophe inside a word (hasn’t) or after an s
// at a word end (allies’, while no single quote is open) is part of it.
func tokenize(text []rune, base, block int) []token {
	var toks []token
	var marks annotate.QuoteMarks
	n := len(text)
	emit := func(k tokKind, i, j int, single bool) {
		s := string(text[i:j])
		toks = append(toks, token{kind: k, text: s, lower: strings.ToLower(s), start: base + i, end: base + j, single: single, block: block})
	}
	for i := 0; i < n; {
		r := text[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case strings.ContainsRune("“„«”»\"‘’'", r):
			// What a quotation mark is, is annotate's one rule.
			switch role, single := marks.At(text, i); role {
			case annotate.OpenQuote:
				emit(tOpenQ, i, i+1, single)
			case annotate.CloseQuote:
				emit(tCloseQ, i, i+1, single)
			default:
				emit(tPunct, i, i+1, false)
			}
			i++
		case isLetter(r) || unicode.IsDigit(r):
			j := i
			digits := true
			for j < n {
				c := text[j]
				if isLetter(c) || unicode.IsDigit(c) {
					if !unicode.IsDigit(c) {
						digits = false
					}
					j++
					continue
				}
				// Joiners inside a word: hasn’t, ex-Soviet, U.S., 3.5, 1,000.
				if j+1 < n && (isLetter(text[j+1]) || unicode.IsDigit(text[j+1])) {
					if isApostrophe(c) || c == '-' || c == '.' || (c == ',' && digits) {
						j++
						continue
					}
				}
				// A trailing dot of an abbreviation such as U.S. or Mr.
				if c == '.' && isAbbrev(string(text[i:j+1])) {
					j++
				}
				break
			}
			// Plural possessive: allies’ — keep the apostrophe in the word
			// unless it closes an open single quote.
			if j < n && isApostrophe(text[j]) && !marks.SingleOpen() && j > 0 && (text[j-1] == 's' || text[j-1] == 'S') && (j+1 >= n || !isLetter(text[j+1])) {
				j++
			}
			k := tWord
			if digits {
				k = tNum
			}
			emit(k, i, j, false)
			i = j
		case r == '$' || r == '€' || r == '£':
			emit(tPunct, i, i+1, false)
			i++
		default:
			emit(tPunct, i, i+1, false)
			i++
		}
	}
	return toks
}

// sentence is a run of tokens [from, to) of a block.
type sentence struct{ from, to int }

// splitSentences cuts a block's tokens into sentences at . ! ? (with any
// closing quotation marks after them) followed by a capital letter, an
// opening quotation mark or the block end.
func splitSentences(toks []token) []sentence {
	var out []sentence
	from := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		end := t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?")
		if t.kind == tWord && strings.HasSuffix(t.text, ".") && len(t.text) > 1 {
			// An abbreviation ends a sentence only at the block end or
			// before a new sentence that is not a name (heuristic).
			end = i+1 == len(toks) || (i+1 < len(toks) && toks[i+1].kind == tOpenQ)
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind == tCloseQ {
			j++
		}
		if j < len(toks) && !(toks[j].capitalized() || toks[j].kind == tOpenQ || toks[j].kind == tNum) {
			continue
		}
		out = append(out, sentence{from, j})
		from = j
		i = j - 1
	}
	if from < len(toks) {
		out = append(out, sentence{from, len(toks)})
	}
	return out
}
