package browser

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// AfterPaint runs fn on the UI goroutine once the browser has painted what
// is rendered now (a timer alone often fires before the paint).
func AfterPaint(ctx app.Context, fn func(app.Context)) {
	if !app.IsClient {
		ctx.After(time.Millisecond, fn)
		return
	}
	var onFrame, onTimer app.Func
	onTimer = app.FuncOf(func(app.Value, []app.Value) any {
		onTimer.Release()
		ctx.Dispatch(fn)
		return nil
	})
	onFrame = app.FuncOf(func(app.Value, []app.Value) any {
		onFrame.Release()
		// Frame callbacks run before the paint; a task queued from one runs after it.
		app.Window().Call("setTimeout", onTimer, 0)
		return nil
	})
	app.Window().Call("requestAnimationFrame", onFrame)
}
