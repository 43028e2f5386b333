package annotator

import (
	"whosaid/app/browser"
	"whosaid/app/events"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Leaving the annotator for another page of the app (/summary, /library)
// must not lose the changes the autosave debounce still holds. go-app
// mounts the next page before it dismounts this one, and the next page
// reads the store in its OnMount, so OnDismount alone saves too late for
// it: in-app links and the back button save synchronously, during the
// browser event, before go-app's navigation runs; OnDismount (Leave)
// catches the other ways out.

// saveNow saves pending changes at once, without a context: it runs in
// raw listeners, off go-app's handlers. It reports whether anything was
// saved.
func (a *autosaver) saveNow() (bool, error) {
	if !a.dirty || a.held || a.set == nil {
		return false, nil
	}
	if err := a.store.Save(a.set); err != nil {
		return false, err
	}
	a.dirty = false
	if a.afterSave != nil {
		a.afterSave(a.set)
	}
	return true, nil
}

// listenLeave saves before an in-app link or the back/forward buttons take
// the page away. The listeners are removed by Stop.
func (a *autosaver) listenLeave(ctx app.Context) {
	if !app.IsClient {
		return
	}
	save := func() {
		saved, err := a.saveNow()
		switch {
		case err != nil:
			app.Log("whosaid: saving before leaving the page:", err)
		case saved:
			// The page may stay (a link to this page): show it saved.
			ctx.Dispatch(func(ctx app.Context) { a.report(ctx, events.SaveState{State: events.Saved, Message: "Saved"}) })
		}
	}
	win := app.Window()
	a.stops = append(a.stops,
		// Capture phase: before go-app's window.onclick starts navigating.
		browser.Listen(win, "click", true, func(e app.Value) {
			if inAppLink(e) {
				save()
			}
		}),
		browser.Listen(win, "popstate", false, func(app.Value) { save() }),
	)
}

// inAppLink tells whether a click follows a link that go-app will handle
// as an in-app navigation (same origin, same tab, not a download).
func inAppLink(e app.Value) bool {
	if browser.Bool(browser.Get(e, "ctrlKey")) || browser.Bool(browser.Get(e, "metaKey")) || browser.Bool(browser.Get(e, "shiftKey")) {
		return false
	}
	if b, _ := browser.Int(browser.Get(e, "button")); b != 0 {
		return false
	}
	a := browser.Call(browser.Get(e, "target"), "closest", "a[href]")
	if !browser.Obj(a) || browser.Bool(browser.Call(a, "hasAttribute", "download")) {
		return false
	}
	if t := browser.String(browser.Get(a, "target")); t != "" && t != "_self" {
		return false
	}
	origin := browser.String(browser.Get(app.Window(), "location", "origin"))
	return origin != "" && browser.String(browser.Get(a, "origin")) == origin
}

// Leave saves what is pending when the page goes (call from OnDismount,
// before Stop). There is no page left to show an error on: it is logged.
func (a *autosaver) Leave() {
	if _, err := a.saveNow(); err != nil {
		app.Log("whosaid: saving on leaving the annotator:", err)
	}
}
