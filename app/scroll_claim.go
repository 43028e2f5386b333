package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// scrollToClaim brings the claim's highlight into view with one scroll of
// the page. The list entry moves only inside the side panel's own scroller
// (on a desktop): on a phone the list is part of the page, and showing it
// too scrolled the page a second time, away from the highlight. It runs
// after the render, so a phone's editor sheet (and the scroll padding that
// keeps the highlight clear of it) is already there.
func (p *annotatorPage) scrollToClaim(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		behavior := scrollBehavior()
		mark := querySelector(fmt.Sprintf("#article mark[data-ids~=%s]", cssString(id)))
		jsCall(mark, "scrollIntoView", map[string]any{"block": "center", "behavior": behavior})
		scrollWithinPanel(querySelector(fmt.Sprintf("#claims-list li[data-claim-id=%s]", cssString(id))), behavior)
	})
}

// scrollBehavior is "smooth", or "auto" (one jump) for a reader who asks
// for reduced motion: the browser applies that to CSS, not to scripts.
func scrollBehavior() string {
	if jsGet(jsCall(app.Window(), "matchMedia", "(prefers-reduced-motion: reduce)"), "matches").Truthy() {
		return "auto"
	}
	return "smooth"
}

// scrollWithinPanel scrolls el's nearest scrolling ancestor below the page,
// if there is one, just enough to show el; the page itself never moves.
func scrollWithinPanel(el app.Value, behavior string) {
	for box := jsGet(el, "parentElement"); jsObj(box); box = jsGet(box, "parentElement") {
		if tag := jsString(jsGet(box, "tagName")); tag == "BODY" || tag == "HTML" {
			return
		}
		oy := jsString(jsGet(jsCall(app.Window(), "getComputedStyle", box), "overflowY"))
		if (oy != "auto" && oy != "scroll") || jsGet(box, "scrollHeight").Int() <= jsGet(box, "clientHeight").Int() {
			continue
		}
		r, b := jsCall(el, "getBoundingClientRect"), jsCall(box, "getBoundingClientRect")
		top := jsGet(b, "top").Float() + jsGet(box, "clientTop").Float()
		bottom := top + jsGet(box, "clientHeight").Float()
		var by float64
		switch et, eb := jsGet(r, "top").Float(), jsGet(r, "bottom").Float(); {
		case et < top:
			by = et - top
		case eb > bottom:
			by = min(eb-bottom, et-top) // a tall entry shows its top
		}
		if by != 0 {
			jsCall(box, "scrollBy", map[string]any{"top": by, "behavior": behavior})
		}
		return
	}
}
