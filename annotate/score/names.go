package score

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"whosaid/annotate"
)

// foldName makes names comparable: accents stripped (NFD, marks dropped),
// lower case, punctuation and runs of white space made one space, a leading
// "the" dropped. "Wáng Yì", "wang yi" and "Wang  Yi." fold alike, as do
// "The White House" and "white house", "U.S." and "US".
func foldName(s string) string {
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

// speakerNames is every folded name by which a key speaker may be called:
// its name, aliases and title.
func speakerNames(sp annotate.Speaker) map[string]bool {
	names := map[string]bool{}
	for _, n := range append([]string{sp.Name, sp.Title}, sp.Aliases...) {
		if f := foldName(n); f != "" {
			names[f] = true
		}
	}
	return names
}
