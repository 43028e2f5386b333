package anchor

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// dpScores is the O(nm) reference: for every end j (1..n) the least edit
// distance between pattern and a substring of text ending at j.
func dpScores(text, pattern []rune) []int {
	m := len(pattern)
	col := make([]int, m+1)
	for i := range col {
		col[i] = i
	}
	out := make([]int, 0, len(text))
	for _, c := range text {
		diag := col[0] // D[0][j-1]
		col[0] = 0
		for i := 1; i <= m; i++ {
			up := col[i]
			cost := 1
			if pattern[i-1] == c {
				cost = 0
			}
			col[i] = min(diag+cost, up+1, col[i-1]+1)
			diag = up
		}
		out = append(out, col[m])
	}
	return out
}

// levenshtein is the plain edit distance.
func levenshteinRef(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j-1]+cost, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// randomRunes draws from a small alphabet (to make matches likely) that
// mixes ASCII, accented letters and an emoji outside the BMP.
func randomRunes(r *rand.Rand, n int) []rune {
	alphabet := []rune("abcé—😀")
	out := make([]rune, n)
	for i := range out {
		out[i] = alphabet[r.IntN(len(alphabet))]
	}
	return out
}

func TestMyersScoresMatchDP(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 400; trial++ {
		m := 1 + r.IntN(200) // many patterns span several 64-bit blocks
		if trial%4 == 0 {
			m = 60 + r.IntN(10) // around the first block boundary
		}
		pattern := randomRunes(r, m)
		text := randomRunes(r, r.IntN(300))
		if len(text) > m && trial%2 == 0 {
			// Plant a mutated copy so that low scores occur.
			at := r.IntN(len(text) - m + 1)
			copy(text[at:], pattern)
			for e := 0; e < m/10; e++ {
				text[at+r.IntN(m)] = 'x'
			}
		}
		want := dpScores(text, pattern)
		got := compile(pattern).scores(text, 0, len(text), 0)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("trial %d (m=%d, n=%d): scores differ (-dp +myers):\n%s", trial, m, len(text), diff)
		}
	}
}

func TestSearchMatchesAreBestAndConsistent(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for trial := 0; trial < 300; trial++ {
		m := 1 + r.IntN(150)
		pattern := randomRunes(r, m)
		text := randomRunes(r, 50+r.IntN(400))
		if len(text) > m {
			at := r.IntN(len(text) - m + 1)
			copy(text[at:], pattern)
			for e := 0; e < m/8; e++ {
				text[at+r.IntN(m)] = 'z'
			}
		}
		k := m / 4
		dp := dpScores(text, pattern)
		matches := Search(text, pattern, k)
		covered := make([]bool, len(text)+1)
		for _, mt := range matches {
			if mt.Errors != dp[mt.End-1] {
				t.Fatalf("trial %d: match %+v errors, dp says %d", trial, mt, dp[mt.End-1])
			}
			if d := levenshteinRef(pattern, text[mt.Start:mt.End]); d != mt.Errors {
				t.Fatalf("trial %d: match %+v, but distance of text[Start:End] is %d", trial, mt, d)
			}
			// Each reported end is the best of its run of ends within k.
			for j := mt.End - 1; j >= 1 && dp[j-1] <= k; j-- {
				covered[j] = true
				if dp[j-1] < mt.Errors {
					t.Fatalf("trial %d: end %d beats reported %+v", trial, j, mt)
				}
			}
			for j := mt.End; j <= len(text) && dp[j-1] <= k; j++ {
				covered[j] = true
				if dp[j-1] < mt.Errors {
					t.Fatalf("trial %d: end %d beats reported %+v", trial, j, mt)
				}
			}
		}
		for j := 1; j <= len(text); j++ {
			if dp[j-1] <= k && !covered[j] {
				t.Fatalf("trial %d: end %d within %d errors (dp %d) not reported in %+v", trial, j, k, dp[j-1], matches)
			}
		}
	}
}

func TestSearchFindsEditedLongPattern(t *testing.T) {
	pattern := []rune("“China supports the holding in due course of an international peace conference” — she said 😀")
	text := []rune("Lorem ipsum. “China supports holding in due course of an internationl peace conference” — she said 😀 and more text.")
	got := Search(text, pattern, len(pattern)/4)
	want := []Match{{Start: 13, End: 13 + len(pattern) - 5, Errors: 5}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Search (-want +got):\n%s", diff)
	}
}

func TestSearchEdgeCases(t *testing.T) {
	if got := Search([]rune("abc"), nil, 1); got != nil {
		t.Errorf("empty pattern: got %v, want nil", got)
	}
	if got := Search(nil, []rune("abc"), 1); got != nil {
		t.Errorf("empty text: got %v, want nil", got)
	}
	if got := Search([]rune("abc"), []rune("abc"), -1); got != nil {
		t.Errorf("negative budget: got %v, want nil", got)
	}
	got := Search([]rune("xxabcxx"), []rune("abc"), 0)
	if diff := cmp.Diff([]Match{{Start: 2, End: 5}}, got); diff != "" {
		t.Errorf("exact (-want +got):\n%s", diff)
	}
}
