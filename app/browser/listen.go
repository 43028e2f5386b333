package browser

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// Listen adds a raw JavaScript listener for typ on target and returns the
// function that removes it (and releases the Go callback). go-app runs its
// own event handlers later, on the UI goroutine, after the browser event
// has finished: preventDefault there is too late (a dropped file opens in
// the tab, a form submit reloads the page) and a drop's DataTransfer is
// already emptied. fn runs during the event, so it must be quick and must
// hand any state change to the UI goroutine (ctx.Dispatch). capture
// listens in the capture phase, before go-app's own window handlers.
func Listen(target app.Value, typ string, capture bool, fn func(e app.Value)) func() {
	if !Obj(target) {
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
	Call(target, "addEventListener", typ, cb, capture)
	return func() {
		Call(target, "removeEventListener", typ, cb, capture)
		cb.Release()
	}
}

// ListenWindow is Listen on the window.
func ListenWindow(typ string, fn func(e app.Value)) func() {
	return Listen(app.Window(), typ, false, fn)
}

// ListenSelectionChange calls h on the UI goroutine whenever the
// document's selection changes (mouse, touch handles, keyboard, or a
// script). go-app only listens on the window; selectionchange fires on
// the document.
func ListenSelectionChange(ctx app.Context, h func(ctx app.Context)) func() {
	return Listen(Document(), "selectionchange", false, func(app.Value) { ctx.Dispatch(h) })
}

// StopAll runs every stop function once and forgets them.
func StopAll(stops *[]func()) {
	for _, stop := range *stops {
		stop()
	}
	*stops = nil
}

// Hidden tells whether the page is hidden (another tab, a minimised
// window, the page being left).
func Hidden() bool { return String(Get(Document(), "visibilityState")) == "hidden" }

// Visible tells whether the page is shown.
func Visible() bool { return String(Get(Document(), "visibilityState")) == "visible" }
