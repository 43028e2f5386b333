package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// line is one line of a plain-text article after cleaning: its text (NFC,
// white space collapsed, "" for a blank line) and its number in the file.
type line struct {
	text string
	no   int
}

// cleanLines splits the text into lines and cleans each, recording in ch
// what cleaning changed.
func cleanLines(src string) ([]line, *changes) {
	ch := &changes{}
	if strings.Contains(src, "\r\n") {
		ch.crlf = true
	}
	src = strings.ReplaceAll(src, "\r\n", "\n")
	if strings.Contains(src, "\r") {
		ch.crlf = true
		src = strings.ReplaceAll(src, "\r", "\n")
	}
	raw := strings.Split(src, "\n")
	out := make([]line, len(raw))
	for i, r := range raw {
		n := norm.NFC.String(r)
		if n != r {
			ch.note(&ch.nfc, i+1)
		}
		c := collapseSpace(n)
		if c != n {
			ch.note(&ch.space, i+1)
		}
		out[i] = line{text: c, no: i + 1}
	}
	return out, ch
}

// splitParagraphs turns the cleaned lines into paragraph texts (see
// ReadText), recording in ch the line structure it changed.
func splitParagraphs(lines []line, ch *changes) []string {
	var groups [][]line
	var cur []line
	blanks, seenText := 0, false
	for _, l := range lines {
		if l.text == "" {
			if cur != nil {
				groups = append(groups, cur)
				cur = nil
			}
			blanks++
			continue
		}
		switch {
		case !seenText && blanks > 0:
			ch.note(&ch.leading, l.no)
		case blanks > 1:
			ch.note(&ch.blankRuns, l.no)
		}
		seenText, blanks = true, 0
		cur = append(cur, l)
	}
	if cur != nil {
		groups = append(groups, cur)
	}
	var out []string
	for gi, g := range groups {
		if gi == 0 && len(g) > 1 && isHeadlineLine(g[0].text) && startsParagraph(g[1].text) {
			out = append(out, g[0].text) // a headline right above the text
			ch.note(&ch.single, g[1].no)
			g = g[1:]
		}
		if isWrapped(g) {
			out = append(out, joinWrapped(g))
			for _, l := range g[1:] {
				ch.note(&ch.joined, l.no)
			}
			continue
		}
		for i, l := range g {
			out = append(out, l.text)
			if i > 0 {
				ch.note(&ch.single, l.no)
			}
		}
	}
	return out
}

// maxWrapWidth is the longest line hard-wrapped prose has: text is wrapped
// at 60 to 80 columns; an article with one paragraph per line has longer
// lines.
const maxWrapWidth = 100

// isWrapped tells whether a group of lines is one hard-wrapped paragraph
// rather than one paragraph per line: all lines but the last fit a wrapping
// width, and at least one line break falls inside a sentence (the next line
// goes on in lower case, or the line ends with a comma or hyphen).
func isWrapped(g []line) bool {
	if len(g) < 2 {
		return false
	}
	midSentence := false
	for i, l := range g[:len(g)-1] {
		if utf8.RuneCountInString(l.text) > maxWrapWidth {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(l.text)
		first, _ := utf8.DecodeRuneInString(g[i+1].text)
		if unicode.IsLower(first) || last == ',' || last == '-' {
			midSentence = true
		}
	}
	return midSentence
}

// startsParagraph tells whether a line opens like a new paragraph: an
// upper-case letter, a digit or an opening quotation mark.
func startsParagraph(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“„«‘'", r)
}
