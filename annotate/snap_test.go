package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSnapToWords(t *testing.T) {
	text := []rune("“We have a common goal,” Lavrov said. It hasn’t — 😀 like-minded U.S. allies.")
	find := func(sub string) (int, int) {
		r := []rune(sub)
		for i := 0; i+len(r) <= len(text); i++ {
			if string(text[i:i+len(r)]) == sub {
				return i, i + len(r)
			}
		}
		t.Fatalf("%q not in text", sub)
		return 0, 0
	}
	type result struct {
		Text string
		OK   bool
	}
	cases := []struct {
		name       string
		start, end int
		want       result
	}{
		{"inside words widen", 4, 10, result{"have a", true}},
		{"quotes and comma trimmed", 0, 24, result{"We have a common goal", true}},
		{"reversed", 10, 4, result{"have a", true}},
		{"apostrophe inside word", func() int { s, _ := find("It"); return s + 5 }(), func() int { s, _ := find("It"); return s + 6 }(), result{"hasn’t", true}},
		{"hyphenated word", func() int { s, _ := find("like-minded"); return s + 6 }(), func() int { s, _ := find("like-minded"); return s + 7 }(), result{"like-minded", true}},
		{"abbreviation keeps its dot", func() int { s, _ := find("U.S."); return s }(), func() int { s, _ := find("U.S."); return s + 1 }(), result{"U.S.", true}},
		{"only punctuation", func() int { s, _ := find("—"); return s - 1 }(), func() int { s, _ := find("—"); return s + 2 }(), result{"", false}},
		{"out of range clamps", -5, 3, result{"We", true}},
	}
	for _, c := range cases {
		s, e, ok := SnapToWords(text, c.start, c.end)
		got := result{string(text[s:e]), ok}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%s: (-want +got):\n%s", c.name, d)
		}
	}
}

func TestSnapToWordsEmojiIsTrimmed(t *testing.T) {
	text := []rune("say 😀 yes")
	s, e, ok := SnapToWords(text, 3, 6)
	if ok {
		t.Fatalf("selection of an emoji and spaces gave %q", string(text[s:e]))
	}
}
