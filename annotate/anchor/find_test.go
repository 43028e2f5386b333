package anchor

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestFind(t *testing.T) {
	text := "The minister said “prices will rise” on Monday.\n\n" +
		"Later the bank said “prices will rise” too — and “prices will rise” again.\n\n" +
		"One line\nbreak here."
	x := IndexOf(annotate.NewTextIndex(text))
	at := func(sub string, nth int) int {
		i := -1
		for range nth + 1 {
			i += 1 + strings.Index(text[i+1:], sub)
		}
		return annotate.RuneLen(text[:i])
	}
	q := "prices will rise"
	n := annotate.RuneLen(q)
	for _, c := range []struct {
		name      string
		sp        annotate.Span
		near      int
		want      Found
		wantFound bool
	}{
		{"context picks the place", annotate.Span{Exact: q, Prefix: "Later the bank said “", Suffix: "” too"}, -1,
			Found{Start: at(q, 1), End: at(q, 1) + n, Sure: true}, true},
		{"context picks it even far from near", annotate.Span{Exact: q, Prefix: "bank said “", Suffix: "” too — and"}, 0,
			Found{Start: at(q, 1), End: at(q, 1) + n, Sure: true}, true},
		{"no context: not sure, the first", annotate.Span{Exact: q}, -1,
			Found{Start: at(q, 0), End: at(q, 0) + n}, true},
		{"no context: nearness picks, not sure", annotate.Span{Exact: q}, at(q, 2),
			Found{Start: at(q, 2), End: at(q, 2) + n}, true},
		{"other white space", annotate.Span{Exact: "One line break"}, -1,
			Found{Start: at("One", 0), End: at("break", 0) + 5, Sure: true, Loose: true}, true},
		{"not there", annotate.Span{Exact: "prices will fall"}, -1, Found{}, false},
		{"empty", annotate.Span{}, -1, Found{}, false},
	} {
		got, ok := x.Find(c.sp, c.near, 0, annotate.RuneLen(text))
		if ok != c.wantFound {
			t.Errorf("%s: found %v, want %v", c.name, ok, c.wantFound)
		}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.name, d)
		}
	}
	// Within bounds only.
	if got, ok := x.Find(annotate.Span{Exact: q}, -1, at(q, 1)+1, annotate.RuneLen(text)); !ok || got.Start != at(q, 2) {
		t.Errorf("within bounds: %+v %v, want the third", got, ok)
	}
	// A huge context is compared no further than a bounded one (a
	// hostile file cannot make this slow; BenchmarkFindLongContext).
	long := annotate.Span{Exact: q, Prefix: strings.Repeat("x", 1<<20), Suffix: strings.Repeat("y", 1<<20)}
	if _, ok := x.Find(long, -1, 0, annotate.RuneLen(text)); !ok {
		t.Error("a quote with a long context not found")
	}
}

func BenchmarkFindLongContext(b *testing.B) {
	text := strings.Repeat("The minister said “prices will rise” on Monday. ", 200)
	x := IndexOf(annotate.NewTextIndex(text))
	long := annotate.Span{Exact: "prices will rise", Prefix: strings.Repeat("x", 1<<20), Suffix: strings.Repeat("y", 1<<20)}
	for range b.N {
		x.Find(long, -1, 0, annotate.RuneLen(text))
	}
}
