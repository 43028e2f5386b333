package suggest

import (
	"path/filepath"
	"strings"
	"testing"

	"whosaid/annotate"
)

// BenchmarkSuggest10kWords runs the extractor on a ~10,000-word article made
// of the dev gold articles (the browser budget is 250 ms, native 50 ms).
func BenchmarkSuggest10kWords(b *testing.B) {
	files, _ := filepath.Glob("testdata/gold/dev/*.txt")
	var parts []string
	words := 0
	for words < 10000 {
		for _, f := range files {
			t, err := readFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if words >= 10000 {
				break
			}
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
