package annotate

import "unicode"

// isWordRune tells whether text[i] belongs to a word. Letters, digits and
// combining marks do; an apostrophe, hyphen or dot does when it joins two
// word characters ("hasn’t", "like-minded", "U.S").
func isWordRune(text []rune, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	r := text[i]
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
		return true
	}
	switch r {
	case '\'', '’', '-', '‐', '.':
		return i > 0 && i+1 < len(text) && isLetterOrDigit(text[i-1]) && isLetterOrDigit(text[i+1])
	}
	return false
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isTrimRune is what a claim never starts or ends with: white space and
// punctuation (quotation marks, commas, dashes…).
func isTrimRune(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) && r != '$' && r != '€' && r != '£' && r != '%'
}

// SnapToWords widens a selection start..end of text so it does not cut a
// word in two, then trims white space and punctuation off both edges. It
// stays within one block (never crosses a newline it did not start across).
// ok is false when nothing but space and punctuation was selected.
func SnapToWords(text []rune, start, end int) (s, e int, ok bool) {
	start = min(max(start, 0), len(text))
	end = min(max(end, 0), len(text))
	if end < start {
		start, end = end, start
	}
	// A cut inside a word: the characters on both sides of the edge are word
	// characters. Widen to the whole word.
	for start > 0 && start < len(text) && isWordRune(text, start-1) && isWordRune(text, start) {
		start--
	}
	for end > 0 && end < len(text) && isWordRune(text, end-1) && isWordRune(text, end) {
		end++
	}
	for start < end && isTrimRune(text[start]) {
		start++
	}
	for end > start && isTrimRune(text[end-1]) {
		end--
	}
	// A trailing abbreviation dot ("the U.S.") belongs to the word.
	if end > start && end < len(text) && text[end] == '.' && end-2 >= start && text[end-2] == '.' {
		end++
	}
	return start, end, end > start
}
