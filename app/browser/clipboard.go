package browser

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Copy puts text on the clipboard and selects the field with the given id
// (so Ctrl+C works where the page may not write the clipboard). It tells
// whether the clipboard API was there to use.
func Copy(fieldID, text string) bool {
	if el := Call(Document(), "getElementById", fieldID); Obj(el) {
		Call(el, "select")
	}
	clip := Get(app.Window(), "navigator", "clipboard")
	if !Obj(clip) {
		return false
	}
	Call(clip, "writeText", text)
	return true
}
