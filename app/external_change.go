package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// takeInLabel names the undoable step that takes in a version saved
// elsewhere (shown as "Undo Take in changes from elsewhere").
const takeInLabel = "Take in changes from elsewhere"

// onExternalChange shows a version of the open document that was saved
// elsewhere (another tab, a sync merge) as one undoable step, so the undo
// history made here survives and Undo can take the change back out. A
// different document (sync opening one from the server) is opened instead.
func (p *annotatorPage) onExternalChange(ctx app.Context, a app.Action) {
	defer p.guard(ctx)
	s, ok := a.Value.(*annotate.Set)
	if !ok || s == nil {
		return
	}
	if p.h == nil || s.Document.ID != p.h.Set().Document.ID {
		p.onOpenSet(ctx, a)
		return
	}
	if err := p.h.Do(annotate.ReplaceContent(takeInLabel, s)); err != nil {
		p.loadSet(ctx, s) // cannot happen for the same document; still show it
		return
	}
	if _, ok := p.h.Set().Claim(p.vs.Cur); p.vs.Cur != "" && !ok {
		p.vs.Cur = ""
	}
	p.refresh()
	// Storage already holds this version: the saver and syncer take it as
	// their starting point instead of saving it again.
	p.opened(ctx, p.h.Set())
	p.say("Took in changes saved elsewhere; Undo takes them back out.")
	p.Update()
}
