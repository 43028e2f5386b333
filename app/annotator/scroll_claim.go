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
