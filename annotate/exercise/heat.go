package exercise

import (
	"sort"
	"unicode"

	"whosaid/annotate"
)

// WordHeat is how many students marked a word: a word (a run of letters,
// digits and marks, code-point offsets, end exclusive) counts a student
// once when any of their claims covers any of it.
type WordHeat struct {
	Start int `json:"start"`
	End   int `json:"end"`
	Count int `json:"count"`
}

// Words lists the words of a document's text.
func Words(doc annotate.Document) []WordHeat {
	var out []WordHeat
	in := false
	i := 0
	for _, r := range doc.Text() {
		w := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		switch {
		case w && !in:
			out = append(out, WordHeat{Start: i})
		case !w && in:
			out[len(out)-1].End = i
		}
		in = w
		i++
	}
	if in {
		out[len(out)-1].End = i
	}
	return out
}

// Heat counts, for every word marked by at least one student, how many
// students marked it; words in document order.
func Heat(doc annotate.Document, sets []*annotate.Set) []WordHeat {
	words := Words(doc)
	for _, s := range sets {
		marked := make([]bool, len(words))
		for _, c := range s.Claims {
			// Words overlapping c: from the first ending after its start to
			// the last starting before its end.
			a := sort.Search(len(words), func(i int) bool { return words[i].End > c.Span.Start })
			for i := a; i < len(words) && words[i].Start < c.Span.End; i++ {
				marked[i] = true
			}
		}
		for i, m := range marked {
			if m {
				words[i].Count++
			}
		}
	}
	out := []WordHeat{}
	for _, w := range words {
		if w.Count > 0 {
			out = append(out, w)
		}
	}
	return out
}
