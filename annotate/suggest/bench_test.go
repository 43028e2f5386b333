package suggest

import (
	"strings"
	"testing"

	"whosaid/annotate"
)

// BenchmarkSuggest10kWords runs the extractor on a ~10,000-word article made
// of the gold articles repeated (the browser budget is 250 ms, native 50 ms).
func BenchmarkSuggest10kWords(b *testing.B) {
	var parts []string
	words := 0
	for words < 10000 {
		for _, name := range []string{"sample", "battery", "bridge", "flu"} {
			t := readGoldText(b, name)
			parts = append(parts, t)
			words += len(strings.Fields(t))
		}
	}
	doc := annotate.DocumentFromText(annotate.Document{}, strings.Join(parts, "\n\n"))
	b.ReportMetric(float64(words), "words")
	b.ResetTimer()
	n := 0
	for b.Loop() {
		n = len(Suggest(doc).Suggestions)
	}
	b.ReportMetric(float64(n), "suggestions")
}
