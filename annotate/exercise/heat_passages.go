package exercise

import (
	"sort"
	"strings"
	"unicode"

	"whosaid/annotate"
)

// Passage is a stretch of neighbouring words that the same number of
// students marked: the unit the dashboard's accessible summary lists.
type Passage struct {
	Text  string
	Count int
}

// Passages joins the heat's words into passages (Runs), most-marked
// first (in document order among equals).
func Passages(doc annotate.Document, heat []WordHeat) []Passage {
	text := []rune(doc.Text())
	var out []Passage
	for _, r := range Runs(text, heat) {
		out = append(out, Passage{Text: string(text[r.Start:r.End]), Count: r.Count})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Count > out[b].Count })
	return out
}

// Runs joins neighbouring words that the same number of students marked
// into one stretch, from the first word's start to the last one's end:
// the heat map shades a stretch as one box (not a box per word with
// gaps), and the accessible summary lists it as one passage. Words are
// neighbours when only spaces and punctuation, not a line break or an
// unmarked word, lie between them. Words outside the text or out of order
// (a damaged dashboard reply) are left out rather than trusted
// (SoundHeat).
func Runs(text []rune, heat []WordHeat) []WordHeat {
	words := SoundHeat(len(text), heat)
	var out []WordHeat
	for i := 0; i < len(words); {
		j := i
		for j+1 < len(words) && words[j+1].Count == words[i].Count && joins(text[words[j].End:words[j+1].Start]) {
			j++
		}
		out = append(out, WordHeat{Start: words[i].Start, End: words[j].End, Count: words[i].Count})
		i = j + 1
	}
	return out
}

// SoundHeat keeps the words that lie inside a text of n code points, in
// order and without overlap; what a damaged reply adds beyond that is
// dropped so that no caller slices the text out of range.
func SoundHeat(n int, heat []WordHeat) []WordHeat {
	words := make([]WordHeat, 0, len(heat))
	for _, w := range heat {
		if w.Start >= 0 && w.Start < w.End && w.End <= n &&
			(len(words) == 0 || words[len(words)-1].End <= w.Start) {
			words = append(words, w)
		}
	}
	return words
}

// joins tells whether the text between two words keeps them in one passage.
func joins(gap []rune) bool {
	return !strings.ContainsFunc(string(gap), func(r rune) bool {
		return r == '\n' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	})
}
