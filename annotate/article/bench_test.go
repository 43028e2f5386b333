package article

import (
	"strings"
	"testing"

	"whosaid/annotate"
)

func BenchmarkText(b *testing.B) {
	data := readSample(b)
	for b.Loop() {
		if _, err := Text(data, annotate.Document{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkHTML(b *testing.B) {
	data := []byte(newsPage)
	for b.Loop() {
		if _, err := HTML(data, annotate.Document{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMarkdownBackticks feeds a large paragraph of unmatched backtick
// runs of many lengths, which a naive code-span search handles in
// quadratic time.
func BenchmarkMarkdownBackticks(b *testing.B) {
	var sb strings.Builder
	for i := 1; sb.Len() < 1<<20; i++ {
		sb.WriteString(strings.Repeat("`", i%2000+1))
		sb.WriteString(" word ")
	}
	data := []byte(sb.String())
	for b.Loop() {
		if _, err := Markdown(data, annotate.Document{}); err != nil {
			b.Fatal(err)
		}
	}
}
