package csvexport

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Spreadsheets run a cell as a formula when its text, after any white
// space, starts with =, +, - or @ (CSV injection: "=1+1", "-2+3",
// "@SUM(A1)", "\n=HYPERLINK(…)"). Every cell of the file is quoted (see
// writeCell), which a spreadsheet reading it with commas honours. But one
// that guesses another separator — Excel uses the semicolon in much of
// Europe — reads the quotes as text, and then a cell starts after any
// semicolon, tab or bar inside a cell, and a row after any line break.
// Each of those places is neutralized as the start of the cell is.

// neutralize stops every place in a cell where a spreadsheet may start a
// cell from starting a formula, by putting a single quote there (read as
// "this is text"). Places that could not start a formula are left alone,
// so no stray quote shows: text that starts otherwise, and plain numbers
// ("-5", "+3.5%").
func neutralize(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 1)
	start := true // a spreadsheet may start a cell here
	for i := 0; i < len(s); {
		if start && formulaAt(s[i:]) {
			b.WriteByte('\'')
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
		start = isBreak(r) && !(r == '\r' && strings.HasPrefix(s[i:], "\n")) // CR LF is one break
	}
	return b.String()
}

// isBreak tells whether a cell may start after r: a line break or a
// separator a spreadsheet may guess.
func isBreak(r rune) bool { return r == '\n' || r == '\r' || r == ';' || r == '\t' || r == '|' }

// formulaAt tells whether a cell starting here would be a formula: its
// first character after spaces is =, +, - or @, and it is not a plain
// number. (A tab or line break is checked as a cell start of its own.)
func formulaAt(rest string) bool {
	t := strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsSpace(r) && !isBreak(r) })
	if t == "" || !strings.ContainsRune("=+-@", rune(t[0])) {
		return false
	}
	if t[0] == '=' || t[0] == '@' {
		return true
	}
	if i := strings.IndexFunc(t, isBreak); i >= 0 {
		t = t[:i]
	}
	return !isNumber(t)
}

// isNumber tells whether s is a plain number a spreadsheet reads as one:
// a sign, digits with . , or _ between them, maybe a final %.
func isNumber(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
	s = strings.NewReplacer(",", "", "_", "").Replace(s)
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && !strings.ContainsAny(s, "eEinfINFxXpP")
}

// crlf makes every line break in a cell CR LF, the file's line end.
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.ReplaceAll(s, "\n", "\r\n")
}

// writeCell writes one cell: line breaks as CR LF, neutralized, and always
// quoted (RFC 4180), doubling the quotes inside.
func writeCell(b *strings.Builder, s string) {
	b.WriteByte('"')
	b.WriteString(strings.ReplaceAll(neutralize(crlf(s)), `"`, `""`))
	b.WriteByte('"')
}
