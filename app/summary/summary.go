// Package summary is who said what in an article: its claims grouped by
// speaker, for reading and printing — in the annotator (its Summary view)
// and as the printable page /summary.
package summary

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

// Group is one speaker and their claims, in document order.
type Group struct {
	Speaker annotate.Speaker // zero for the unattributed claims
	Claims  []annotate.Claim
}

// Summarize groups the claims by speaker: speakers in order of their first
// claim in the text, unattributed claims last, speakers without claims left
// out.
func Summarize(s *annotate.Set) []Group {
	var groups []Group
	at := map[string]int{}
	var none []annotate.Claim
	for _, c := range s.SortedClaims() {
		sp, ok := s.Speaker(c.SpeakerID)
		if !ok {
			none = append(none, c)
			continue
		}
		i, seen := at[sp.ID]
		if !seen {
			i = len(groups)
			at[sp.ID] = i
			groups = append(groups, Group{Speaker: *sp})
		}
		groups[i].Claims = append(groups[i].Claims, c)
	}
	if len(none) > 0 {
		groups = append(groups, Group{Claims: none})
	}
	return groups
}

// View is the claims grouped by speaker, for reading and printing.
func View(s *annotate.Set) app.UI {
	colours := palette.Colours(s)
	groups := Summarize(s)
	sections := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		name, colour := g.Speaker.Name, colours[g.Speaker.ID]
		if name == "" {
			name, colour = "Unattributed", palette.Unattributed
		}
		sub := g.Speaker.Title
		if g.Speaker.Affiliation != "" {
			if sub != "" {
				sub += ", "
			}
			sub += g.Speaker.Affiliation
		}
		items := make([]app.UI, len(g.Claims))
		for i, c := range g.Claims {
			var tags []app.UI
			if c.Attribution != "" {
				tags = append(tags, app.Span().Class("tag").Text(string(c.Attribution)))
			}
			if c.Kind != "" {
				tags = append(tags, app.Span().Class("tag").Text(string(c.Kind)))
			}
			if c.Cue != nil {
				tags = append(tags, app.Span().Class("tag").Text("cue: "+c.Cue.Exact))
			}
			items[i] = app.Li().Class("summary-claim").DataSet("claim-id", c.ID).Body(
				app.Q().Text(c.Span.Exact),
				app.Div().Class("tags").Body(tags...),
				app.If(c.Note != "", app.P().Class("note").Text(c.Note)),
			)
		}
		sections = append(sections, app.Section().Class("summary-group").Style("--c", colour).
			DataSet("speaker-id", g.Speaker.ID).Body(
			app.H3().Body(
				app.Span().Class("swatch").Style("background", colour).Aria("hidden", "true"),
				app.Span().Text(name),
				app.If(sub != "", app.Span().Class("speaker-sub").Text(" — "+sub)),
				app.Span().Class("count").Text(fmt.Sprintf("%d", len(g.Claims))),
			),
			app.Ol().Body(items...),
		))
	}
	return app.Div().ID("summary").Class("summary").Body(
		app.H2().Text("Who said what: "+wording.Title(s)),
		app.If(s.Document.SourceURL != "", app.P().Class("doc-meta").Text(s.Document.SourceURL)),
		app.If(len(groups) == 0, app.P().Class("hint").Text("No claims yet.")),
		app.Div().Body(sections...),
	)
}

// Page is the printable summary at /summary, of the set the annotator
// would open (Open says which: the route gives the annotator's choice).
type Page struct {
	app.Compo
	// Open is the set to show, nil while it is being fetched: it then
	// arrives as events.OpenSet.
	Open func(ctx app.Context) *annotate.Set

	set  *annotate.Set
	live bool
}

func (p *Page) OnMount(ctx app.Context) {
	p.live = true
	if p.Open != nil {
		p.set = p.Open(ctx)
	}
	// A set given by URL parameters arrives later.
	ctx.Handle(events.OpenSet, func(ctx app.Context, a app.Action) {
		if s, ok := a.Value.(*annotate.Set); ok && s != nil {
			p.set = s
		}
	})
}

func (p *Page) Render() app.UI {
	m := app.Main().ID("summary-page").Class("summary-layout")
	if p.live {
		m = m.DataSet("live", "true")
	}
	if p.set == nil {
		return m.Body(app.P().Class("loading").Text("Loading…"))
	}
	return m.Body(
		app.Nav().Class("no-print", "summary-nav").Body(
			app.A().Href("/").Class("tool").Text("← Back to the annotator"),
			app.Button().Type("button").Class("tool").OnClick(func(ctx app.Context, e app.Event) { browser.Print() }).Text("Print"),
		),
		View(p.set),
	)
}
