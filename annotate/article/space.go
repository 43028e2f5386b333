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

// splitParagraphs splits normalized text at blank lines (lines holding only
// white space count as blank).
func splitParagraphs(text string) [][]string {
	var paras [][]string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimSpace(line) == "" {
			if cur != nil {
				paras = append(paras, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, line)
	}
	if cur != nil {
		paras = append(paras, cur)
	}
	return paras
}
