// Package palette gives speakers their colours and badges: one colour per
// speaker by its place in the set's list (the same in the article, the
// lists, the editor and the summary), grey for claims nobody is credited
// with, and initials for the badge at the end of a claim.
package palette

import (
	"strings"
	"unicode"

	"whosaid/annotate"
)

// colours are distinct, dark enough for badge text on white and light
// enough as a tint behind article text.
var colours = []string{
	"#1f6fb2", "#b2431f", "#2e7d3e", "#8a3fb0", "#8a6100",
	"#0f7f86", "#c0306b", "#5a6b1e", "#6b4f2a", "#3f51b5",
}

// Unattributed is the colour of claims without a speaker.
const Unattributed = "#6b6b6b"

// Colours maps speaker ids to colours by their place in the list.
func Colours(s *annotate.Set) map[string]string {
	m := make(map[string]string, len(s.Speakers))
	for i, sp := range s.Speakers {
		m[sp.ID] = colours[i%len(colours)]
	}
	return m
}

// Initials shortens a speaker's name for the badge: "Sergei Lavrov" → "SL".
func Initials(name string) string {
	var out []rune
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])) {
			out = append(out, unicode.ToUpper(r[0]))
		}
	}
	if len(out) > 2 {
		out = []rune{out[0], out[len(out)-1]}
	}
	return string(out)
}
