package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"whosaid/annotate/article"
	"whosaid/annotate/native"
)

// bigWeb is a web folder with the benchmarks' long article (bench.txt)
// and n claims on it (bench-n.whosaid.json).
func bigWeb(t *testing.T, n int) string {
	t.Helper()
	txt := benchArticle(10000)
	doc, err := article.Import("bench.txt", txt)
	if err != nil {
		t.Fatal(err)
	}
	data, err := native.Encode(benchSet(t, doc, n))
	if err != nil {
		t.Fatal(err)
	}
	return webWith(t, map[string][]byte{"bench.txt": txt, fmt.Sprintf("bench-%d.whosaid.json", n): data})
}

// drawnNow tells whether the browser draws the contents of the element
// sel (false: off screen, their layout and painting skipped by
// content-visibility).
func drawnNow(sel string) string {
	return `document.querySelector(` + fmt.Sprintf("%q", sel+" > *") + `).checkVisibility({contentVisibilityAuto: true})`
}

// TestOffscreenBlocksDrawnWhenReached: with a long article and 1,000
// claims, the live app skips the blocks and claim groups off screen, and
// draws them as they are reached, highlights included; a claim made in a
// block reached late is highlighted and listed like any other.
func TestOffscreenBlocksDrawnWhenReached(t *testing.T) {
	s := startServer(t, "--web", bigWeb(t, 1000))
	b := newBrowser(t, "")
	b.Do(chromedp.Navigate(s.URL + "/?open=/web/bench.txt&annotations=/web/bench-1000.whosaid.json"))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 1000`)
	b.Wait(`location.search === ""`)
	last, lastGroup := "#article .blk:last-child", "#claims-list .claim-group:has(li):last-of-type"
	b.Wait(drawnNow("#article .blk") + ` && !` + drawnNow(last) + ` && !` + drawnNow(lastGroup))

	// Reached: drawn, with its highlights and badges laid out.
	eval[bool](b, `(() => { document.querySelector("#article .blk:last-child").scrollIntoView({block: "center"}); return true })()`)
	b.Wait(drawnNow(last) + ` && document.querySelector("#article .blk:last-child mark[data-badge]").getBoundingClientRect().width > 0`)

	// A new claim there: highlighted and listed.
	before := eval[int](b, highlightedIDs)
	eval[bool](b, `(() => {
	  const p = document.querySelector("#article .blk:last-child");
	  const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); w.nextNode();
	  const n = w.currentNode, r = document.createRange();
	  r.setStart(n, 0); r.setEnd(n, Math.min(n.data.length, n.data.indexOf(" ", n.data.indexOf(" ") + 1)));
	  const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true })()`)
	b.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
	eval[bool](b, `(() => { document.querySelector("#tb-claim").click(); return true })()`)
	b.Wait(fmt.Sprintf(`%s === %d && document.querySelectorAll("#claims-list li[data-claim-id]").length === 1001`, highlightedIDs, before+1))
	quote := eval[string](b, `document.querySelector("#claims-list li.cur .claim-quote").textContent`)
	start := eval[string](b, `document.querySelector("#article .blk:last-child").textContent`)
	if quote == "" || !strings.HasPrefix(start, quote) {
		t.Errorf("the new claim's quote %q is not the start of the last block %q", quote, start)
	}
	// Its row, reached in the list: drawn.
	eval[bool](b, `(() => { document.querySelector("#claims-list li.cur").scrollIntoView({block: "nearest"}); return true })()`)
	b.Wait(drawnNow("#claims-list li.cur") + ` && document.querySelector("#claims-list li.cur").getBoundingClientRect().height > 0`)
}
