package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/native"
)

// Cross-tab: the same document open in two tabs. localStorage fires a
// "storage" event in every other tab of the origin when one tab writes; the
// autosaver listens (autosave.go) and reacts here.
//
// When another tab saved the document open here:
//   - with no unsaved change here, the new set is posted as action
//     actionExternalChange (value externalChange) and the page shows it;
//   - with unsaved changes here, nothing is saved any more and a notice asks
//     which version to keep — never a silent overwrite either way.

const (
	actionOpenSet        = "whosaid/open-set"        // value *annotate.Set: show this set, new history
	actionExternalChange = "whosaid/external-change" // value externalChange: another tab or device saved the open document
	conflictNoticeKey    = "conflict"
	externalNoticeKey    = "external-change"
)

func (a *autosaver) onStorage(ctx app.Context, e app.Event) {
	key := e.Get("key")
	if a.docID == "" || key.Type() != app.TypeString || key.String() != storageKey(a.store.kv, docKey(a.docID)) {
		return
	}
	nv := e.Get("newValue")
	if nv.Type() != app.TypeString {
		// Deleted in another tab (from the Library): keep the copy here.
		showNotice(ctx, notice{
			Key:   externalNoticeKey,
			Level: noticeWarning,
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
		ctx.NewActionWithValue(actionExternalChange, externalChange{Set: theirs, Report: changesFrom(old, theirs), From: fromTab})
		setSaveState(ctx, saveState{State: "saved", Message: "Saved"})
		return
	}
	a.held = true
	setSaveState(ctx, saveState{State: "pending", Message: "Not saved: choose which version to keep"})
	showNotice(ctx, notice{
		Key:    conflictNoticeKey,
		Level:  noticeWarning,
		Sticky: true,
		Title:  "This article was changed in another tab",
		Text: "You have changes here that are not saved, and another tab has just saved its own. " +
			"Choose which version to keep; the other one is replaced.",
		Actions: []noticeAction{
			{Label: "Keep my changes", Run: func(ctx app.Context) {
				a.held = false
				a.Flush(ctx)
			}},
			{Label: "Use the other tab's version", Run: func(ctx app.Context) {
				a.held, a.dirty = false, false
				a.gen++ // cancel the pending save
				a.set = theirs
				ctx.NewActionWithValue(actionExternalChange, externalChange{Set: theirs, From: fromTab})
				setSaveState(ctx, saveState{State: "saved", Message: "Saved"})
			}},
		},
	})
}
