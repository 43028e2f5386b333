package annotate

import (
	"strings"
	"unicode"
)

// Keyboard cursor movement over the document text, in code points: by word
// (Left/Right) and by sentence (Up/Down).

// NextWordEnd is the end of the word at or after pos; len(text) if none.
func NextWordEnd(text []rune, pos int) int {
	pos = min(max(pos, 0), len(text))
	for pos < len(text) && !isWordRune(text, pos) {
		pos++
	}
	for pos < len(text) && isWordRune(text, pos) {
		pos++
	}
	return pos
}

// PrevWordStart is the start of the word before pos; 0 if none.
func PrevWordStart(text []rune, pos int) int {
	pos = min(max(pos, 0), len(text))
	for pos > 0 && !isWordRune(text, pos-1) {
		pos--
	}
	for pos > 0 && isWordRune(text, pos-1) {
		pos--
	}
	return pos
}

// WordAt is the word that contains pos or starts at it; ok is false when pos
// is not on a word.
func WordAt(text []rune, pos int) (start, end int, ok bool) {
	if pos < 0 || pos > len(text) {
		return 0, 0, false
	}
	if !isWordRune(text, pos) {
		if pos > 0 && isWordRune(text, pos-1) {
			pos--
		} else {
			return 0, 0, false
		}
	}
	start, end = pos, pos
	for start > 0 && isWordRune(text, start-1) {
		start--
	}
	for end < len(text) && isWordRune(text, end) {
		end++
	}
	return start, end, true
}

// sentenceAbbrevs end in a dot without ending the sentence.
var sentenceAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "sen": true,
	"rep": true, "gov": true, "jr": true, "sr": true, "inc": true, "co": true, "corp": true,
	"ltd": true, "vs": true, "no": true, "prof": true, "lt": true, "col": true, "sgt": true,
}

// isSentenceStart tells whether a sentence starts at i: after a newline, or
// after terminal punctuation (and any closing quotes or brackets) and space.
func isSentenceStart(text []rune, i int) bool {
	if i <= 0 || i >= len(text) || unicode.IsSpace(text[i]) {
		return false
	}
	j := i - 1
	if text[j] == '\n' {
		return true
	}
	if !unicode.IsSpace(text[j]) {
		return false
	}
	for j > 0 && unicode.IsSpace(text[j]) {
		if text[j] == '\n' {
			return true
		}
		j--
	}
	for j > 0 && strings.ContainsRune("”’\"')]»", text[j]) {
		j--
	}
	switch text[j] {
	case '!', '?', '…':
		return true
	case '.':
		w := PrevWordStart(text, j)
		word := strings.ToLower(string(text[w:j]))
		// "Mr." and short dotted abbreviations ("U.S.") do not end a
		// sentence; a missed sentence end costs one more key press.
		return !sentenceAbbrevs[word] && !(strings.Contains(word, ".") && len([]rune(word)) <= 4)
	}
	return false
}

// NextSentenceStart is the first sentence start after pos; len(text) if none.
func NextSentenceStart(text []rune, pos int) int {
	for i := max(pos+1, 1); i < len(text); i++ {
		if isSentenceStart(text, i) {
			return i
		}
	}
	return len(text)
}

// PrevSentenceStart is the last sentence start before pos; 0 if none.
func PrevSentenceStart(text []rune, pos int) int {
	for i := min(pos, len(text)) - 1; i > 0; i-- {
		if isSentenceStart(text, i) {
			return i
		}
	}
	return 0
}

// NextWordStart is the start of the first word after the one at pos (or
// the first word after pos when pos is not on one); len(text) if none.
func NextWordStart(text []rune, pos int) int {
	pos = min(max(pos, 0), len(text))
	for pos < len(text) && isWordRune(text, pos) {
		pos++
	}
	for pos < len(text) && !isWordRune(text, pos) {
		pos++
	}
	return pos
}
