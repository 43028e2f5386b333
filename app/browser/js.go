package browser

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Obj tells whether v is an object or function whose properties can be
// read. Truthy comes first: off wasm, Type panics but Truthy is false.
func Obj(v app.Value) bool {
	if v == nil || !v.Truthy() {
		return false
	}
	t := v.Type()
	return t == app.TypeObject || t == app.TypeFunction
}

// Get walks a property path, stopping at the first missing link.
func Get(v app.Value, path ...string) app.Value {
	for _, p := range path {
		if !Obj(v) {
			return app.Undefined()
		}
		v = v.Get(p)
	}
	if v == nil {
		return app.Undefined()
	}
	return v
}

// Call calls a method if v has it; otherwise it returns undefined.
func Call(v app.Value, method string, args ...any) app.Value {
	if !Obj(v) {
		return app.Undefined()
	}
	f := v.Get(method)
	if f == nil || !f.Truthy() || f.Type() != app.TypeFunction {
		return app.Undefined()
	}
	return v.Call(method, args...)
}

// String is v as a Go string, "" unless v is a JS string.
func String(v app.Value) string {
	if v == nil || !v.Truthy() || v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// Int is v as an int; ok is false unless v is a number.
func Int(v app.Value) (int, bool) {
	if v == nil || !v.Truthy() {
		// 0 is falsy: tell it apart from undefined without Type off wasm.
		if v != nil && app.IsClient && v.Type() == app.TypeNumber {
			return 0, true
		}
		return 0, false
	}
	if v.Type() != app.TypeNumber {
		return 0, false
	}
	return v.Int(), true
}

// Float is v as a float64, 0 unless v is a number.
func Float(v app.Value) float64 {
	if v == nil || !v.Truthy() || v.Type() != app.TypeNumber {
		return 0
	}
	return v.Float()
}

// Bool is v as a bool, false unless v is true.
func Bool(v app.Value) bool {
	return v != nil && v.Truthy() && v.Type() == app.TypeBoolean && v.Bool()
}

// Document is window.document (undefined off the browser).
func Document() app.Value { return Get(app.Window(), "document") }

// Query finds the first element matching a CSS selector, or undefined.
func Query(sel string) app.Value {
	return Call(Document(), "querySelector", sel)
}

// Focus moves the keyboard focus to the element matching sel.
func Focus(sel string) {
	Call(Query(sel), "focus", map[string]any{"preventScroll": false})
}

// FocusLater moves the focus to the element with the given id once it is
// rendered (dialogs take the focus when they open).
func FocusLater(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) { Focus("#" + id) })
}

// Soon runs do once the page shows what it needs: right after the next
// render, then again every 30 ms until do says it is done (a nested
// component, such as the article's blocks or the claim editor, may draw
// a frame after its parent), 20 times at most.
func Soon(ctx app.Context, do func() bool) {
	var try func(n int)
	try = func(n int) {
		if !do() && n < 20 {
			ctx.After(30*time.Millisecond, func(app.Context) { try(n + 1) })
		}
	}
	ctx.Defer(func(app.Context) { try(0) })
}

// FocusSoon moves the focus to the element matching sel once it is there
// (Soon).
func FocusSoon(ctx app.Context, sel string) {
	Soon(ctx, func() bool {
		el := Query(sel)
		if !Obj(el) {
			return false
		}
		Call(el, "focus")
		return Get(Document(), "activeElement").Equal(el)
	})
}

// ActiveElementID is the id of the focused element, or "".
func ActiveElementID() string {
	return String(Get(Document(), "activeElement", "id"))
}

// SetStyleSheet puts css into a <style> element with the given id, making
// it on first use (one rule changes the look of many elements without a
// re-render).
func SetStyleSheet(id, css string) {
	doc := Document()
	el := Call(doc, "getElementById", id)
	if !Obj(el) {
		el = Call(doc, "createElement", "style")
		if !Obj(el) {
			return
		}
		el.Set("id", id)
		Call(Get(doc, "head"), "appendChild", el)
	}
	el.Set("textContent", css)
}

// CSSString quotes a value for a CSS attribute selector.
func CSSString(s string) string { return fmt.Sprintf("%q", s) }

// PreventDefault stops the browser's own handling of an event.
func PreventDefault(e app.Event) { Call(e.Value, "preventDefault") }

// SetInputValue sets the value of a form field the page leaves
// uncontrolled (go-app would otherwise overwrite fast typing with a stale
// value on re-render).
func SetInputValue(sel, v string) {
	if el := Query(sel); Obj(el) {
		el.Set("value", v)
	}
}

// InputValue reads a form field's value; ok is false off the browser or
// when the field is missing.
func InputValue(sel string) (string, bool) {
	el := Query(sel)
	if !Obj(el) {
		return "", false
	}
	return String(Get(el, "value")), true
}

// SourceValue is the value of the form field an event came from.
func SourceValue(ctx app.Context) string { return String(Get(ctx.JSSrc(), "value")) }

// SourceChecked is the checked state of the checkbox an event came from.
func SourceChecked(ctx app.Context) bool { return Bool(Get(ctx.JSSrc(), "checked")) }

// SourceAttr is an attribute of the element an event came from (or of its
// nearest ancestor matching closest, when given).
func SourceAttr(ctx app.Context, closest, name string) string {
	el := ctx.JSSrc()
	if closest != "" {
		el = Call(el, "closest", closest)
	}
	return String(Call(el, "getAttribute", name))
}

// UserAgent is the browser's user agent string.
func UserAgent() string { return String(Get(app.Window(), "navigator", "userAgent")) }

// ReplaceURL changes the address bar to path without a navigation.
func ReplaceURL(path string) {
	Call(Get(app.Window(), "history"), "replaceState", nil, "", path)
}

// Print opens the browser's print dialog.
func Print() { Call(app.Window(), "print") }

// Bytes copies a JavaScript ArrayBuffer (a fetch or file read result)
// into Go memory.
func Bytes(buf app.Value) []byte {
	if !Obj(buf) {
		return nil
	}
	u8 := app.Window().Get("Uint8Array").New(buf)
	n, _ := Int(u8.Get("length"))
	b := make([]byte, n)
	app.CopyBytesToGo(b, u8)
	return b
}
