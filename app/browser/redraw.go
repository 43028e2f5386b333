package browser

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Redraw makes el show html — the markup of one element with el's tag —
// at once, ahead of go-app's next frame, and tells whether it did.
//
// el itself is kept (its attributes and children are replaced), because
// go-app holds it: the component that drew el still re-renders it on the
// next frame, and go-app then swaps el for an element drawn from the same
// markup, which looks the same. go-app applies changes on a ticker (~8 ms
// after a click), so a handler that redraws the few elements the user is
// looking at shows them one frame sooner.
func Redraw(el app.Value, html string) bool {
	if !Obj(el) || !app.IsClient {
		return false
	}
	tpl := Call(Document(), "createElement", "template")
	if !Obj(tpl) {
		return false
	}
	tpl.Set("innerHTML", html)
	n := Get(tpl, "content", "firstElementChild")
	if !Obj(n) || String(Get(n, "tagName")) != String(Get(el, "tagName")) {
		return false
	}
	// Nothing is changed unless all of it can be (replaceChildren: Chrome
	// 86, Firefox 78, Safari 14).
	w := app.Window()
	replace := Get(el, "replaceChildren")
	if !Obj(replace) || !Obj(Get(w, "Reflect")) {
		return false
	}
	// Attributes: those of the new markup, and no others.
	attrs := Get(el, "attributes")
	l, _ := Int(Get(attrs, "length"))
	for i := l - 1; i >= 0; i-- {
		name := String(Get(Call(attrs, "item", i), "name"))
		if name != "" && !Bool(Call(n, "hasAttribute", name)) {
			Call(el, "removeAttribute", name)
		}
	}
	attrs = Get(n, "attributes")
	l, _ = Int(Get(attrs, "length"))
	for i := 0; i < l; i++ {
		a := Call(attrs, "item", i)
		name, v := String(Get(a, "name")), String(Get(a, "value"))
		if name != "" && (!Bool(Call(el, "hasAttribute", name)) || String(Call(el, "getAttribute", name)) != v) {
			Call(el, "setAttribute", name, v)
		}
	}
	// Children: moved over from the parsed markup in one call, not parsed again.
	kids := Call(Get(w, "Array"), "from", Get(n, "childNodes"))
	Call(Get(w, "Reflect"), "apply", replace, el, kids)
	return true
}
