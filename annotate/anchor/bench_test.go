package anchor

import (
	"sync"
	"testing"
	"time"
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

// reportAccuracy grades one more run (untimed) against the ground truth.
func reportAccuracy(b *testing.B, sc scenario) {
	out, _ := Reanchor(sc.set, sc.newDoc)
	correct, orphan, misplaced, _ := sc.grade(out)
	n := float64(len(out.Claims))
	b.ReportMetric(float64(correct)/n, "correct")
	b.ReportMetric(float64(orphan)/n, "orphaned")
	b.ReportMetric(float64(misplaced)/n, "misplaced")
}

// Prepared: the document index is built once (as an editor would keep it);
// each op re-anchors all 1,000 claims.
func benchPrepared(b *testing.B, edited bool) {
	sc := benchScenario(b, edited)
	x := NewIndex(sc.newDoc)
	x.Reanchor(sc.set, sc.newDoc) // warm the lazy word index
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := processCPU()
	for b.Loop() {
		x.Reanchor(sc.set, sc.newDoc)
	}
	b.StopTimer()
	reportCPU(b, cpu0, ok)
	reportAccuracy(b, sc)
}

// Cold: each op also prepares the new document (runes, word index).
func benchCold(b *testing.B, edited bool) {
	sc := benchScenario(b, edited)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, ok := processCPU()
	for b.Loop() {
		Reanchor(sc.set, sc.newDoc)
	}
	b.StopTimer()
	reportCPU(b, cpu0, ok)
	reportAccuracy(b, sc)
}

func BenchmarkReanchorUnchanged(b *testing.B)     { benchPrepared(b, false) }
func BenchmarkReanchorEdited(b *testing.B)        { benchPrepared(b, true) }
func BenchmarkReanchorUnchangedCold(b *testing.B) { benchCold(b, false) }
func BenchmarkReanchorEditedCold(b *testing.B)    { benchCold(b, true) }

// reportCPU adds the process CPU time per op (all threads, GC included).
func reportCPU(b *testing.B, cpu0 time.Duration, ok bool) {
	if cpu1, ok1 := processCPU(); ok && ok1 && b.N > 0 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
	}
}

// BenchmarkSearch scans the whole edited document for one claim's quote.
func BenchmarkSearch(b *testing.B) {
	sc := benchScenario(b, true)
	text := []rune(sc.newDoc.Text())
	pattern := []rune(sc.set.Claims[500].Span.Exact)
	b.ReportAllocs()
	cpu0, ok := processCPU()
	for b.Loop() {
		Search(text, pattern, len(pattern)/4)
	}
	reportCPU(b, cpu0, ok)
	b.ReportMetric(float64(len(text)), "runes")
	b.ReportMetric(float64(len(pattern)), "patternRunes")
}
