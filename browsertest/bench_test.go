package browsertest

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
	"whosaid/internal/precompress"
)

// Browser benchmarks (`make bench`): opening a big annotated article by
// address, adding a claim, and the size of the wasm. Times are measured in
// the page (performance.now(), from navigation start) and reported as
// metrics; each runs once per -benchtime iteration with a fresh profile.

var benchWords = strings.Fields(`the minister said that government officials would review
the proposal next week while critics warned about costs and delays in the
region’s economy — analysts expect growth of about two percent, according to
a report published on Tuesday by the central bank in Zürich; residents told
reporters they were worried 😟 about prices, rents and the future of local jobs`)

// benchArticle is a plain-text article of about `words` words: a headline
// and paragraphs of 40–110 words.
func benchArticle(words int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.WriteString("Benchmark article about the regional economy\n\n")
	n := 0
	for n < words {
		size := 40 + r.IntN(70)
		for i := 0; i < size; i++ {
			w := benchWords[r.IntN(len(benchWords))]
			if i == 0 {
				r := []rune(w)
				w = strings.ToUpper(string(r[:1])) + string(r[1:])
			}
			b.WriteString(w)
			if i == size-1 {
				b.WriteString(".")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString("\n\n")
		n += size
	}
	return []byte(b.String())
}

// benchSet puts n claims on doc: 80% side by side, 20% overlapping two
// neighbours, all inside paragraphs, attributed to a few speakers.
func benchSet(tb testing.TB, doc annotate.Document, n int) *annotate.Set {
	tb.Helper()
	set := annotate.NewSet(doc)
	ix := annotate.NewTextIndex(doc.Text())
	for i := 0; i < 8; i++ {
		set.Speakers = append(set.Speakers, annotate.Speaker{ID: fmt.Sprintf("s%d", i), Name: fmt.Sprintf("Speaker %d", i), Kind: annotate.SpeakerPerson})
	}
	// Word spans (code points) per paragraph.
	type span struct{ start, end int }
	var words [][]span
	for bi, start := range doc.BlockStarts() {
		if doc.Blocks[bi].Kind != annotate.BlockParagraph {
			continue
		}
		var ws []span
		pos := start
		for _, w := range strings.Split(doc.Blocks[bi].Text, " ") {
			l := annotate.RuneLen(w)
			ws = append(ws, span{pos, pos + l})
			pos += l + 1
		}
		words = append(words, ws)
	}
	total := 0
	for _, ws := range words {
		total += len(ws)
	}
	base := n - n/5
	per := total / base // words per side-by-side claim
	if per < 2 {
		tb.Fatalf("%d words cannot hold %d claims", total, n)
	}
	now := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	add := func(start, end int) {
		id := fmt.Sprintf("c%05d", len(set.Claims))
		set.Claims = append(set.Claims, annotate.Claim{ID: id, Span: annotate.MakeSpan(ix, start, end),
			SpeakerID: fmt.Sprintf("s%d", len(set.Claims)%8), Attribution: annotate.AttrIndirect,
			Kind: annotate.KindFact, Created: now, Modified: now})
	}
	type claimAt struct{ para, first, last int }
	var placed []claimAt
	for pi, ws := range words {
		for i := 0; i+per <= len(ws) && len(placed) < base; i += per {
			last := i + per - 1
			if per > 2 {
				last-- // a gap word between claims
			}
			add(ws[i].start, ws[last].end)
			placed = append(placed, claimAt{pi, i, last})
		}
	}
	// Overlapping: from the middle of one claim to the middle of the next
	// in the same paragraph.
	for k := 0; len(set.Claims) < n && k+1 < len(placed); k++ {
		a, b := placed[k], placed[k+1]
		if a.para != b.para {
			continue
		}
		ws := words[a.para]
		add(ws[(a.first+a.last+1)/2].start, ws[(b.first+b.last)/2].end)
		k++ // keep overlaps two-deep at most
	}
	if len(set.Claims) != n {
		tb.Fatalf("made %d claims, want %d", len(set.Claims), n)
	}
	if err := annotate.Validate(set); err != nil {
		tb.Fatal(err)
	}
	return set
}

// benchFiles writes the article (bench.txt) and claim files
// (bench-N.whosaid.json) into a web folder copy.
func benchFiles(b testing.TB, claims ...int) string {
	b.Helper()
	txt := benchArticle(10000)
	doc, err := article.Import("bench.txt", txt)
	if err != nil {
		b.Fatal(err)
	}
	files := map[string][]byte{"bench.txt": txt}
	for _, n := range claims {
		data, err := native.Encode(benchSet(b, doc, n))
		if err != nil {
			b.Fatal(err)
		}
		files[fmt.Sprintf("bench-%d.whosaid.json", n)] = data
	}
	return webWith(b, files)
}

// pageMillis polls a condition in the page (up to 3 minutes) and returns
// performance.now() when it first holds: ms since navigation start.
func pageMillis(br *browser, cond string) float64 {
	br.t.Helper()
	v, err := chromedp.Run(br.Ctx, chromedp.Poll[float64](fmt.Sprintf(`(%s) ? performance.now() : 0`, cond), chromedp.WithPollingTimeout(3*time.Minute)))
	if err != nil {
		br.t.Fatalf("waiting for %s: %v", cond, err)
	}
	return v
}

const highlightedIDs = `new Set([...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" "))).size`

// BenchmarkOpenByURL: navigation to /?open=…&annotations=… until the
// article is on screen (drawn by the server), until every claim is
// highlighted, until the page is live (data-live) and until every claim is
// in the claims list (filled just after the article). Each time is taken
// in the page, in the first frame the condition holds (watchFrames).
func BenchmarkOpenByURL(b *testing.B) {
	web := benchFiles(b, 1000, 5000)
	for _, n := range []int{1000, 5000} {
		b.Run(fmt.Sprintf("claims=%d", n), func(b *testing.B) {
			s := startServer(b, "--web", web)
			conds := map[string]string{
				"ms-to-article":    `document.querySelectorAll("#article [data-base]").length > 0`,
				"ms-to-highlights": fmt.Sprintf(`%s === %d`, highlightedIDs, n),
				"ms-to-live":       `!!document.querySelector("main[data-live]")`,
				"ms-to-list":       fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, n),
			}
			sums := map[string]float64{}
			for i := 0; i < b.N; i++ {
				br := newBrowser(b, "")
				watchFrames(br, conds)
				br.Do(chromedp.Navigate(fmt.Sprintf("%s/?open=/web/bench.txt&annotations=/web/bench-%d.whosaid.json", s.URL, n)))
				for name, ms := range framesHeld(br, len(conds)) {
					sums[name] += ms
				}
				br.checkAlive()
			}
			for name, sum := range sums {
				b.ReportMetric(sum/float64(b.N), name)
			}
			b.ReportMetric(0, "ns/op")
		})
	}
}

// watchFrames records, in the page from navigation on, the time of the
// first frame in which each condition holds (window.__held[name]).
func watchFrames(br *browser, conds map[string]string) {
	br.t.Helper()
	var js strings.Builder
	js.WriteString("window.__held = {}; const __conds = {")
	for name, cond := range conds {
		fmt.Fprintf(&js, "%q: () => %s,", name, cond)
	}
	js.WriteString(`};
	  const __tick = () => {
	    for (const [name, cond] of Object.entries(__conds)) {
	      try { if (!(name in window.__held) && cond()) window.__held[name] = performance.now(); } catch (e) {}
	    }
	    if (Object.keys(window.__held).length < Object.keys(__conds).length) requestAnimationFrame(__tick);
	  };
	  requestAnimationFrame(__tick);`)
	if _, err := chromedp.Call(br.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: js.String()}); err != nil {
		br.t.Fatal(err)
	}
}

// framesHeld waits (3 minutes at most) until every watched condition has
// held and returns their times.
func framesHeld(br *browser, n int) map[string]float64 {
	br.t.Helper()
	pageMillis(br, fmt.Sprintf(`Object.keys(window.__held || {}).length === %d`, n))
	return eval[map[string]float64](br, `window.__held`)
}

// BenchmarkAddClaimWith1000: with 1,000 claims shown, from the click on
// the toolbar's Claim button to the new claim highlighted in the article
// (ms-per-add-mark) and in the list (ms-per-add: in the DOM, seen by a
// mutation observer; ms-per-add-polled: seen by a once-a-frame poll, as
// before), to the end of the first paint that shows both
// (ms-per-add-painted: a task queued from the next frame callback runs
// after that frame's paint), and to the editor showing the new claim
// (ms-per-add-editor: drawn on go-app's next frame, not at once).
func BenchmarkAddClaimWith1000(b *testing.B) { benchAddClaim(b, 1000) }

func BenchmarkAddClaimWith5000(b *testing.B) { benchAddClaim(b, 5000) }

func benchAddClaim(b *testing.B, n int) {
	web := benchFiles(b, n)
	s := startServer(b, "--web", web)
	br := newBrowser(b, "")
	br.Do(chromedp.Navigate(fmt.Sprintf("%s/?open=/web/bench.txt&annotations=/web/bench-%d.whosaid.json", s.URL, n)))
	pageMillis(br, fmt.Sprintf(`%s === %d`, highlightedIDs, n))
	// The list of a big set is filled after the article is painted: wait
	// for it, or the first count below can catch it empty.
	pageMillis(br, fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, n))
	// The first adds of a page run code the browser has not optimised yet
	// (its wasm compiler tiers up hot functions while they run): the first
	// is reported alone, and the means leave out two.
	const warmup = 2
	var total, polled, marked, painted, editor, first float64
	for i := 0; i < b.N+warmup; i++ {
		count := eval[int](br, `document.querySelectorAll("#claims-list li[data-claim-id]").length`)
		ids := eval[int](br, highlightedIDs)
		// Select the first two words of paragraph i+1 (code-unit offsets
		// across its text nodes: with many claims, words are split
		// between highlights) and press the toolbar's button.
		eval[bool](br, fmt.Sprintf(`(() => {
		  const p = document.querySelectorAll("#article [data-base]")[%d];
		  const t = p.textContent, two = t.indexOf(" ", t.indexOf(" ") + 1), end = two > 0 ? two : t.length;
		  const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
		  const r = document.createRange();
		  for (let n, at = 0; (n = w.nextNode()); at += n.data.length) {
		    if (at === 0) r.setStart(n, 0);
		    if (end <= at + n.data.length) { r.setEnd(n, end - at); break }
		  }
		  const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true })()`, i+1))
		br.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
		// A mutation observer notes when the new highlight, its row and the
		// editor showing it are in the DOM (the poll below adds its own
		// latency: it runs once per frame).
		eval[bool](br, fmt.Sprintf(`(() => { window.__t1 = 0; window.__tm = 0; window.__tp = 0; window.__te = 0; window.__tpq = 0;
		  const before = document.querySelector("#claim-editor")?.dataset.claimId || "";
		  const mo = new MutationObserver(() => {
		    const now = performance.now();
		    if (!window.__tm && %s === %d) window.__tm = now;
		    if (!window.__t1 && document.querySelectorAll("#claims-list li[data-claim-id]").length === %d) window.__t1 = now;
		    const ed = document.querySelector("#claim-editor")?.dataset.claimId || "";
		    if (!window.__te && ed && ed !== before) window.__te = now;
		    if (window.__tm && window.__t1 && !window.__tpq) {
		      window.__tpq = 1;
		      requestAnimationFrame(() => setTimeout(() => { window.__tp = performance.now() }));
		    }
		    if (window.__tm && window.__t1 && window.__te) mo.disconnect() });
		  mo.observe(document.querySelector("#annotator"), {childList: true, subtree: true, attributes: true, attributeFilter: ["data-claim-id"]});
		  window.__t0 = performance.now(); document.querySelector("#tb-claim").click(); return true })()`, highlightedIDs, ids+1, count+1))
		end := pageMillis(br, fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, count+1))
		pageMillis(br, `window.__tp > 0 && window.__te > 0`)
		t0 := eval[float64](br, `window.__t0`)
		if i == 0 {
			first = eval[float64](br, `window.__tm`) - t0
		}
		if i < warmup {
			continue
		}
		total += eval[float64](br, `window.__t1`) - t0
		marked += eval[float64](br, `window.__tm`) - t0
		painted += eval[float64](br, `window.__tp`) - t0
		editor += eval[float64](br, `window.__te`) - t0
		polled += end - t0
	}
	br.checkAlive()
	b.ReportMetric(total/float64(b.N), "ms-per-add")
	b.ReportMetric(marked/float64(b.N), "ms-per-add-mark")
	b.ReportMetric(painted/float64(b.N), "ms-per-add-painted")
	b.ReportMetric(polled/float64(b.N), "ms-per-add-polled")
	b.ReportMetric(editor/float64(b.N), "ms-per-add-editor")
	b.ReportMetric(first, "ms-first-add-mark")
	b.ReportMetric(0, "ns/op")
}

// BenchmarkWasmSize reports the size of web/app.wasm raw, and gzip and
// brotli at the level users get (make release: internal/precompress.Best).
func BenchmarkWasmSize(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		b.Fatal(err)
	}
	var gz, br int
	for i := 0; i < b.N; i++ {
		gz = len(precompress.Gzip(raw, precompress.Best))
		br = len(precompress.Brotli(raw, precompress.Best))
	}
	b.ReportMetric(float64(len(raw))/1e6, "MB-raw")
	b.ReportMetric(float64(gz)/1e6, "MB-gzip")
	b.ReportMetric(float64(br)/1e6, "MB-brotli")
	b.ReportMetric(0, "ns/op")
}
