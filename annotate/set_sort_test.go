package annotate

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSortedClaims(t *testing.T) {
	at := func(id string, start, end int) Claim { return Claim{ID: id, Span: Span{Start: start, End: end}} }
	s := &Set{Claims: []Claim{
		at("d", 5, 9), at("b", 0, 3), at("c", 0, 7), at("a", 5, 9), at("e", 2, 4),
		{ID: "x", Span: Span{Start: 9, End: 10}, Note: "first x"}, {ID: "x", Span: Span{Start: 9, End: 10}, Note: "second x"},
	}}
	before := s.Clone()
	var got []string
	for _, c := range s.SortedClaims() {
		got = append(got, c.ID+" "+c.Note)
	}
	// Start, then longer first, then id; equal claims keep their order.
	want := []string{"c ", "b ", "e ", "a ", "d ", "x first x", "x second x"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(before, s); diff != "" {
		t.Errorf("SortedClaims changed the set (-before +after):\n%s", diff)
	}
}

// BenchmarkSortedClaims5000 sorts 5,000 shuffled claims, as the claim list
// does on every render.
func BenchmarkSortedClaims5000(b *testing.B) {
	h, _ := benchHistory(b, 5000)
	rng := rand.New(rand.NewPCG(1, 2))
	cs := h.Set().Claims
	rng.Shuffle(len(cs), func(i, j int) { cs[i], cs[j] = cs[j], cs[i] })
	b.ReportAllocs()
	for b.Loop() {
		h.Set().SortedClaims()
	}
}
