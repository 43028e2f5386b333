package annotator

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/wording"
)

// visibleClaims are the placed claims in document order, only the filtered
// speaker's when a filter is on.
func (p *Annotator) visibleClaims() []annotate.Claim {
	var out []annotate.Claim
	for _, c := range p.h.Set().SortedClaims() {
		if c.Orphan || (p.vs.Filter != "" && c.SpeakerID != p.vs.Filter) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// moveCur opens the next (delta 1) or previous (-1) claim in the list.
func (p *Annotator) moveCur(ctx app.Context, delta int) {
	cs := p.visibleClaims()
	if len(cs) == 0 {
		return
	}
	at := -1
	for i, c := range cs {
		if c.ID == p.vs.Cur {
			at = i
		}
	}
	switch {
	case at < 0 && delta > 0:
		at = 0
	case at < 0:
		at = len(cs) - 1
	default:
		at = min(max(at+delta, 0), len(cs)-1)
	}
	p.openClaim(cs[at].ID)
	p.scrollToClaim(ctx, cs[at].ID)
}

// neighbourClaim is the claim to open after id is deleted.
func (p *Annotator) neighbourClaim(id string) string {
	cs := p.visibleClaims()
	for i, c := range cs {
		if c.ID != id {
			continue
		}
		if i+1 < len(cs) {
			return cs[i+1].ID
		}
		if i > 0 {
			return cs[i-1].ID
		}
	}
	return ""
}

func (p *Annotator) renderClaimsList() app.UI {
	set := p.h.Set()
	n := p.list.count
	title := fmt.Sprintf("Claims (%d)", n)
	if p.vs.Filter != "" {
		if sp, ok := set.Speaker(p.vs.Filter); ok {
			title = fmt.Sprintf("Claims by %s (%d)", sp.Name, n)
		}
	}
	return app.Section().ID("claims").Class("card").Aria("label", "Claims").Body(
		app.Div().Class("card-head").Body(
			app.H2().Text(title),
			app.If(p.vs.Filter != "", app.Button().ID("clear-filter").Type("button").Class("link-btn").
				OnClick(p.onClearFilter).Text("Show all")),
		),
		// The list keeps its place among the section's children whatever
		// shows around it: go-app diffs by position, and the groups in it
		// are mounted components the page updates directly.
		p.renderClaimGroups(),
		app.If(n == 0, app.P().Class("hint").Text("No claims yet.")),
		p.renderOrphans(set),
	)
}

// renderClaimGroups is the list of claims: one list, the groups inside
// presentational. A new document gets a list of the other tag so that
// go-app mounts the new groups (as for the paragraph views). Clicks and
// hovers are handled here, for all rows at once.
func (p *Annotator) renderClaimGroups() app.UI {
	groups := make([]app.UI, len(p.list.groups))
	for i, g := range p.list.groups {
		groups[i] = g
	}
	if p.list.filler != nil {
		groups = []app.UI{p.list.filler}
	}
	if !p.odd {
		return app.Div().ID("claims-list").Class("claims").Role("list").
			OnClick(p.onClaimsListClick).OnMouseOver(p.onClaimsListOver).OnMouseLeave(p.onClaimUnhover).
			Body(groups...)
	}
	return app.Ol().ID("claims-list").Class("claims").Role("list").
		OnClick(p.onClaimsListClick).OnMouseOver(p.onClaimsListOver).OnMouseLeave(p.onClaimUnhover).
		Body(groups...)
}

// renderOrphans lists the claims that lost their place, to place or
// discard.
func (p *Annotator) renderOrphans(set *annotate.Set) app.UI {
	var orphans []app.UI
	for _, c := range orphanClaims(set) {
		orphans = append(orphans, app.Li().DataSet("claim-id", c.ID).Class("orphan").Body(
			app.Span().Class("claim-quote").Text("“"+wording.Clip(c.Span.Exact, 140)+"”"),
			app.Div().Class("form-buttons").Body(
				app.Button().Type("button").Class("place-btn").OnClick(p.onPlaceOrphan, c.ID).
					Title("Select the text in the article first").Text("Place at selection"),
				app.Button().Type("button").Class("discard-btn", "danger").OnClick(p.onDiscardOrphan, c.ID).Text("Discard"),
			),
		))
	}
	if len(orphans) == 0 {
		return nil
	}
	return app.Div().ID("orphans").Body(
		app.H3().Text(fmt.Sprintf("Not placed (%d)", len(orphans))),
		app.P().Class("hint").Text("The text changed and these quotes could not be found with confidence. Select where they belong and press “Place at selection”, or discard them."),
		app.Ul().ID("orphans-list").Class("claims").Body(orphans...),
	)
}

// orphanClaims are the claims that lost their place, in document order.
func orphanClaims(s *annotate.Set) []*annotate.Claim {
	var out []*annotate.Claim
	for i := range s.Claims {
		if s.Claims[i].Orphan {
			out = append(out, &s.Claims[i])
		}
	}
	sortClaimPtrs(out)
	return out
}

// onClaimsListClick opens the claim of the row clicked (or activated with
// Enter or Space: that is a click on the row's button too).
func (p *Annotator) onClaimsListClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	row := browser.Call(browser.Get(e.Value, "target"), "closest", "button.claim-row[data-claim-id]")
	id := browser.String(browser.Call(row, "getAttribute", "data-claim-id"))
	if id == "" {
		return
	}
	p.openClaim(id)
	p.scrollToClaim(ctx, id)
}

// onClaimsListOver lights up the hovered row's claim in the article with
// one CSS rule; no block or group re-renders. (No ctx.PreventUpdate: it
// holds for the whole frame and swallowed the re-render of a click that
// came in the same frame.)
func (p *Annotator) onClaimsListOver(ctx app.Context, e app.Event) {
	li := browser.Call(browser.Get(e.Value, "target"), "closest", "li[data-claim-id]")
	id := browser.String(browser.Call(li, "getAttribute", "data-claim-id"))
	if id == p.list.hot {
		return
	}
	p.list.hot = id
	if id == "" {
		browser.SetStyleSheet("whosaid-hot", "")
		return
	}
	browser.SetStyleSheet("whosaid-hot", fmt.Sprintf("#article mark[data-ids~=%s]{outline:2px solid var(--c);outline-offset:1px;background:color-mix(in srgb, var(--c) 30%%, white)}", browser.CSSString(id)))
}

func (p *Annotator) onClaimUnhover(ctx app.Context, e app.Event) {
	p.list.hot = ""
	browser.SetStyleSheet("whosaid-hot", "")
}

func (p *Annotator) onClearFilter(ctx app.Context, e app.Event) {
	p.vs.Filter = ""
	p.refresh()
}

func (p *Annotator) onPlaceOrphan(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	id := browser.String(browser.Call(browser.Call(ctx.JSSrc(), "closest", "li"), "getAttribute", "data-claim-id"))
	p.placeOrphan(ctx, id)
}

// placeOrphan puts an orphaned claim at the current selection.
func (p *Annotator) placeOrphan(ctx app.Context, id string) {
	c, ok := p.h.Set().Claim(id)
	if !ok {
		return
	}
	s, e, ok := p.currentSelection()
	if !ok {
		p.say("Select where the claim belongs in the article first.")
		return
	}
	cc := *c
	cc.Span = annotate.MakeSpan(p.ix, s, e)
	cc.Orphan = false
	// The old cue and mentions were anchored to the old text too.
	cc.Cue, cc.Mentions = nil, nil
	p.endSelection()
	if p.do(ctx, annotate.Group("Place claim", annotate.EditClaim(cc))) {
		p.vs.Cur = id
		p.refresh()
		p.say("Claim placed.")
	}
}

func (p *Annotator) onDiscardOrphan(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	id := browser.String(browser.Call(browser.Call(ctx.JSSrc(), "closest", "li"), "getAttribute", "data-claim-id"))
	if id != "" && p.do(ctx, annotate.Group("Discard claim", annotate.DeleteClaim(id))) {
		p.say("Claim discarded (Ctrl+Z to undo).")
	}
}
