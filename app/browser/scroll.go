package browser

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// ScrollBehavior is "smooth", or "auto" (one jump) for a reader who asks
// for reduced motion: the browser applies that to CSS, not to scripts.
func ScrollBehavior() string {
	if Get(Call(app.Window(), "matchMedia", "(prefers-reduced-motion: reduce)"), "matches").Truthy() {
		return "auto"
	}
	return "smooth"
}

// Touch tells whether the main pointer is a finger (a phone or tablet):
// focusing a text box there opens the on-screen keyboard over the page.
func Touch() bool {
	return Get(Call(app.Window(), "matchMedia", "(pointer: coarse)"), "matches").Truthy()
}

// ScrollIntoView scrolls the page so that el shows, at block ("center",
// "nearest"…), with behavior ("" for the browser's default).
func ScrollIntoView(el app.Value, block, behavior string) {
	opts := map[string]any{"block": block}
	if behavior != "" {
		opts["behavior"] = behavior
	}
	Call(el, "scrollIntoView", opts)
}

// ScrollWithinPanel scrolls el's nearest scrolling ancestor below the
// page, if there is one, just enough to show el; the page itself never
// moves.
func ScrollWithinPanel(el app.Value, behavior string) {
	for box := Get(el, "parentElement"); Obj(box); box = Get(box, "parentElement") {
		if tag := String(Get(box, "tagName")); tag == "BODY" || tag == "HTML" {
			return
		}
		oy := String(Get(Call(app.Window(), "getComputedStyle", box), "overflowY"))
		if (oy != "auto" && oy != "scroll") || Get(box, "scrollHeight").Int() <= Get(box, "clientHeight").Int() {
			continue
		}
		r, b := Call(el, "getBoundingClientRect"), Call(box, "getBoundingClientRect")
		top := Get(b, "top").Float() + Get(box, "clientTop").Float()
		bottom := top + Get(box, "clientHeight").Float()
		var by float64
		switch et, eb := Get(r, "top").Float(), Get(r, "bottom").Float(); {
		case et < top:
			by = et - top
		case eb > bottom:
			by = min(eb-bottom, et-top) // a tall entry shows its top
		}
		if by != 0 {
			Call(box, "scrollBy", map[string]any{"top": by, "behavior": behavior})
		}
		return
	}
}
