package annotator

import (
	"strconv"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
)

// Ghost highlights are drawn with the CSS Custom Highlight API: ranges
// over the article's text nodes, styled by ::highlight() in suggest.css,
// so the paragraph rendering stays untouched. A re-render replaces text
// nodes (ranges over them collapse), so a MutationObserver on the page
// redraws them after every change.

const (
	ghostHigh = "whosaid-suggestion"
	ghostLow  = "whosaid-suggestion-low"
	ghostCur  = "whosaid-suggestion-current"
	ghostTag  = "suggest-tag" // the floating speaker label of the current one
)

// watchGhosts starts the observer (once per review).
func (p *Annotator) watchGhosts(ctx app.Context) {
	if p.sg.stopObs != nil {
		return
	}
	win := app.Window()
	ctor := browser.Get(win, "MutationObserver")
	root := browser.Query("#annotator")
	if !browser.Obj(ctor) || !browser.Obj(root) {
		return
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() {
			if r := recover(); r != nil {
				app.Log("whosaid: suggestion observer:", r)
			}
		}()
		// Defer, not Dispatch: a redraw needs no re-render of the page.
		ctx.Defer(func(ctx app.Context) { p.scheduleGhosts(ctx, false) })
		return nil
	})
	obs := ctor.New(fn)
	browser.Call(obs, "observe", root, map[string]any{"childList": true, "subtree": true, "characterData": true})
	p.sg.stopObs = func() {
		browser.Call(obs, "disconnect")
		fn.Release()
	}
}

// scheduleGhosts redraws after the next frame (once, however many changes
// come in between); scroll brings the current proposal into view.
func (p *Annotator) scheduleGhosts(ctx app.Context, scroll bool) {
	if p.sg.queued && !scroll {
		return
	}
	p.sg.queued = true
	ctx.Defer(func(ctx app.Context) {
		p.sg.queued = false
		p.drawGhosts(scroll)
	})
}

// drawGhosts sets the three highlights (high, low confidence, current).
func (p *Annotator) drawGhosts(scroll bool) {
	defer func() {
		if r := recover(); r != nil {
			app.Log("whosaid: suggestion highlights:", r)
		}
	}()
	if !p.sgLive() {
		clearGhosts()
		return
	}
	win := app.Window()
	reg := browser.Get(win, "CSS", "highlights")
	ctor := browser.Get(win, "Highlight")
	if !browser.Obj(reg) || !browser.Obj(ctor) {
		p.sg.hlBroken = true // the panel alone still works
		return
	}
	high, low, cur := ctor.New(), ctor.New(), ctor.New()
	blocks := newBlockTexts(p.h.Set().Document, p.starts)
	claimed := p.claimSpans()
	var curRange app.Value
	for i, it := range p.sg.items {
		if p.sgStatus(i, claimed) != itemOpen {
			continue
		}
		for _, r := range blocks.ranges(it.Claim.Span) {
			switch {
			case i == p.sg.cur:
				browser.Call(cur, "add", r)
				if curRange == nil {
					curRange = r
				}
			case it.High():
				browser.Call(high, "add", r)
			default:
				browser.Call(low, "add", r)
			}
		}
	}
	browser.Call(reg, "set", ghostHigh, high)
	browser.Call(reg, "set", ghostLow, low)
	browser.Call(reg, "set", ghostCur, cur)
	p.placeTag(curRange, scroll)
	if scroll {
		// The list follows the keyboard: the current proposal shows in it.
		if item := browser.Query("#suggestions .sg-item.cur"); browser.Obj(item) {
			browser.ScrollWithinPanel(item, "auto")
		}
	}
}

// clearGhosts removes the highlights and the label.
func clearGhosts() {
	reg := browser.Get(app.Window(), "CSS", "highlights")
	for _, n := range []string{ghostHigh, ghostLow, ghostCur} {
		browser.Call(reg, "delete", n)
	}
	if el := browser.Call(browser.Document(), "getElementById", ghostTag); browser.Obj(el) {
		el.Set("hidden", true)
	}
}

// placeTag puts the proposed speaker's label above the current proposal
// (an element of its own in <body>, outside go-app's tree) and scrolls the
// proposal into view.
func (p *Annotator) placeTag(r app.Value, scroll bool) {
	doc := browser.Document()
	el := browser.Call(doc, "getElementById", ghostTag)
	if !browser.Obj(el) {
		el = browser.Call(doc, "createElement", "div")
		if !browser.Obj(el) {
			return
		}
		el.Set("id", ghostTag)
		el.Set("className", "suggest-tag")
		browser.Call(el, "setAttribute", "aria-hidden", "true")
		browser.Call(browser.Get(doc, "body"), "appendChild", el)
	}
	if !browser.Obj(r) || p.sg.cur < 0 {
		el.Set("hidden", true)
		return
	}
	rect := browser.Call(r, "getBoundingClientRect")
	win := app.Window()
	if scroll {
		// Only when out of view (under the sticky top bar counts as out):
		// the page does not jump while the reviewer works down a screen.
		top, bottom := browser.Float(browser.Get(rect, "top")), browser.Float(browser.Get(rect, "bottom"))
		if top < 110 || bottom > browser.Float(browser.Get(win, "innerHeight"))-20 {
			browser.Call(browser.Get(r, "startContainer", "parentElement"), "scrollIntoView", map[string]any{"block": "center"})
			rect = browser.Call(r, "getBoundingClientRect")
		}
	}
	top := browser.Float(browser.Get(rect, "top")) + browser.Float(browser.Get(win, "scrollY"))
	left := browser.Float(browser.Get(rect, "left")) + browser.Float(browser.Get(win, "scrollX"))
	label := p.sgSpeakerLabel(p.sg.cur)
	if !p.sg.items[p.sg.cur].High() {
		label += " · low confidence"
	}
	el.Set("textContent", label)
	st := browser.Get(el, "style")
	if browser.Obj(st) {
		st.Set("top", strconv.FormatFloat(top, 'f', 1, 64)+"px")
		st.Set("left", strconv.FormatFloat(left, 'f', 1, 64)+"px")
	}
	el.Set("hidden", false)
}

// blockTexts maps code-point spans of the document to DOM ranges over the
// rendered blocks (elements with data-base), reading each block's text
// nodes once.
type blockTexts struct {
	starts []int
	lens   []int
	nodes  map[int][]textNode
}

type textNode struct {
	node  app.Value
	start int    // code point offset in the block
	text  []rune // the node's text
}

func newBlockTexts(doc annotate.Document, starts []int) *blockTexts {
	b := &blockTexts{starts: starts, lens: make([]int, len(doc.Blocks)), nodes: map[int][]textNode{}}
	for i, blk := range doc.Blocks {
		b.lens[i] = annotate.RuneLen(blk.Text)
	}
	return b
}

// ranges gives one DOM range per block the span touches.
func (b *blockTexts) ranges(sp annotate.Span) []app.Value {
	var out []app.Value
	for i := range b.lens {
		if i >= len(b.starts) {
			break
		}
		bs, be := b.starts[i], b.starts[i]+b.lens[i]
		s, e := max(sp.Start, bs), min(sp.End, be)
		if s >= e {
			continue
		}
		if r := b.rangeIn(i, s-bs, e-bs); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// rangeIn is a range from s to e (code points in block i), or nil.
func (b *blockTexts) rangeIn(i, s, e int) app.Value {
	nodes, ok := b.nodes[i]
	if !ok {
		nodes = readTextNodes(browser.Query(`#article [data-base="` + strconv.Itoa(b.starts[i]) + `"]`))
		b.nodes[i] = nodes
	}
	sn, so, ok1 := pointAt(nodes, s, false)
	en, eo, ok2 := pointAt(nodes, e, true)
	if !ok1 || !ok2 {
		return nil
	}
	r := browser.Call(browser.Document(), "createRange")
	if !browser.Obj(r) {
		return nil
	}
	r.Call("setStart", sn, so)
	r.Call("setEnd", en, eo)
	return r
}

// readTextNodes lists the text nodes of a block with their code point
// offsets.
func readTextNodes(el app.Value) []textNode {
	if !browser.Obj(el) {
		return nil
	}
	w := browser.Call(browser.Document(), "createTreeWalker", el, 4) // NodeFilter.SHOW_TEXT
	var out []textNode
	at := 0
	for n := browser.Call(w, "nextNode"); browser.Obj(n); n = browser.Call(w, "nextNode") {
		t := []rune(browser.String(browser.Get(n, "data")))
		out = append(out, textNode{node: n, start: at, text: t})
		at += len(t)
	}
	return out
}

// pointAt finds the text node and UTF-16 offset of code point k; an end
// point may sit at the end of a node.
func pointAt(nodes []textNode, k int, end bool) (app.Value, int, bool) {
	for _, n := range nodes {
		e := n.start + len(n.text)
		if k >= n.start && (k < e || (end && k == e)) {
			return n.node, utf16Units(n.text[:k-n.start]), true
		}
	}
	return nil, 0, false
}

func utf16Units(rs []rune) int {
	n := 0
	for _, r := range rs {
		if r >= 0x10000 && r <= utf8.MaxRune {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// stopSuggestWatch ends the observer and clears the highlights (the page
// goes away).
func (p *Annotator) stopSuggestWatch() {
	if p.sg.stopObs != nil {
		p.sg.stopObs()
		p.sg.stopObs = nil
	}
	clearGhosts()
}
