package annotator

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/native"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/syncer"
)

// Cross-tab: the same document open in two tabs. localStorage fires a
// "storage" event in every other tab of the origin when one tab writes; the
// autosaver listens (autosave.go) and reacts here.
//
// When another tab saved the document open here:
//   - with no unsaved change here, the new set is posted as action
//     events.ExternalChange (value events.Change) and the page shows it;
//   - with unsaved changes here, nothing is saved any more and a notice asks
//     which version to keep — never a silent overwrite either way.

const (
	conflictNoticeKey = "conflict"
	externalNoticeKey = "external-change"
)

func (a *autosaver) onStorage(ctx app.Context, e app.Event) {
	key := e.Get("key")
	if a.docID == "" || key.Type() != app.TypeString || key.String() != a.store.RawKey(a.docID) {
		return
	}
	nv := e.Get("newValue")
	if nv.Type() != app.TypeString {
		// Deleted in another tab (from the Library): keep the copy here.
		notice.Show(ctx, notice.Notice{
			Key:   externalNoticeKey,
			Level: notice.Warning,
			Title: "This article was deleted in another tab",
			Text:  "It stays open here; it will be saved again if you change it.",
		})
		return
	}
	theirs, err := native.Decode([]byte(nv.String()))
	if err != nil {
		return // not readable; this tab's next save replaces it
	}
	if !a.dirty {
		old := a.set
		a.set = theirs
		ctx.NewActionWithValue(events.ExternalChange, events.Change{Set: theirs, Report: syncer.ChangesFrom(old, theirs), From: events.FromTab})
		a.report(ctx, events.SaveState{State: events.Saved, Message: "Saved"})
		return
	}
	a.held = true
	a.report(ctx, events.SaveState{State: events.Pending, Message: "Not saved: choose which version to keep"})
	notice.Show(ctx, notice.Notice{
		Key:    conflictNoticeKey,
		Level:  notice.Warning,
		Sticky: true,
		Title:  "This article was changed in another tab",
		Text: "You have changes here that are not saved, and another tab has just saved its own. " +
			"Choose which version to keep; the other one is replaced.",
		Actions: []notice.Action{
			{Label: "Keep my changes", Run: func(ctx app.Context) {
				a.held = false
				a.Flush(ctx)
			}},
			{Label: "Use the other tab's version", Run: func(ctx app.Context) {
				a.held, a.dirty = false, false
				a.gen++ // cancel the pending save
				a.set = theirs
				ctx.NewActionWithValue(events.ExternalChange, events.Change{Set: theirs, From: events.FromTab})
				a.report(ctx, events.SaveState{State: events.Saved, Message: "Saved"})
			}},
		},
	})
}
