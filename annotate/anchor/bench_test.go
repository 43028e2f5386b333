package anchor

import (
	"sync"
	"testing"
)

// The benchmark scenario: 1,000 claims on a ~60,000-word generated news
// text, unchanged or with ~5% of the words edited (fixed seed).
var benchScenarios struct {
	once              sync.Once
	unchanged, edited scenario
}

func benchScenario(b *testing.B, edited bool) scenario {
	benchScenarios.once.Do(func() {
		benchScenarios.unchanged = makeScenario(b, 42, 60000, 1000, 0)
		benchScenarios.edited = makeScenario(b, 42, 60000, 1000, 0.05)
	})
	if edited {
		return benchScenarios.edited
	}
	return benchScenarios.unchanged
}

func reportAccuracy(b *testing.B, sc scenario, rep Report) {
	out, _ := Reanchor(sc.set, sc.newDoc)
	correct, orphan, misplaced, _ := sc.grade(out)
	n := float64(len(out.Claims))
	b.ReportMetric(float64(correct)/n, "correct")
	b.ReportMetric(float64(orphan)/n, "orphaned")
	b.ReportMetric(float64(misplaced)/n, "misplaced")
	_ = rep
}

// Prepared: the document index is built once (as an editor would keep it);
// each op re-anchors all 1,000 claims.
func benchPrepared(b *testing.B, edited bool) {
	sc := benchScenario(b, edited)
	x := NewIndex(sc.newDoc)
	_, rep := x.Reanchor(sc.set, sc.newDoc) // warm the lazy word index
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, rep = x.Reanchor(sc.set, sc.newDoc)
	}
	b.StopTimer()
	reportAccuracy(b, sc, rep)
}

// Cold: each op also prepares the new document (runes, word index).
func benchCold(b *testing.B, edited bool) {
	sc := benchScenario(b, edited)
	var rep Report
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_, rep = Reanchor(sc.set, sc.newDoc)
	}
	b.StopTimer()
	reportAccuracy(b, sc, rep)
}

func BenchmarkReanchorUnchanged(b *testing.B)     { benchPrepared(b, false) }
func BenchmarkReanchorEdited(b *testing.B)        { benchPrepared(b, true) }
func BenchmarkReanchorUnchangedCold(b *testing.B) { benchCold(b, false) }
func BenchmarkReanchorEditedCold(b *testing.B)    { benchCold(b, true) }

func BenchmarkSearch(b *testing.B) {
	sc := benchScenario(b, true)
	text := []rune(sc.newDoc.Text())
	pattern := []rune(sc.set.Claims[500].Span.Exact)
	for _, n := range []int{len(pattern)} {
		_ = n
	}
	b.ReportAllocs()
	for b.Loop() {
		Search(text, pattern, len(pattern)/4)
	}
	b.ReportMetric(float64(len(text)), "runes")
	b.ReportMetric(float64(len(pattern)), "patternRunes")
}
