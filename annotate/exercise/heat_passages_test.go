package exercise

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// sampleHeat is a two-block text whose words (Ana said plainly no way |
// Ben agreed) 1, 2, 2, 0, 2, 2 and 2 students marked.
func sampleHeat() (annotate.Document, []WordHeat) {
	doc := annotate.Document{Blocks: []annotate.Block{{Text: "Ana said, plainly, no way."}, {Text: "Ben agreed."}}}
	count := []int{1, 2, 2, 0, 2, 2, 2}
	var heat []WordHeat
	for i, w := range Words(doc) {
		if count[i] > 0 {
			w.Count = count[i]
			heat = append(heat, w)
		}
	}
	return doc, heat
}

func TestPassages(t *testing.T) {
	doc, heat := sampleHeat()
	want := []Passage{
		{Text: "said, plainly", Count: 2}, // punctuation joins; the unmarked "no" splits
		{Text: "way", Count: 2},
		{Text: "Ben agreed", Count: 2}, // another block: another passage
		{Text: "Ana", Count: 1},
	}
	if diff := cmp.Diff(want, Passages(doc, heat)); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
}

// Runs are what the heat map shades as one box: the words of a passage
// and the spaces and punctuation between them.
func TestRuns(t *testing.T) {
	doc, heat := sampleHeat()
	want := []WordHeat{{Start: 0, End: 3, Count: 1}, {Start: 4, End: 17, Count: 2}, {Start: 22, End: 25, Count: 2}, {Start: 28, End: 38, Count: 2}}
	if diff := cmp.Diff(want, Runs([]rune(doc.Text()), heat)); diff != "" {
		t.Errorf("runs (-want +got):\n%s", diff)
	}
}

// TestPassagesIgnoresDamagedWords: offsets from a reply that do not fit
// the text are left out, not trusted (no panic, nothing made up).
func TestPassagesIgnoresDamagedWords(t *testing.T) {
	doc := annotate.Document{Blocks: []annotate.Block{{Text: "Ana said no."}}}
	heat := []WordHeat{
		{Start: 0, End: 3, Count: 2},
		{Start: 2, End: 6, Count: 2},   // overlaps the previous word
		{Start: 9, End: 7, Count: 1},   // inverted
		{Start: -1, End: 2, Count: 1},  // before the text
		{Start: 9, End: 400, Count: 1}, // past the end
		{Start: 9, End: 11, Count: 1},
	}
	want := []Passage{{Text: "Ana", Count: 2}, {Text: "no", Count: 1}}
	if diff := cmp.Diff(want, Passages(doc, heat)); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
}
