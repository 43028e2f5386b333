package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
)

func TestHeatPassages(t *testing.T) {
	doc := annotate.Document{Blocks: []annotate.Block{{Text: "Ana said, plainly, no way."}, {Text: "Ben agreed."}}}
	words := exercise.Words(doc) // Ana said plainly no way | Ben agreed
	count := []int{1, 2, 2, 0, 2, 2, 2}
	var heat []exercise.WordHeat
	for i, w := range words {
		if count[i] > 0 {
			w.Count = count[i]
			heat = append(heat, w)
		}
	}
	want := []heatPassage{
		{Text: "said, plainly", Count: 2}, // punctuation joins; the unmarked "no" splits
		{Text: "way", Count: 2},
		{Text: "Ben agreed", Count: 2}, // another block: another passage
		{Text: "Ana", Count: 1},
	}
	if diff := cmp.Diff(want, heatPassages(doc, heat)); diff != "" {
		t.Errorf("passages (-want +got):\n%s", diff)
	}
}
