package browsertest

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// afterClick clicks sel and reports the page as it is when click()
// returns: the app's handler has run (Go handles the event before giving
// the page back); go-app's next frame usually has not. marksInBlock
// counts the highlights in the element that held the sample's "common
// goal" block before the click: go-app swaps a changed block for a new
// element, so only a block drawn in place changes that one.
const afterClick = `(sel => {
  const blk = ` + commonGoalBlock + `;
  document.querySelector(sel).click();
  return JSON.stringify({
    ids: [...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" ")).filter((v, i, a) => a.indexOf(v) === i).length,
    rows: document.querySelectorAll("#claims-list li[data-claim-id]").length,
    marksInBlock: blk.querySelectorAll("mark[data-ids]").length,
  });
})`

// commonGoalBlock finds the sample's block with "common goal" in it.
const commonGoalBlock = `[...document.querySelectorAll("#article [data-base]")].find(p => p.textContent.includes("common goal"))`

type clickState struct {
	IDs          int `json:"ids"`
	Rows         int `json:"rows"`
	MarksInBlock int `json:"marksInBlock"`
}

func clickNow(b *browser, sel string) clickState {
	b.t.Helper()
	var st clickState
	if err := json.Unmarshal([]byte(eval[string](b, afterClick+`("`+sel+`")`)), &st); err != nil {
		b.t.Fatal(err)
	}
	return st
}

// TestAddedClaimDrawnAtOnce: a claim made from the toolbar is highlighted
// in the article by the time the click returns — drawn in place by the
// handler, not a frame later by go-app — and undoing it clears it the
// same way. After go-app's own frame the side panel has caught up (the
// claim listed, the editor on it) and the article is the same one: one
// element per block, the text unchanged (curly quotes included), the
// claims highlighted, and the new highlight still selects its claim. A
// claim and its undo within one frame leave the article as it was.
func TestAddedClaimDrawnAtOnce(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	text := eval[string](b, `document.querySelector("#article").textContent`)
	blocks := eval[int](b, `document.querySelectorAll("#article [data-base]").length`)
	ids := eval[int](b, highlightedIDs)
	rows := eval[int](b, `document.querySelectorAll("#claims-list li[data-claim-id]").length`)

	selectText(b, "e have a common goal of increasing security in Eurasia,")
	b.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
	got := clickNow(b, "#tb-claim")
	if got.IDs != ids+1 || got.MarksInBlock != 1 {
		t.Errorf("right after the click: %+v, want %d claims highlighted and 1 in the block (drawn at once)", got, ids+1)
	}

	// go-app's frame: the editor opens on the new claim; the page is whole.
	b.Wait(`!!document.querySelector("#claim-editor[data-claim-id]")`)
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, rows+1))
	id := eval[string](b, `document.querySelector("#claim-editor").dataset.claimId`)
	checkArticleWhole(b, text, blocks)
	if n := eval[int](b, highlightedIDs); n != ids+1 {
		t.Errorf("%d claims highlighted after go-app's frame, want %d", n, ids+1)
	}
	if n := eval[int](b, `document.querySelectorAll('#article mark[data-ids~="`+id+`"]').length`); n != 1 {
		t.Errorf("the new claim %s has %d highlights after go-app's frame, want 1", id, n)
	}
	// Its highlight, swapped in by go-app, still selects it.
	eval[bool](b, `(() => { document.querySelector("#close-claim").click(); return true })()`)
	b.Wait(`!document.querySelector("#claim-editor[data-claim-id]")`)
	eval[bool](b, `(() => { document.querySelector('#article mark[data-ids~="`+id+`"]').click(); return true })()`)
	b.Wait(`document.querySelector("#claim-editor")?.dataset.claimId === "` + id + `"`)

	// Undo: the highlight and the row go at once.
	got = clickNow(b, "#undo")
	if got.IDs != ids || got.MarksInBlock != 0 {
		t.Errorf("right after Undo: %+v, want %d claims highlighted and none in the block (drawn at once)", got, ids)
	}
	b.Wait(`!document.querySelector("#claim-editor[data-claim-id]")`)
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, rows))
	checkArticleWhole(b, text, blocks)
	if n := eval[int](b, highlightedIDs); n != ids {
		t.Errorf("%d claims highlighted after the undo and go-app's frame, want %d", n, ids)
	}

	// A claim and its undo within one frame: the block ends as it was
	// mounted, and go-app keeps the element drawn in place.
	selectText(b, "e have a common goal of increasing security in Eurasia,")
	b.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
	// (Ctrl+Z: the Undo button is enabled on go-app's frame, after it.)
	// The block's element is redrawn twice before the clicks return.
	redraws := eval[int](b, `(() => {
	  const blk = `+commonGoalBlock+`;
	  const mo = new MutationObserver(() => {}); mo.observe(blk, {childList: true});
	  document.querySelector("#tb-claim").click();
	  window.dispatchEvent(new KeyboardEvent("keydown", {key: "z", ctrlKey: true, bubbles: true}));
	  const n = mo.takeRecords().length; mo.disconnect(); return n })()`)
	if redraws < 2 {
		t.Errorf("the block was redrawn %d times by a claim and its undo, want 2", redraws)
	}
	// Nothing in the page tells when go-app's frame (~8 ms after the
	// clicks) has run, since it changes nothing: look after a later timer.
	if _, err := chromedp.Run(b.Ctx, chromedp.Evaluate[bool](`new Promise(r => setTimeout(() => r(true), 150))`, chromedp.EvalAwaitPromise)); err != nil {
		t.Fatal(err)
	}
	checkArticleWhole(b, text, blocks)
	if n := eval[int](b, highlightedIDs); n != ids {
		t.Errorf("%d claims highlighted after a claim and its undo in one frame, want %d", n, ids)
	}
	if n := eval[int](b, `document.querySelectorAll("#claims-list li[data-claim-id]").length`); n != rows {
		t.Errorf("%d claims listed after a claim and its undo in one frame, want %d", n, rows)
	}
}

// checkArticleWhole checks that the article shows text, in blocks
// elements with one start each.
func checkArticleWhole(b *browser, text string, blocks int) {
	b.t.Helper()
	if got := eval[string](b, `document.querySelector("#article").textContent`); got != text {
		b.t.Errorf("the article's text changed:\n got %q\nwant %q", got, text)
	}
	if got := eval[int](b, `document.querySelectorAll("#article [data-base]").length`); got != blocks {
		b.t.Errorf("%d block elements, want %d", got, blocks)
	}
	if got := eval[int](b, `new Set([...document.querySelectorAll("#article [data-base]")].map(p => p.dataset.base)).size`); got != blocks {
		b.t.Errorf("%d distinct block starts, want %d (a block drawn twice?)", got, blocks)
	}
}
