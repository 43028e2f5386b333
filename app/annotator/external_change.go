package annotator

import (
	"whosaid/app/events"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// takeInLabel names the undo step of a take-in that replaced this page's
// values (shown as "Undo Take in changes from elsewhere"): Undo puts them
// back and keeps the other device's as versions on the claims.
const takeInLabel = "Take in changes from elsewhere"

// onExternalChange shows a version of the open document that was saved
// elsewhere (another tab, a sync merge). The undo history stays: steps
// done here before undo only their own changes, claim by claim and field
// by field, never the other device's (annotate.History.TakeIn). A
// different document (sync opening one from the server) is opened instead.
func (p *Annotator) onExternalChange(ctx app.Context, a app.Action) {
	defer p.guard(ctx)
	ch, ok := a.Value.(events.Change)
	if !ok || ch.Set == nil {
		return
	}
	s := ch.Set
	if p.h == nil || s.Document.ID != p.h.Set().Document.ID {
		p.onOpenSet(ctx, app.Action{Name: a.Name, Value: s})
		return
	}
	undoable, err := p.h.TakeIn(takeInLabel, s)
	if err != nil {
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
	p.showTakeIn(ctx, ch, undoable)
	p.Update()
}
