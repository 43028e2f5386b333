package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Guarded JavaScript interop. A panic in syscall/js (Get on a string, Call
// of a missing method) ends the whole wasm program, so every access checks
// the value first. Off wasm every value is falsy, so these do nothing.

// jsObj tells whether v is an object or function whose properties can be
// read. Truthy comes first: off wasm, Type panics but Truthy is false.
func jsObj(v app.Value) bool {
	if v == nil || !v.Truthy() {
		return false
	}
	t := v.Type()
	return t == app.TypeObject || t == app.TypeFunction
}

// jsGet walks a property path, stopping at the first missing link.
func jsGet(v app.Value, path ...string) app.Value {
	for _, p := range path {
		if !jsObj(v) {
			return app.Undefined()
		}
		v = v.Get(p)
	}
	if v == nil {
		return app.Undefined()
	}
	return v
}

// jsCall calls a method if v has it; otherwise it returns undefined.
func jsCall(v app.Value, method string, args ...any) app.Value {
	if !jsObj(v) {
		return app.Undefined()
	}
	f := v.Get(method)
	if f == nil || !f.Truthy() || f.Type() != app.TypeFunction {
		return app.Undefined()
	}
	return v.Call(method, args...)
}

// jsString is v as a Go string, "" unless v is a JS string.
func jsString(v app.Value) string {
	if v == nil || !v.Truthy() || v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// jsInt is v as an int; ok is false unless v is a number.
func jsInt(v app.Value) (int, bool) {
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

// jsFloat is v as a float64, 0 unless v is a number.
func jsFloat(v app.Value) float64 {
	if v == nil || !v.Truthy() || v.Type() != app.TypeNumber {
		return 0
	}
	return v.Float()
}

// jsBool is v as a bool, false unless v is true.
func jsBool(v app.Value) bool {
	return v != nil && v.Truthy() && v.Type() == app.TypeBoolean && v.Bool()
}

func jsDocument() app.Value { return jsGet(app.Window(), "document") }

// querySelector finds the first element matching a CSS selector, or
// undefined.
func querySelector(sel string) app.Value {
	return jsCall(jsDocument(), "querySelector", sel)
}

// focusElement moves the keyboard focus to the element matching sel.
func focusElement(sel string) {
	jsCall(querySelector(sel), "focus", map[string]any{"preventScroll": false})
}

// activeElementID is the id of the focused element, or "".
func activeElementID() string {
	return jsString(jsGet(jsDocument(), "activeElement", "id"))
}

// setStyleSheet puts css into a <style> element with the given id, making
// it on first use. Cross-highlighting uses it: one rule, no re-render.
func setStyleSheet(id, css string) {
	doc := jsDocument()
	el := jsCall(doc, "getElementById", id)
	if !jsObj(el) {
		el = jsCall(doc, "createElement", "style")
		if !jsObj(el) {
			return
		}
		el.Set("id", id)
		jsCall(jsGet(doc, "head"), "appendChild", el)
	}
	el.Set("textContent", css)
}

// cssString quotes a value for a CSS attribute selector.
func cssString(s string) string { return fmt.Sprintf("%q", s) }

// keyInfo is a keyboard event read once: the key, modifiers and the tag of its
// target, so shortcuts can skip typing in form fields.
type keyInfo struct {
	Key                    string
	Ctrl, Meta, Alt, Shift bool
	TargetTag, TargetID    string
	TargetEditable         bool
}

func readKey(e app.Event) keyInfo {
	v := e.Value
	t := jsGet(v, "target")
	return keyInfo{
		Key:            jsString(jsGet(v, "key")),
		Ctrl:           jsBool(jsGet(v, "ctrlKey")),
		Meta:           jsBool(jsGet(v, "metaKey")),
		Alt:            jsBool(jsGet(v, "altKey")),
		Shift:          jsBool(jsGet(v, "shiftKey")),
		TargetTag:      jsString(jsGet(t, "tagName")),
		TargetID:       jsString(jsGet(t, "id")),
		TargetEditable: jsBool(jsGet(t, "isContentEditable")),
	}
}

// preventDefault stops the browser's own handling of an event.
func preventDefault(e app.Event) { jsCall(e.Value, "preventDefault") }

// setInputValue sets the value of a form field the page leaves
// uncontrolled (go-app would otherwise overwrite fast typing with a stale
// value on re-render).
func setInputValue(sel, v string) {
	if el := querySelector(sel); jsObj(el) {
		el.Set("value", v)
	}
}

// inputValue reads a form field's value; ok is false off the browser or
// when the field is missing.
func inputValue(sel string) (string, bool) {
	el := querySelector(sel)
	if !jsObj(el) {
		return "", false
	}
	return jsString(jsGet(el, "value")), true
}

// goBytes copies a JavaScript ArrayBuffer (a fetch or FileReader result)
// into Go memory.
func goBytes(buf app.Value) []byte {
	u8 := app.Window().Get("Uint8Array").New(buf)
	b := make([]byte, u8.Get("length").Int())
	app.CopyBytesToGo(b, u8)
	return b
}
