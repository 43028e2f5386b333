package main

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// The annotator's call sites into storage, autosave, notices and the file
// menu (written alongside, in store.go, autosave.go, notices.go…), in one
// place.

// startupSet picks the set to open: URL parameters (fetched: nil now, the
// set comes later as openSetAction), the last open document, else the sample.
func startupSet(ctx app.Context) *annotate.Set {
	return loadStartupSet(ctx, newDocStore(ctx))
}

// startupSet is the set the annotator opens with: on an exercise page, the
// exercise's (which the page made the last open document), whatever the
// URL says (?open= opens nothing there).
func (p *annotatorPage) startupSet(ctx app.Context) *annotate.Set {
	if p.Exercise {
		return startupFallback(ctx, newDocStore(ctx))
	}
	return startupSet(ctx)
}

// wiring holds the page's links to the rest of the app.
type wiring struct {
	saver    *autosaver
	status   *saveStatus
	notices  *noticeBar
	sync     *syncer
	syncView *syncView
}

func (p *annotatorPage) wire(ctx app.Context) {
	if p.w.saver == nil {
		p.w.saver = newAutosaver(newDocStore(ctx))
	}
	p.w.saver.listenLeave(ctx) // save before in-app navigation (autosave_leave.go)
	// Sync (sync.go) sends each autosave to the server in the background.
	if p.w.sync == nil {
		p.w.sync = newSyncer(p.w.saver.store)
		// A student's exercise work goes to the class only (the exercise
		// page sends it), never also to this browser's annotation sets:
		// deleting the class's data must delete all of it.
		if strings.HasPrefix(ctx.Page().URL().Path, "/exercise/") {
			p.w.sync.enabled = false
			p.w.sync.localMessage = "Exercise work: saved in this browser"
		}
	}
	p.w.saver.afterSave = p.w.sync.saved
	p.w.sync.localBusy = p.w.saver.Dirty
	p.w.sync.start(ctx)
	p.w.syncView = &syncView{Sync: p.w.sync}
	p.w.status = &saveStatus{}
	p.w.notices = &noticeBar{}
	// Another tab saved the document open here (and this tab had nothing
	// unsaved), or sync merged in another device's changes: show them.
	ctx.Handle(actionExternalChange, p.onExternalChange)
}

func (p *annotatorPage) unwire() {
	if p.w.saver != nil {
		p.w.saver.Leave() // what the debounce still holds
		p.w.saver.Stop()
	}
	if p.w.sync != nil {
		p.w.sync.stop()
	}
}

// opened runs when a set is loaded (startup, file menu).
func (p *annotatorPage) opened(ctx app.Context, s *annotate.Set) {
	if p.w.saver != nil {
		p.w.saver.Opened(ctx, s)
	}
	if p.w.sync != nil {
		p.w.sync.opened(s)
	}
}

// shown runs once the page has painted a set it opened.
func (p *annotatorPage) shown(ctx app.Context) {
	if p.w.saver != nil {
		p.w.saver.Shown(ctx)
	}
}

// saveChanged runs after every change of the set (Do, Undo, Redo).
func (p *annotatorPage) saveChanged(ctx app.Context, s *annotate.Set) {
	if p.w.saver != nil {
		p.w.saver.Changed(ctx, s)
	}
}

// fileMenuSlot is where the file menu sits among the top bar's tools.
func (p *annotatorPage) fileMenuSlot(s *annotate.Set) app.UI {
	if p.w.status == nil {
		return nil
	}
	return app.Div().Class("file-slot").Body(&fileMenu{Set: p.currentSet, Exercise: p.Exercise})
}

// stateSlot is where the save and sync states sit: at the end of the top
// bar's first row, beside the title, where they take no room from the
// tools (the Sync button wrapped onto a row of its own).
func (p *annotatorPage) stateSlot() app.UI {
	if p.w.status == nil {
		return nil
	}
	if p.Exercise {
		return app.Div().Class("state-slot").Body(p.w.status) // no sync there
	}
	return app.Div().Class("state-slot").Body(p.w.status, p.w.syncView)
}

// currentSet is the set open now (read by the file menu at click time).
func (p *annotatorPage) currentSet() *annotate.Set {
	if p.h == nil {
		return nil
	}
	return p.h.Set()
}

// noticeSlot is where notices show, above the columns.
func (p *annotatorPage) noticeSlot() app.UI {
	if p.w.notices == nil {
		return nil
	}
	return p.w.notices
}

// notify shows an error that needs more room than the status line.
func (p *annotatorPage) notify(ctx app.Context, title, text string) {
	showNotice(ctx, notice{Key: "annotator", Level: noticeError, Title: title, Text: text})
}
