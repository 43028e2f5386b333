package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordMoves(t *testing.T) {
	text := []rune("Lavrov said: “it hasn’t 😀 worked.”")
	var ends []int
	for p := 0; ; {
		n := NextWordEnd(text, p)
		if n == len(text) && PrevWordStart(text, n) < p {
			break // no word left after p
		}
		p = n
		ends = append(ends, p)
	}
	var words []string
	prev := 0
	for _, e := range ends {
		s := PrevWordStart(text, e)
		if s < prev {
			t.Fatalf("PrevWordStart(%d) = %d went before the previous end %d", e, s, prev)
		}
		words = append(words, string(text[s:e]))
		prev = e
	}
	want := []string{"Lavrov", "said", "it", "hasn’t", "worked"}
	if d := cmp.Diff(want, words); d != "" {
		t.Fatalf("words (-want +got):\n%s", d)
	}
	if got := PrevWordStart(text, 0); got != 0 {
		t.Errorf("PrevWordStart(0) = %d", got)
	}
}

func TestWordAt(t *testing.T) {
	text := []rune("big U.S. deal")
	type w struct {
		S, E int
		OK   bool
	}
	got := []w{}
	for _, p := range []int{0, 2, 3, 5, 7, 13} {
		s, e, ok := WordAt(text, p)
		got = append(got, w{s, e, ok})
	}
	want := []w{{0, 3, true}, {0, 3, true}, {0, 3, true}, {4, 7, true}, {4, 7, true}, {9, 13, true}}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("WordAt (-want +got):\n%s", d)
	}
	if _, _, ok := WordAt([]rune("a  b"), 2); ok {
		t.Error("WordAt between spaces found a word")
	}
}

func TestSentenceMoves(t *testing.T) {
	text := []rune("“We agree,” he said. Mr. Wang met the U.S. envoy! Why?\n\nNew block here.")
	var starts []string
	for p := 0; p < len(text); {
		p = NextSentenceStart(text, p)
		if p < len(text) {
			starts = append(starts, string(text[p:min(p+5, len(text))]))
		}
	}
	want := []string{"Mr. W", "Why?\n", "New b"}
	if d := cmp.Diff(want, starts); d != "" {
		t.Fatalf("sentence starts (-want +got):\n%s", d)
	}
	// Walking back visits the same starts, then 0.
	var back []int
	for p := len(text); p > 0; {
		p = PrevSentenceStart(text, p)
		back = append(back, p)
	}
	if len(back) != 4 || back[3] != 0 || string(text[back[0]:back[0]+3]) != "New" {
		t.Fatalf("walking back gave %v", back)
	}
}

func TestNextWordStart(t *testing.T) {
	text := []rune("“Hi,” said Wang.")
	var got []int
	for p := 0; p < len(text); {
		p = NextWordStart(text, p)
		got = append(got, p)
	}
	if d := cmp.Diff([]int{1, 6, 11, 16}, got); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
}
