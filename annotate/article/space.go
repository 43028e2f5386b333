package article

import (
	"strings"
	"unicode"
)

// collapseSpace turns every run of white space (including newlines and
// no-break spaces) into one space and trims the ends: in an article a line
// break inside a paragraph is layout, not content.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
