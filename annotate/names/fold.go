package names

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold makes names comparable: accents stripped (NFD, marks dropped),
// lower case, punctuation and runs of white space made one space, a
// leading "the" dropped. "Wáng Yì", "wang yi" and "Wang  Yi." fold alike,
// as do "The White House" and "white house", "U.S." and "US".
func Fold(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// a stripped accent
		case r == '.' || r == '\'' || r == '’':
			// initials and possessives: "U.S." is "US"
		case unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.IsSymbol(r):
			b.WriteByte(' ')
		default:
			b.WriteString(string(unicode.ToLower(r)))
		}
	}
	f := strings.Join(strings.Fields(b.String()), " ")
	f = strings.TrimPrefix(f, "the ")
	return f
}

// honorifics are not words of a name: "Mr Lavrov" is "Lavrov".
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "mx": true, "dr": true, "prof": true, "sir": true, "dame": true,
}

// Words are the words of a folded name, honorifics left out (unless the
// name is nothing else). Initials keep apart: "S.Lavrov" is "s lavrov".
func Words(s string) []string {
	s = strings.NewReplacer(".", ". ").Replace(s)
	all := strings.Fields(Fold(s))
	var out []string
	for _, w := range all {
		if !honorifics[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return all
	}
	return out
}
