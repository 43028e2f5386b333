package annotator

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
)

// pendingSel is text the user has selected in the article and not yet
// turned into a claim, mention or cue: document offsets in code points
// (already snapped to words) and where to show the toolbar, in page pixels.
type pendingSel struct {
	Start, End int
	Top, Left  float64
	Below      float64 // bottom edge of the selection
}

// readDOMSelection maps the browser's selection inside #article to document
// offsets. ok is false when nothing (or nothing inside the article) is
// selected. Every block element carries data-base (its code-point start)
// and holds only article text, so the text of a DOM Range from the block
// start to the point measures the offset (in UTF-16 units, as the browser
// counts), which the TextIndex converts to code points.
func readDOMSelection(ix *annotate.TextIndex) (pendingSel, bool) {
	sel := browser.Call(app.Window(), "getSelection")
	if n, _ := browser.Int(browser.Get(sel, "rangeCount")); n < 1 || browser.Bool(browser.Get(sel, "isCollapsed")) {
		return pendingSel{}, false
	}
	r := browser.Call(sel, "getRangeAt", 0)
	if !browser.Obj(r) {
		return pendingSel{}, false
	}
	start, ok1 := pointOffset(ix, browser.Get(r, "startContainer"), browser.Get(r, "startOffset"), false)
	end, ok2 := pointOffset(ix, browser.Get(r, "endContainer"), browser.Get(r, "endOffset"), true)
	if !ok1 || !ok2 || end <= start {
		return pendingSel{}, false
	}
	ps := pendingSel{Start: start, End: end}
	rect := browser.Call(r, "getBoundingClientRect")
	sx, sy := browser.Float(browser.Get(app.Window(), "scrollX")), browser.Float(browser.Get(app.Window(), "scrollY"))
	ps.Top = browser.Float(browser.Get(rect, "top")) + sy
	ps.Left = browser.Float(browser.Get(rect, "left")) + sx
	ps.Below = browser.Float(browser.Get(rect, "bottom")) + sy
	return ps, true
}

// pointOffset converts one Range boundary (node, offset) to a document
// offset. A boundary between blocks (on the article element itself) maps
// to the start of the next block, or the end of the previous one.
func pointOffset(ix *annotate.TextIndex, node, offV app.Value, isEnd bool) (int, bool) {
	off, ok := browser.Int(offV)
	if !ok || !browser.Obj(node) {
		return 0, false
	}
	el := node
	if t, _ := browser.Int(browser.Get(node, "nodeType")); t != 1 {
		el = browser.Get(node, "parentElement")
	}
	if !browser.Obj(browser.Call(el, "closest", "#article")) {
		return 0, false
	}
	block := browser.Call(el, "closest", "[data-base]")
	if !browser.Obj(block) {
		return boundaryOffset(ix, node, off, isEnd)
	}
	base, err := strconv.Atoi(browser.String(browser.Call(block, "getAttribute", "data-base")))
	if err != nil {
		return 0, false
	}
	rng := browser.Call(browser.Document(), "createRange")
	if !browser.Obj(rng) {
		return 0, false
	}
	browser.Call(rng, "selectNodeContents", block)
	browser.Call(rng, "setEnd", node, off)
	prefix := browser.String(browser.Call(rng, "toString"))
	return blockOffset(ix, base, prefix)
}

// blockOffset is the document offset of a point that follows prefix in the
// block starting at base: UTF-16 length from the browser, converted by the
// index. A point inside a surrogate pair rounds down to the character.
func blockOffset(ix *annotate.TextIndex, base int, prefix string) (int, bool) {
	b16, err := ix.UTF16(base)
	if err != nil {
		return 0, false
	}
	cp, err := ix.FromUTF16(b16 + annotate.UTF16Len(prefix))
	if err != nil {
		return min(base+annotate.RuneLen(prefix), ix.Len()), true
	}
	return cp, true
}

// boundaryOffset handles a boundary on a container of blocks: offset counts
// child nodes.
func boundaryOffset(ix *annotate.TextIndex, node app.Value, off int, isEnd bool) (int, bool) {
	kids := browser.Get(node, "childNodes")
	n, _ := browser.Int(browser.Get(kids, "length"))
	attr := func(el app.Value) (int, bool) {
		if !browser.Obj(el) {
			return 0, false
		}
		b := el
		if t, _ := browser.Int(browser.Get(el, "nodeType")); t != 1 || !browser.Obj(browser.Call(el, "matches", "[data-base]")) {
			b = browser.Call(el, "querySelector", "[data-base]")
		}
		v, err := strconv.Atoi(browser.String(browser.Call(b, "getAttribute", "data-base")))
		return v, err == nil && browser.Obj(b)
	}
	if !isEnd && off < n {
		return attr(browser.Call(kids, "item", off))
	}
	if isEnd && off > 0 && off <= n {
		// End of the previous block: its base plus its length.
		prev := browser.Call(kids, "item", off-1)
		if base, ok := attr(prev); ok {
			return blockOffset(ix, base, browser.String(browser.Get(prev, "textContent")))
		}
	}
	return 0, false
}

// clearDOMSelection removes the browser's selection.
func clearDOMSelection() {
	browser.Call(browser.Call(app.Window(), "getSelection"), "removeAllRanges")
}
