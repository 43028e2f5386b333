package score

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bestByBruteForce tries every pairing (small matrices only) and returns the
// best total weight, counting only positive pairs as assign does.
func bestByBruteForce(w [][]weight) weight {
	rows := len(w)
	cols := 0
	if rows > 0 {
		cols = len(w[0])
	}
	usedCol := make([]bool, cols)
	var best weight
	var rec func(i int, total weight)
	rec = func(i int, total weight) {
		if i == rows {
			if best.less(total) {
				best = total
			}
			return
		}
		rec(i+1, total) // row i unpaired
		for j := 0; j < cols; j++ {
			var zero weight
			if !usedCol[j] && zero.less(w[i][j]) {
				usedCol[j] = true
				rec(i+1, total.add(w[i][j]))
				usedCol[j] = false
			}
		}
	}
	rec(0, weight{})
	return best
}

func totalOf(w [][]weight, pairs []int) weight {
	var t weight
	seen := map[int]bool{}
	for i, j := range pairs {
		if j < 0 {
			continue
		}
		if seen[j] {
			panic("column used twice")
		}
		seen[j] = true
		t = t.add(w[i][j])
	}
	return t
}

func TestAssignMatchesBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 400 {
		rows, cols := rng.IntN(6), rng.IntN(6)
		w := make([][]weight, rows)
		for i := range w {
			w[i] = make([]weight, cols)
			for j := range w[i] {
				if rng.IntN(2) == 0 {
					continue // no overlap: zero weight
				}
				// Few distinct values so that ties are common.
				w[i][j] = weight{int64(rng.IntN(2)), int64(1 + rng.IntN(3)), -int64(rng.IntN(3)), int64(rng.IntN(2))}
			}
		}
		got := assign(w)
		if diff := cmp.Diff(totalOf(w, got), totalOf(w, pairUp(w))); diff != "" {
			t.Fatalf("trial %d: pairUp total differs from assign's (-assign +pairUp):\n%s", trial, diff)
		}
		if len(got) != rows {
			t.Fatalf("trial %d: %d results for %d rows", trial, len(got), rows)
		}
		if diff := cmp.Diff(bestByBruteForce(w), totalOf(w, got)); diff != "" {
			t.Fatalf("trial %d: total is not the best (-best +got):\n%s\nweights %v\npairs %v", trial, diff, w, got)
		}
		if again := assign(w); !cmp.Equal(got, again) {
			t.Fatalf("trial %d: not deterministic: %v then %v", trial, got, again)
		}
	}
}

func TestAssignByHand(t *testing.T) {
	w := func(x int64) weight { return weight{0, x} }
	tests := []struct {
		name string
		w    [][]weight
		want []int
	}{
		{"empty", nil, []int{}},
		{"no columns", [][]weight{{}, {}}, []int{-1, -1}},
		{"greedy would be wrong", [][]weight{
			{w(3), w(2)},
			{w(3), w(0)},
		}, []int{1, 0}},
		{"tie goes to the lower column", [][]weight{{w(2), w(2)}}, []int{0}},
		{"more rows than columns", [][]weight{{w(1)}, {w(5)}, {w(2)}}, []int{-1, 0, -1}},
		{"zero weight is no pair", [][]weight{{w(0), w(0)}, {w(0), w(4)}}, []int{-1, 1}},
		{"first component rules", [][]weight{
			{{1, 1}, {0, 9}},
			{{0, 9}, {0, 0}},
		}, []int{0, -1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, assign(tt.w)); diff != "" {
				t.Errorf("assign (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAssignLopsided checks the short-side Hungarian (rows ≤ cols runs as
// is, rows > cols on the transpose) against brute force on long, thin
// matrices: few key claims, many student claims, and the other way round.
func TestAssignLopsided(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 300 {
		short, long := 1+rng.IntN(3), 4+rng.IntN(6)
		rows, cols := short, long
		if trial%2 == 1 {
			rows, cols = long, short
		}
		w := make([][]weight, rows)
		for i := range w {
			w[i] = make([]weight, cols)
			for j := range w[i] {
				if rng.IntN(3) == 0 {
					continue
				}
				w[i][j] = weight{int64(rng.IntN(2)), int64(1 + rng.IntN(4)), -int64(rng.IntN(4)), int64(rng.IntN(3)), -int64(j), int64(i * j)}
			}
		}
		got := assign(w)
		if len(got) != rows {
			t.Fatalf("trial %d: %d results for %d rows", trial, len(got), rows)
		}
		if diff := cmp.Diff(bestByBruteForce(w), totalOf(w, got)); diff != "" {
			t.Fatalf("trial %d (%d×%d): total is not the best (-best +got):\n%s", trial, rows, cols, diff)
		}
	}
}
