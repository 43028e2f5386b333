package anchor_test

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"
	"unicode"

	"whosaid/annotate"
	"whosaid/annotate/anchor"
	"whosaid/annotate/article"
	"whosaid/annotate/w3c"
)

// The shared bench's re-anchoring task (testdata/bench/README.md): 1,000
// quotes on a 10,000-word article, re-anchored after about 5% of its words
// were replaced.

type benchFixture struct {
	set    *annotate.Set
	edited annotate.Document
	truth  [][2]int // per claim, its words in the edited document (code points)
}

func gunzip(t testing.TB, name string) []byte {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "bench", name+".gz"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func loadBenchFixture(t testing.TB) benchFixture {
	t.Helper()
	orig, _, err := article.ReadText(gunzip(t, "article.txt"), annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	editedFile := gunzip(t, "article-edited.txt")
	edited, _, err := article.ReadText(editedFile, annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	set, err := w3c.Import(gunzip(t, "annotations-1000.json"), &orig)
	if err != nil {
		t.Fatal(err)
	}
	var truth [][2]int
	if err := json.Unmarshal(gunzip(t, "truth-edited-1000.json"), &truth); err != nil {
		t.Fatal(err)
	}
	if len(truth) != len(set.Claims) {
		t.Fatalf("%d truths for %d claims", len(truth), len(set.Claims))
	}
	at := fileToDoc(t, []rune(string(editedFile)), []rune(edited.Text()))
	for i := range truth {
		truth[i] = [2]int{at[truth[i][0]], at[truth[i][1]]}
	}
	return benchFixture{set: set, edited: edited, truth: truth}
}

// fileToDoc maps each code-point offset of the file's text to the same
// place in the document's text, which differs from it only in white space
// (a paragraph break became a blank line).
func fileToDoc(t testing.TB, file, doc []rune) []int {
	t.Helper()
	at := make([]int, len(file)+1)
	j := 0
	for i, r := range file {
		for j < len(doc) && doc[j] != r && unicode.IsSpace(doc[j]) {
			j++
		}
		if j == len(doc) || doc[j] != r {
			t.Fatalf("the document text differs from the file at file offset %d", i)
		}
		at[i] = j
		j++
	}
	at[len(file)] = j
	return at
}

// benchGrade is how the re-anchored claims compare with the truth.
type benchGrade struct {
	exact, midWord, wrong, orphan int
	bad                           []string // what went wrong, one line per claim
}

func (f benchFixture) grade(out *annotate.Set, rep anchor.Report) benchGrade {
	var g benchGrade
	rs := []rune(f.edited.Text())
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) }
	midWord := func(b int) bool { return b > 0 && b < len(rs) && isWord(rs[b-1]) && isWord(rs[b]) }
	for i, c := range out.Claims {
		want := string(rs[f.truth[i][0]:f.truth[i][1]])
		switch {
		case c.Orphan:
			g.orphan++
			if rep.Results[i].Reason == "" {
				g.bad = append(g.bad, c.ID+": orphan without a reason")
			}
		case c.Span.Start == f.truth[i][0] && c.Span.End == f.truth[i][1]:
			g.exact++
		case midWord(c.Span.Start) || midWord(c.Span.End):
			g.midWord++
			g.bad = append(g.bad, c.ID+": cut mid-word: "+c.Span.Exact+" | want: "+want)
		default:
			g.wrong++
			g.bad = append(g.bad, c.ID+": wrong place: "+c.Span.Exact+" | want: "+want)
		}
	}
	return g
}

// TestBenchFixtureReanchoring: at least 990 of the 1,000 land exactly on
// their words, none is cut mid-word or misplaced, and every orphan says
// why.
func TestBenchFixtureReanchoring(t *testing.T) {
	f := loadBenchFixture(t)
	out, rep := anchor.Reanchor(f.set, f.edited)
	g := f.grade(out, rep)
	t.Logf("exact %d, mid-word %d, wrong %d, orphan %d (%s)", g.exact, g.midWord, g.wrong, g.orphan, rep.Summary())
	for _, b := range g.bad {
		t.Error(b)
	}
	if g.exact < 990 {
		t.Errorf("%d exact, want at least 990", g.exact)
	}
	if err := annotate.Validate(out); err != nil {
		t.Fatal(err)
	}
	var orphans bytes.Buffer
	for i, r := range rep.Results {
		if r.Method == anchor.Orphan {
			orphans.WriteString(out.Claims[i].ID + ": " + r.Reason + "\n")
		}
	}
	t.Logf("orphans:\n%s", orphans.String())
}

// BenchmarkBenchFixtureReanchoring re-anchors the 1,000 quotes (the edited
// document prepared once, as in the app) and reports how they landed.
func BenchmarkBenchFixtureReanchoring(b *testing.B) {
	f := loadBenchFixture(b)
	x := anchor.NewIndex(f.edited)
	x.Reanchor(f.set, f.edited)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		x.Reanchor(f.set, f.edited)
	}
	b.StopTimer()
	out, rep := x.Reanchor(f.set, f.edited)
	g := f.grade(out, rep)
	b.ReportMetric(float64(g.exact), "exact")
	b.ReportMetric(float64(g.midWord), "mid-word")
	b.ReportMetric(float64(g.wrong), "wrong")
	b.ReportMetric(float64(g.orphan), "orphan")
	b.Logf("bench fixture, 1,000 quotes, ~5%% of words edited: exact %d, mid-word %d, wrong %d, orphan %d",
		g.exact, g.midWord, g.wrong, g.orphan)
}
