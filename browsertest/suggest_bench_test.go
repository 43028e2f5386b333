package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// suggestBenchArticle is a news-like article of about `words` words: the
// paragraphs of the sample and of the suggestion gold set's articles
// (quotes, reported speech, pronouns), repeated.
func suggestBenchArticle(tb testing.TB, words int) []byte {
	tb.Helper()
	paths, _ := filepath.Glob(filepath.Join(repoRoot, "annotate", "suggest", "testdata", "gold", "*.txt"))
	paths = append([]string{filepath.Join(repoRoot, "annotate", "testdata", "sample-article.txt")}, paths...)
	var paras []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		blocks := strings.Split(strings.ReplaceAll(string(data), "\r\n", "\n"), "\n\n")
		for _, b := range blocks[1:] { // not the headline
			if b = strings.TrimSpace(b); b != "" {
				paras = append(paras, b)
			}
		}
	}
	if len(paras) == 0 {
		tb.Fatal("no article paragraphs for the benchmark")
	}
	var b strings.Builder
	b.WriteString("Benchmark article: diplomats, ministers and agencies\n\n")
	n := 0
	for i := 0; n < words; i++ {
		p := paras[i%len(paras)]
		b.WriteString(p)
		b.WriteString("\n\n")
		n += len(strings.Fields(p))
	}
	return []byte(b.String())
}

// BenchmarkSuggestInBrowser: on a ~10,000-word article, the time the
// extractor takes in the wasm (measured by the app) and the time from the
// click on "Suggest" to the review panel with its ghost highlights drawn.
func BenchmarkSuggestInBrowser(b *testing.B) {
	web := webWith(b, map[string][]byte{"suggest-bench.txt": suggestBenchArticle(b, 10000)})
	s := startServer(b, "--web", web)
	br := newBrowser(b, "")
	openApp(br, s.URL+"/?open=/web/suggest-bench.txt")
	br.Wait(`document.querySelectorAll("#article [data-base]").length > 100`)
	var extract, toList, toPanel float64
	var count int
	for i := 0; i < b.N; i++ {
		if eval[bool](br, `!!document.querySelector("#suggest-done")`) {
			eval[bool](br, `document.querySelector("#suggest-done").click(); true`)
			br.Wait(`!document.querySelector("#suggestions")`)
		}
		eval[bool](br, `window.__t0 = performance.now(); document.querySelector("#suggest-btn").click(); true`)
		panel := pageMillis(br, `document.querySelector("#suggestions")`)
		end := pageMillis(br, `document.querySelector("#suggestions") && (CSS.highlights.get("whosaid-suggestion")?.size ?? 0) > 0`)
		toList += panel - eval[float64](br, `window.__t0`)
		toPanel += end - eval[float64](br, `window.__t0`)
		extract += eval[float64](br, `parseFloat(document.querySelector("#suggestions").dataset.ms)`)
		count = eval[int](br, `parseInt(document.querySelector("#suggestions").dataset.count)`)
	}
	br.checkAlive()
	b.ReportMetric(extract/float64(b.N), "ms-extract")
	b.ReportMetric(toList/float64(b.N), "ms-click-to-list")
	b.ReportMetric(toPanel/float64(b.N), "ms-click-to-review")
	b.ReportMetric(float64(count), "suggestions")
	b.ReportMetric(0, "ns/op")
}
