package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// drawnNow tells whether the browser draws the contents of the element
// sel (false: off screen, their layout and painting skipped by
// content-visibility).
func drawnNow(sel string) string {
	return `document.querySelector(` + fmt.Sprintf("%q", sel+" > *") + `).checkVisibility({contentVisibilityAuto: true})`
}

// TestOffscreenClaimRowsDrawnWhenReached: with 1,000 claims, the live app
// skips the claims list's groups off screen and draws them as they are
// reached; a claim made late in the article is listed, and its row is
// drawn when reached, marked current.
func TestOffscreenClaimRowsDrawnWhenReached(t *testing.T) {
	s := startServer(t, "--web", benchFiles(t, 1000))
	b := newBrowser(t, "")
	b.Do(chromedp.Navigate(s.URL + "/?open=/web/bench.txt&annotations=/web/bench-1000.whosaid.json"))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 1000`)
	b.Wait(`location.search === ""`)
	first, last := "#claims-list .claim-group:has(li)", "#claims-list .claim-group:has(li):last-of-type"
	b.Wait(drawnNow(first) + ` && !` + drawnNow(last))

	// Reached: drawn, its rows laid out.
	eval[bool](b, `(() => { document.querySelector("#claims-list .claim-group:has(li):last-of-type li").scrollIntoView({block: "nearest"}); return true })()`)
	b.Wait(drawnNow(last) + ` && document.querySelector("#claims-list .claim-group:has(li):last-of-type li").getBoundingClientRect().height > 0`)

	// A new claim in the last block: highlighted, listed, its row drawn
	// and current once reached.
	before := eval[int](b, highlightedIDs)
	eval[bool](b, `(() => {
	  const p = document.querySelector("#article .blk:last-child");
	  p.scrollIntoView({block: "center"});
	  const w = document.createTreeWalker(p, NodeFilter.SHOW_TEXT); w.nextNode();
	  const n = w.currentNode, r = document.createRange();
	  r.setStart(n, 0); r.setEnd(n, Math.min(n.data.length, n.data.indexOf(" ", n.data.indexOf(" ") + 1)));
	  const s = getSelection(); s.removeAllRanges(); s.addRange(r); return true })()`)
	b.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
	eval[bool](b, `(() => { document.querySelector("#tb-claim").click(); return true })()`)
	b.Wait(fmt.Sprintf(`%s === %d && document.querySelectorAll("#claims-list li[data-claim-id]").length === 1001`, highlightedIDs, before+1))
	eval[bool](b, `(() => { document.querySelector("#claims-list li.cur").scrollIntoView({block: "nearest"}); return true })()`)
	b.Wait(drawnNow("#claims-list li.cur") + ` && document.querySelector("#claims-list li.cur").getBoundingClientRect().height > 0`)
	quote := eval[string](b, `document.querySelector("#claims-list li.cur .claim-quote").textContent`)
	start := eval[string](b, `document.querySelector("#article .blk:last-child").textContent`)
	if quote == "" || !strings.HasPrefix(start, quote) {
		t.Errorf("the new claim's quote %q is not the start of the last block %q", quote, start)
	}
}
