package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// listenDOM adds a raw JavaScript listener for typ on target and returns
// the function that removes it (and releases the Go callback). go-app runs
// its own event handlers later, on the UI goroutine, after the browser
// event has finished: preventDefault there is too late (a dropped file
// opens in the tab, a form submit reloads the page) and a drop's
// DataTransfer is already emptied. fn runs during the event, so it must be
// quick and must hand any state change to the UI goroutine
// (ctx.Dispatch). capture listens in the capture phase, before go-app's
// own window handlers.
func listenDOM(target app.Value, typ string, capture bool, fn func(e app.Value)) func() {
	if !jsObj(target) {
		return func() {}
	}
	cb := app.FuncOf(func(this app.Value, args []app.Value) any {
		// A panic here, outside go-app's handlers, would end the program.
		defer func() {
			if r := recover(); r != nil {
				app.Log("whosaid:", typ, "listener:", r)
			}
		}()
		if len(args) > 0 {
			fn(args[0])
		}
		return nil
	})
	jsCall(target, "addEventListener", typ, cb, capture)
	return func() {
		jsCall(target, "removeEventListener", typ, cb, capture)
		cb.Release()
	}
}

// stopAll runs every stop function once and forgets them.
func stopAll(stops *[]func()) {
	for _, stop := range *stops {
		stop()
	}
	*stops = nil
}
