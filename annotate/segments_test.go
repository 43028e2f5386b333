package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSegmentsOverlapAndNesting(t *testing.T) {
	a := Layer{ID: "a", Kind: "claim", Start: 10, End: 20}
	b := Layer{ID: "b", Kind: "claim", Start: 15, End: 30}
	m := Layer{ID: "m", Kind: "mention", Start: 16, End: 18}
	got := Segments(5, 35, []Layer{b, m, a})
	want := []Segment{
		{Start: 5, End: 10},
		{Start: 10, End: 15, Cover: []Layer{a}},
		{Start: 15, End: 16, Cover: []Layer{a, b}},
		{Start: 16, End: 18, Cover: []Layer{a, b, m}, Ends: []Layer{m}},
		{Start: 18, End: 20, Cover: []Layer{a, b}, Ends: []Layer{a}},
		{Start: 20, End: 30, Cover: []Layer{b}, Ends: []Layer{b}},
		{Start: 30, End: 35},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("segments (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"a", "b"}, got[3].IDs("claim")); d != "" {
		t.Errorf("IDs (-want +got):\n%s", d)
	}
	if got[3].Depth("claim") != 2 || got[3].Depth("mention") != 1 {
		t.Errorf("depths = %d, %d; want 2, 1", got[3].Depth("claim"), got[3].Depth("mention"))
	}
}

func TestSegmentsClipAndIgnore(t *testing.T) {
	layers := []Layer{
		{ID: "before", Start: 0, End: 3},
		{ID: "left", Start: 2, End: 7},
		{ID: "empty", Start: 8, End: 8},
		{ID: "right", Start: 9, End: 40},
	}
	got := Segments(5, 10, layers)
	left := Layer{ID: "left", Start: 5, End: 7}
	right := Layer{ID: "right", Start: 9, End: 10}
	want := []Segment{
		{Start: 5, End: 7, Cover: []Layer{left}, Ends: []Layer{left}},
		{Start: 7, End: 9},
		{Start: 9, End: 10, Cover: []Layer{right}, Ends: []Layer{right}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("segments (-want +got):\n%s", d)
	}
	if got := Segments(4, 4, layers); got != nil {
		t.Errorf("empty block gave %v", got)
	}
}

func TestSegmentsSameSpanTwice(t *testing.T) {
	x := Layer{ID: "x", Kind: "claim", Start: 0, End: 4}
	y := Layer{ID: "y", Kind: "claim", Start: 0, End: 4}
	got := Segments(0, 4, []Layer{x, y})
	want := []Segment{{Start: 0, End: 4, Cover: []Layer{x, y}, Ends: []Layer{x, y}}}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("segments (-want +got):\n%s", d)
	}
}
