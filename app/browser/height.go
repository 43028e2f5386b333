package browser

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// TrackHeight keeps the CSS variable name (such as "--bar-h") on the
// document's root equal to the height of the element sel, in px, as it
// changes (a ResizeObserver: the top bar wraps to more rows on a narrow
// screen, or when a long status shows). Stylesheets place sticky things
// under a sticky bar with it. It returns the function that stops it.
func TrackHeight(sel, name string) func() {
	el := Query(sel)
	ctor := Get(app.Window(), "ResizeObserver")
	if !Obj(el) || !Obj(ctor) {
		return func() {}
	}
	style := Get(Document(), "documentElement", "style")
	set := func() {
		h := Float(Get(Call(el, "getBoundingClientRect"), "height"))
		Call(style, "setProperty", name, strconv.FormatFloat(h, 'f', 1, 64)+"px")
	}
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		defer func() {
			if r := recover(); r != nil {
				app.Log("whosaid: height of", sel, r)
			}
		}()
		set()
		return nil
	})
	obs := ctor.New(cb)
	Call(obs, "observe", el)
	set()
	return func() {
		Call(obs, "disconnect")
		cb.Release()
	}
}
