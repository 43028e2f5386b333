package annotator

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/syncer"
	"whosaid/app/syncui"
)

// The annotator's links to the rest of the app — its store, autosave
// (autosave.go), sync (app/syncui), notices (app/notice) and the file menu —
// in one place.

// startupSet is the set the annotator opens with: what the address
// names, when it opens that (nil now: the set comes later as
// events.OpenSet), else the store's last open document, else the sample.
func (p *Annotator) startupSet(ctx app.Context) *annotate.Set {
	if p.FromAddress {
		return OpenAtStart(ctx, p.store)
	}
	return startupFallback(ctx, p.store)
}

// wiring holds the page's links to the rest of the app.
// ensureStore sets the store the page uses: the configured one, else the
// browser's own storage (made once).
func (p *Annotator) ensureStore() {
	switch {
	case p.Store != nil:
		p.store = p.Store
	case p.store == nil:
		p.store = storage.NewStore(storage.Local())
	}
}

type wiring struct {
	saver    *autosaver
	status   *saveStatus
	notices  *notice.Bar
	sync     *syncui.Sync
	syncView *syncui.View
}

func (p *Annotator) wire(ctx app.Context) {
	p.ensureStore()
	if p.w.saver == nil {
		p.w.saver = newAutosaver(p.store)
	}
	p.w.saver.onState = p.OnSaveState
	p.w.saver.listenLeave(ctx) // save before in-app navigation (autosave_leave.go)
	// Sync (app/syncui) sends each autosave to the server in the background.
	if p.w.sync == nil {
		p.w.sync = syncui.New(ctx, p.store, p.Sync)
		if p.w.sync.Enabled() {
			// Claims changed here say so: a merge tells the user where the
			// version it keeps aside was made.
			p.w.sync.Device = syncer.DeviceLabel(p.store.KV(), browser.UserAgent())
		}
	}
	p.w.saver.afterSave = p.w.sync.Saved
	p.w.saver.onChange = p.w.sync.Changing
	p.w.sync.LocalBusy = p.w.saver.Dirty
	p.w.sync.Start()
	p.w.syncView = &syncui.View{Sync: p.w.sync}
	p.w.status = &saveStatus{}
	// The notices the start gave show from the bar's first drawing on
	// (started shows them for good): no frame without them.
	p.w.notices = notice.Drawn(p.told)
	// Another tab saved the document open here (and this tab had nothing
	// unsaved), or sync merged in another device's changes: show them.
	ctx.Handle(events.ExternalChange, p.onExternalChange)
}

func (p *Annotator) unwire() {
	if p.w.saver != nil {
		p.w.saver.Leave() // what the debounce still holds
		p.w.saver.Stop()
	}
	if p.w.sync != nil {
		p.w.sync.Stop()
	}
}

// device is this browser's label while sync is on, else "".
func (p *Annotator) device() string {
	if p.w.sync == nil {
		return ""
	}
	return p.w.sync.Device
}

// opened runs when a set is loaded (startup, file menu).
func (p *Annotator) opened(ctx app.Context, s *annotate.Set) {
	if p.w.saver != nil {
		p.w.saver.Opened(ctx, s)
	}
	if p.w.sync != nil {
		p.w.sync.Opened(s)
	}
}

// shown runs once the page has painted a set it opened.
func (p *Annotator) shown(ctx app.Context) {
	if p.w.saver != nil {
		p.w.saver.Shown(ctx)
	}
}

// saveChanged runs after every change of the set (Do, Undo, Redo).
func (p *Annotator) saveChanged(ctx app.Context, s *annotate.Set) {
	if p.w.saver != nil {
		p.w.saver.Changed(ctx, s)
	}
}

// fileMenuSlot is where the file menu sits among the top bar's tools.
func (p *Annotator) fileMenuSlot(s *annotate.Set) app.UI {
	if p.w.status == nil {
		return nil
	}
	return app.Div().Class("file-slot").Body(&fileMenu{Set: p.currentSet, Store: p.store, Tools: p.Tools})
}

// stateSlot is where the save and sync states sit: at the end of the top
// bar's first row, beside the title, where they take no room from the
// tools (the Sync button wrapped onto a row of its own).
func (p *Annotator) stateSlot() app.UI {
	if p.w.status == nil {
		return nil
	}
	if !p.Sync {
		return app.Div().Class("state-slot").Body(p.w.status)
	}
	return app.Div().Class("state-slot").Body(p.w.status, p.w.syncView)
}

// currentSet is the set open now (read by the file menu at click time).
func (p *Annotator) currentSet() *annotate.Set {
	if p.h == nil {
		return nil
	}
	return p.h.Set()
}

// noticeSlot is where notices show, above the columns.
func (p *Annotator) noticeSlot() app.UI {
	if p.w.notices == nil {
		if len(p.told) > 0 {
			return notice.Drawn(p.told) // before the app is live: prerender.go
		}
		return nil
	}
	return p.w.notices
}

// notify shows an error that needs more room than the status line.
func (p *Annotator) notify(ctx app.Context, title, text string) {
	notice.Show(ctx, notice.Notice{Key: "annotator", Level: notice.Error, Title: title, Text: text})
}
