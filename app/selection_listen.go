package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// listenSelectionChange calls h on the UI goroutine whenever the document's
// selection changes (mouse, touch handles, keyboard, or a script), and
// returns the function that stops listening. go-app only listens on the
// window; selectionchange fires on the document.
func listenSelectionChange(ctx app.Context, h func(ctx app.Context)) func() {
	doc := jsDocument()
	if !jsObj(doc) {
		return func() {}
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(h)
		return nil
	})
	jsCall(doc, "addEventListener", "selectionchange", fn)
	return func() {
		jsCall(doc, "removeEventListener", "selectionchange", fn)
		fn.Release()
	}
}
