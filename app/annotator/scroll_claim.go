package annotator

import (
	"fmt"
	"whosaid/app/browser"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// scrollToClaim brings the claim's highlight into view with one scroll of
// the page. The list entry moves only inside the side panel's own scroller
// (on a desktop): on a phone the list is part of the page, and showing it
// too scrolled the page a second time, away from the highlight. It runs
// after the render, so a phone's editor sheet (and the scroll padding that
// keeps the highlight clear of it) is already there.
func (p *Annotator) scrollToClaim(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		behavior := browser.ScrollBehavior()
		mark := browser.Query(fmt.Sprintf("#article mark[data-ids~=%s]", browser.CSSString(id)))
		browser.Call(mark, "scrollIntoView", map[string]any{"block": "center", "behavior": behavior})
		browser.ScrollWithinPanel(browser.Query(fmt.Sprintf("#claims-list li[data-claim-id=%s]", browser.CSSString(id))), behavior)
	})
}

// revealClaim scrolls the page as little as it takes to show the claim's
// highlight whole, once the editor is drawn: on a phone the editor is a
// sheet over the lower half of the screen, and the sentence being
// attributed must stay in view above it (the stylesheet's scroll padding
// keeps it clear of the sheet and of the sticky top bar). On a desktop,
// where the highlight is in view already, nothing moves.
func (p *Annotator) revealClaim(id string) {
	if p.mountCtx == nil {
		return
	}
	browser.Soon(p.mountCtx, func() bool {
		mark := browser.Query(fmt.Sprintf("#article mark[data-ids~=%s]", browser.CSSString(id)))
		editor := browser.Query("#claim-editor[data-claim-id]")
		if !browser.Obj(mark) || !browser.Obj(editor) {
			return false // the block or the editor draws a frame later
		}
		browser.ScrollIntoView(mark, "nearest", browser.ScrollBehavior())
		return true
	})
}
