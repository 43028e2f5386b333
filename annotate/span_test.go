package annotate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMakeSpanContext(t *testing.T) {
	ix := NewTextIndex(sampleText(t))
	quote := "“double counteracting”"
	start := strings.Index(ix.Text(), quote)
	cp, _ := ix.FromByte(start)
	got := MakeSpan(ix, cp, cp+RuneLen(quote))
	want := Span{
		Start:  275,
		End:    297,
		Exact:  "“double counteracting”",
		Prefix: "rasian security with the aim of ", // 32 code points
		Suffix: " the European-Atlantic alliance ",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("MakeSpan (-want +got):\n%s", diff)
	}
	if RuneLen(got.Prefix) != ContextLen || RuneLen(got.Suffix) != ContextLen {
		t.Errorf("context lengths %d, %d", RuneLen(got.Prefix), RuneLen(got.Suffix))
	}
	if !got.Matches(ix) {
		t.Errorf("span does not match its own text")
	}
}

func TestMakeSpanAtEdgesAndEmoji(t *testing.T) {
	// 0 😀, 1 space, 2 H, 3 i, 4 space, 5 “, 6-10 there, 11 ”, 12 space, 13 𝄞.
	ix := NewTextIndex("😀 Hi “there” 𝄞")
	tests := []struct {
		name       string
		start, end int
		want       Span
	}{
		{"start of text", 0, 1, Span{Start: 0, End: 1, Exact: "😀", Suffix: " Hi “there” 𝄞"}},
		{"end of text", 13, 14, Span{Start: 13, End: 14, Exact: "𝄞", Prefix: "😀 Hi “there” "}},
		{"swapped", 11, 5, Span{Start: 5, End: 11, Exact: "“there", Prefix: "😀 Hi ", Suffix: "” 𝄞"}},
		{"clamped", -4, 99, Span{Start: 0, End: 14, Exact: "😀 Hi “there” 𝄞"}},
		{"empty", 3, 3, Span{Start: 3, End: 3, Prefix: "😀 H", Suffix: "i “there” 𝄞"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := MakeSpan(ix, tt.start, tt.end)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("MakeSpan(%d, %d) (-want +got):\n%s", tt.start, tt.end, diff)
			}
			if !got.Matches(ix) {
				t.Errorf("does not match")
			}
		})
	}
}

func TestSpanMatches(t *testing.T) {
	ix := NewTextIndex("a😀b — c")
	tests := []struct {
		s    Span
		want bool
	}{
		{Span{Start: 1, End: 2, Exact: "😀"}, true},
		{Span{Start: 1, End: 3, Exact: "😀b"}, true},
		{Span{Start: 4, End: 5, Exact: "—"}, true},
		{Span{Start: 1, End: 3, Exact: "😀"}, false},   // quote shorter than the range
		{Span{Start: 2, End: 3, Exact: "😀"}, false},   // shifted by one
		{Span{Start: 1, End: 4, Exact: "😀b "}, true},  // offsets are code points, not UTF-16
		{Span{Start: 5, End: 99, Exact: " c"}, false}, // out of range
		{Span{Start: 3, End: 1, Exact: ""}, false},    // inverted
	}
	for _, tt := range tests {
		if got := tt.s.Matches(ix); got != tt.want {
			t.Errorf("%+v.Matches = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSpanGeometry(t *testing.T) {
	a, b, c := Span{Start: 0, End: 5}, Span{Start: 4, End: 9}, Span{Start: 5, End: 7}
	got := []bool{a.Overlaps(b), b.Overlaps(a), a.Overlaps(c), b.Contains(c), a.Contains(b), a.Contains(a)}
	if diff := cmp.Diff([]bool{true, true, false, true, false, true}, got); diff != "" {
		t.Errorf("Overlaps/Contains (-want +got):\n%s", diff)
	}
	if a.Len() != 5 || c.Len() != 2 {
		t.Errorf("Len %d %d", a.Len(), c.Len())
	}
}
