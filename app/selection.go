package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
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
	sel := jsCall(app.Window(), "getSelection")
	if n, _ := jsInt(jsGet(sel, "rangeCount")); n < 1 || jsBool(jsGet(sel, "isCollapsed")) {
		return pendingSel{}, false
	}
	r := jsCall(sel, "getRangeAt", 0)
	if !jsObj(r) {
		return pendingSel{}, false
	}
	start, ok1 := pointOffset(ix, jsGet(r, "startContainer"), jsGet(r, "startOffset"), false)
	end, ok2 := pointOffset(ix, jsGet(r, "endContainer"), jsGet(r, "endOffset"), true)
	if !ok1 || !ok2 || end <= start {
		return pendingSel{}, false
	}
	ps := pendingSel{Start: start, End: end}
	rect := jsCall(r, "getBoundingClientRect")
	sx, sy := jsFloat(jsGet(app.Window(), "scrollX")), jsFloat(jsGet(app.Window(), "scrollY"))
	ps.Top = jsFloat(jsGet(rect, "top")) + sy
	ps.Left = jsFloat(jsGet(rect, "left")) + sx
	ps.Below = jsFloat(jsGet(rect, "bottom")) + sy
	return ps, true
}

// pointOffset converts one Range boundary (node, offset) to a document
// offset. A boundary between blocks (on the article element itself) maps
// to the start of the next block, or the end of the previous one.
func pointOffset(ix *annotate.TextIndex, node, offV app.Value, isEnd bool) (int, bool) {
	off, ok := jsInt(offV)
	if !ok || !jsObj(node) {
		return 0, false
	}
	el := node
	if t, _ := jsInt(jsGet(node, "nodeType")); t != 1 {
		el = jsGet(node, "parentElement")
	}
	if !jsObj(jsCall(el, "closest", "#article")) {
		return 0, false
	}
	block := jsCall(el, "closest", "[data-base]")
	if !jsObj(block) {
		return boundaryOffset(ix, node, off, isEnd)
	}
	base, err := strconv.Atoi(jsString(jsCall(block, "getAttribute", "data-base")))
	if err != nil {
		return 0, false
	}
	rng := jsCall(jsDocument(), "createRange")
	if !jsObj(rng) {
		return 0, false
	}
	jsCall(rng, "selectNodeContents", block)
	jsCall(rng, "setEnd", node, off)
	prefix := jsString(jsCall(rng, "toString"))
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
	kids := jsGet(node, "childNodes")
	n, _ := jsInt(jsGet(kids, "length"))
	attr := func(el app.Value) (int, bool) {
		if !jsObj(el) {
			return 0, false
		}
		b := el
		if t, _ := jsInt(jsGet(el, "nodeType")); t != 1 || !jsObj(jsCall(el, "matches", "[data-base]")) {
			b = jsCall(el, "querySelector", "[data-base]")
		}
		v, err := strconv.Atoi(jsString(jsCall(b, "getAttribute", "data-base")))
		return v, err == nil && jsObj(b)
	}
	if !isEnd && off < n {
		return attr(jsCall(kids, "item", off))
	}
	if isEnd && off > 0 && off <= n {
		// End of the previous block: its base plus its length.
		prev := jsCall(kids, "item", off-1)
		if base, ok := attr(prev); ok {
			return blockOffset(ix, base, jsString(jsGet(prev, "textContent")))
		}
	}
	return 0, false
}

// clearDOMSelection removes the browser's selection.
func clearDOMSelection() {
	jsCall(jsCall(app.Window(), "getSelection"), "removeAllRanges")
}
