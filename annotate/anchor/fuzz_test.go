package anchor

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// FuzzSearch checks Myers' scores against the O(nm) reference and the
// reported matches against their definition, on arbitrary runes.
func FuzzSearch(f *testing.F) {
	f.Add("the plan is sound and will pass", "plan is solid", 3)
	f.Add("😀😀a😀b", "😀b", 1)
	f.Add("", "x", 0)
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab",
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 5)
	f.Fuzz(func(t *testing.T, text, pattern string, k int) {
		if !utf8.ValidString(text) || !utf8.ValidString(pattern) {
			return
		}
		tr, pr := []rune(text), []rune(pattern)
		if len(tr) > 500 || len(pr) > 200 {
			return
		}
		k = max(-1, min(k, len(pr)))
		if len(pr) > 0 {
			if diff := cmp.Diff(dpScores(tr, pr), compile(pr).scores(tr, 0, len(tr), 0)); diff != "" {
				t.Fatalf("scores differ (-dp +myers):\n%s", diff)
			}
		}
		for _, m := range Search(tr, pr, k) {
			if m.Start < 0 || m.Start > m.End || m.End > len(tr) || m.Errors > k {
				t.Fatalf("bad match %+v (k=%d, n=%d)", m, k, len(tr))
			}
			if d := levenshteinRef(pr, tr[m.Start:m.End]); d != m.Errors {
				t.Fatalf("match %+v: distance is %d", m, d)
			}
		}
	})
}

// FuzzLocate re-anchors a span of one text in another: it must not panic,
// and a placed span must be the new text's span at its offsets.
func FuzzLocate(f *testing.F) {
	f.Add(dupArticle, "Update.\n\n"+dupArticle, 60, 90)
	f.Add("a 😀 b 😀 c", "a 😀 b 😀 c 😀", 2, 5)
	f.Add("short", "", 0, 5)
	f.Fuzz(func(t *testing.T, oldText, newText string, start, end int) {
		if len(oldText) > 2000 || len(newText) > 2000 || !utf8.ValidString(oldText) || !utf8.ValidString(newText) {
			return // documents are normalized, valid UTF-8
		}
		oldIx := annotate.NewTextIndex(oldText)
		sp := annotate.MakeSpan(oldIx, start, end)
		ix := annotate.NewTextIndex(newText)
		got, method, score := Locate(ix, sp)
		if method == Orphan {
			if diff := cmp.Diff(sp, got); diff != "" {
				t.Fatalf("orphan must return the old span (-want +got):\n%s", diff)
			}
			return
		}
		if want := annotate.MakeSpan(ix, got.Start, got.End); want != got {
			t.Fatalf("placed span %+v is not the text's %+v", got, want)
		}
		if score < MinScore || score > 1 {
			t.Fatalf("placed (%s) with score %v", method, score)
		}
		if method == Exact || method == Moved {
			if got.Exact != sp.Exact {
				t.Fatalf("%s but quote %q != %q", method, got.Exact, sp.Exact)
			}
		}
	})
}
