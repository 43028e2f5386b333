package annotator

import (
	"errors"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
)

// saveDelay is how long autosave waits after the last change: edits in a
// burst (typing a note) make one write.
const saveDelay = 400 * time.Millisecond

// autosaver saves the open set a moment after each change, reports the
// status, and watches other tabs (crosstab.go). One per page; all methods
// run on the UI goroutine.
type autosaver struct {
	store *storage.Store
	delay time.Duration

	set   *annotate.Set // the set open in this tab, as last given
	docID string
	gen   int  // bumped by every Changed: only the newest timer saves
	dirty bool // changes not yet saved
	// held is set while a conflict with another tab's save waits for the
	// user's choice: saving then would silently overwrite the other tab.
	held bool
	// untilShown: the set just opened is to be saved once the page has
	// shown it (Shown).
	untilShown bool

	listening bool
	stops     []func()
	// afterSave runs after each successful save (sync sends it on).
	afterSave func(set *annotate.Set)
	// onChange runs on each change, before the save's delay.
	onChange func()
	// onState is told each status shown.
	onState func(ctx app.Context, st events.SaveState)
	// src is a long-lived mounted component (the page) that the debounce
	// timer dispatches through: a handler's ctx may belong to a toolbar
	// that is gone 400 ms later, and go-app drops dispatches to unmounted
	// components.
	src app.UI
}

func newAutosaver(store *storage.Store) *autosaver {
	return &autosaver{store: store, delay: saveDelay}
}

// Opened tells the autosaver which set this tab now shows (from the start,
// the file menu or another tab) without saving it. It becomes the last
// open document.
func (a *autosaver) Opened(ctx app.Context, set *annotate.Set) {
	if set == nil {
		return
	}
	a.set, a.docID = set, set.Document.ID
	a.gen++
	a.dirty, a.held, a.untilShown = false, false, false
	a.src = ctx.Src()
	a.listen(ctx)
	notice.DismissKey(ctx, conflictNoticeKey)
	notice.DismissKey(ctx, saveErrorNoticeKey) // it was about the set shown before
	if setsToSave[set] {
		// Saved a moment after the page has shown the set (Shown): saving
		// a big set is slow, and it held back the page drawing it.
		delete(setsToSave, set)
		a.dirty = true
		a.untilShown = true
		a.report(ctx, events.SaveState{State: events.Pending, Message: "Saving…"})
		return
	}
	if a.store.Has(a.docID) {
		a.store.SetLastOpen(a.docID)
		a.report(ctx, events.SaveState{State: events.Saved, Message: "Saved"})
	} else {
		a.report(ctx, events.SaveState{State: events.Saved, Message: "No changes yet"})
	}
}

// Shown tells the autosaver that the page has painted the set it opened:
// a set opened unsaved is saved a moment later.
func (a *autosaver) Shown(ctx app.Context) {
	if !a.untilShown {
		return
	}
	a.untilShown = false
	if a.dirty {
		a.schedule(ctx)
	}
}

// setsToSave are sets opened from a file or an address and not saved yet:
// the autosaver saves them when the page opens them (Opened), so a failure
// shows in the save status like any other. UI goroutine only.
var setsToSave = map[*annotate.Set]bool{}

// markForSave asks for set to be saved as soon as the page opens it.
func markForSave(set *annotate.Set) { setsToSave[set] = true }

// Changed records a change of the open set; it is saved after saveDelay
// unless another change comes first.
func (a *autosaver) Changed(ctx app.Context, set *annotate.Set) {
	if set == nil {
		return
	}
	a.set, a.docID = set, set.Document.ID
	a.dirty = true
	a.untilShown = false // this save covers the opening's
	a.gen++
	a.listen(ctx)
	if a.onChange != nil {
		a.onChange()
	}
	if a.held {
		a.report(ctx, events.SaveState{State: events.Pending, Message: "Not saved: choose which version to keep"})
		return
	}
	a.report(ctx, events.SaveState{State: events.Pending, Message: "Saving…"})
	a.schedule(ctx)
}

// schedule saves after the delay unless another change comes first.
func (a *autosaver) schedule(ctx app.Context) {
	gen := a.gen
	src := a.src
	if src == nil || !src.Mounted() {
		src = ctx.Src()
	}
	disp := ctx.Dispatcher()
	go func() {
		time.Sleep(a.delay)
		// Next: run without re-rendering src; the status has its own observer.
		disp.Dispatch(app.Dispatch{Mode: app.Next, Source: src, Function: func(ctx app.Context) {
			if gen == a.gen {
				a.Flush(ctx)
			}
		}})
	}()
}

// Dirty tells whether there are changes not saved yet.
func (a *autosaver) Dirty() bool { return a.dirty }

// Flush saves pending changes now. It returns the save error, which is
// also shown (status and notice).
func (a *autosaver) Flush(ctx app.Context) error {
	if !a.dirty || a.set == nil || a.held {
		return nil
	}
	if err := a.store.Save(a.set); err != nil {
		a.showSaveError(ctx, err)
		return err
	}
	a.dirty = false
	notice.DismissKey(ctx, saveErrorNoticeKey)
	a.report(ctx, events.SaveState{State: events.Saved, Message: "Saved"})
	if a.afterSave != nil {
		a.afterSave(a.set)
	}
	return nil
}

const saveErrorNoticeKey = "save-error"

func (a *autosaver) showSaveError(ctx app.Context, err error) {
	set := a.set
	export := notice.Action{Label: "Export now", Keep: true, Run: func(ctx app.Context) {
		exportDownload(ctx, set, exportNative)
	}}
	var q *storage.QuotaError
	if errors.As(err, &q) {
		a.report(ctx, events.SaveState{State: events.SaveFailed, Message: "Not saved: storage full"})
		notice.Show(ctx, notice.Notice{
			Key:   saveErrorNoticeKey,
			Level: notice.Error,
			Title: "Your latest changes are not saved: the browser's storage is full",
			Text: "The copy saved before them is intact. Export your annotations now so nothing is lost, " +
				"then free space by deleting articles you no longer need in the Library.",
			Actions: []notice.Action{export, {Label: "Open the Library", Run: func(ctx app.Context) { ctx.Navigate("/library") }}},
		})
		return
	}
	a.report(ctx, events.SaveState{State: events.SaveFailed, Message: "Not saved"})
	notice.Show(ctx, notice.Notice{
		Key:     saveErrorNoticeKey,
		Level:   notice.Error,
		Title:   "Your latest changes could not be saved",
		Text:    err.Error(),
		Actions: []notice.Action{export},
	})
}

// listen starts watching other tabs and the page being closed, once.
func (a *autosaver) listen(ctx app.Context) {
	if a.listening || !app.IsClient {
		return
	}
	a.listening = true
	win := app.Window()
	// Leaving the page: save what the debounce still holds. A raw JS
	// listener, because go-app runs its handlers later, on the UI
	// goroutine, and by then the page is gone.
	onHide := app.FuncOf(func(this app.Value, args []app.Value) any {
		if a.dirty && !a.held && a.set != nil && a.store.Save(a.set) == nil {
			a.dirty = false
		}
		return nil
	})
	win.Call("addEventListener", "pagehide", onHide)
	a.stops = append(a.stops,
		func() {
			win.Call("removeEventListener", "pagehide", onHide)
			onHide.Release()
		},
		win.AddEventListener("storage", a.onStorage),
		win.AddEventListener("visibilitychange", func(ctx app.Context, e app.Event) {
			if browser.Hidden() {
				a.Flush(ctx)
			}
		}),
	)
}

// Stop removes the listeners (call from the page's OnDismount).
func (a *autosaver) Stop() {
	for _, stop := range a.stops {
		stop()
	}
	a.stops, a.listening = nil, false
}

// report shows the autosave status, and tells the page's OnSaveState.
func (a *autosaver) report(ctx app.Context, st events.SaveState) {
	ctx.SetState(events.SaveStatus, st)
	if a.onState != nil {
		a.onState(ctx, st)
	}
}

// saveStatus shows the autosave status: #save-status, data-state
// saved|pending|error.
type saveStatus struct {
	app.Compo
	st events.SaveState
}

func (s *saveStatus) OnMount(ctx app.Context) {
	ctx.GetState(events.SaveStatus, &s.st)
	ctx.ObserveState(events.SaveStatus).Value(&s.st)
}

func (s *saveStatus) Render() app.UI {
	st := s.st
	if st.State == "" {
		st = events.SaveState{State: events.Saved, Message: "No changes yet"}
	}
	return app.Span().ID("save-status").Class("save-status").
		DataSet("state", string(st.State)).
		Role("status").
		Title(st.Message).
		Text(st.Message)
}
