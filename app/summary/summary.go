// Package summary is who said what in an article: its claims grouped by
// speaker, for reading and printing — the annotator's Summary view, and
// the page /summary for a link to it. The rules (grouping, which claims
// get quotation marks, nested quotes) are annotate/summary's.
package summary

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	rules "whosaid/annotate/summary"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

// View is the claims grouped by speaker, for reading and printing. page
// says it is a page of its own (its title is the page's heading, h1) and
// not a view inside the annotator (h2 under the annotator's title);
// actions come before the Print button (a way back).
func View(s *annotate.Set, page bool, actions ...app.UI) app.UI {
	colours := palette.Colours(s)
	groups := rules.Groups(s)
	text := []rune(s.Document.Text())
	sections := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		name, colour := g.Speaker.Name, colours[g.Speaker.ID]
		if name == "" {
			name, colour = "Unattributed", palette.Unattributed
		}
		items := make([]app.UI, len(g.Claims))
		for i, c := range g.Claims {
			items[i] = claimItem(c, rules.ClaimLine(c, text, s.Document.Language))
		}
		sections = append(sections, app.Section().Class("summary-group").Style("--c", colour).
			DataSet("speaker-id", g.Speaker.ID).Body(
			app.H3().Body(
				app.Span().Class("swatch").Style("background", colour).Aria("hidden", "true"),
				app.Span().Text(name),
				app.If(speakerSub(g.Speaker) != "", app.Span().Class("speaker-sub").Text(" — "+speakerSub(g.Speaker))),
				app.Span().Class("count").Aria("label", wording.Plural(len(g.Claims), "claim", "claims")).
					Text(fmt.Sprint(len(g.Claims))),
			),
			app.Ol().Body(items...),
		))
	}
	title := "Who said what: " + wording.Title(s)
	var heading app.UI = app.H2().Text(title)
	if page {
		heading = app.H1().Text(title)
	}
	return app.Div().ID("summary").Class("summary").Body(
		app.Nav().Class("no-print", "summary-nav").Aria("label", "Summary").Body(
			app.Range(actions).Slice(func(i int) app.UI { return actions[i] }),
			app.Button().ID("summary-print").Type("button").Class("tool").
				OnClick(func(ctx app.Context, e app.Event) { browser.Print() }).Text("Print"),
		),
		heading,
		app.If(s.Document.SourceURL != "", app.P().Class("doc-meta").Text(s.Document.SourceURL)),
		app.If(len(groups) == 0, app.P().Class("hint").Text("No claims yet.")),
		app.Div().Body(sections...),
	)
}

// claimItem is one claim of the summary: its words (in quotation marks
// only when a direct quote), its labels and note.
func claimItem(c annotate.Claim, line rules.Line) app.UI {
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
	class := "paraphrase"
	if line.Quoted {
		class = "quote-direct"
	}
	return app.Li().Class("summary-claim").DataSet("claim-id", c.ID).Body(
		app.Span().Class("claim-text", class).Text(line.Text),
		app.Div().Class("tags").Body(tags...),
		app.If(c.Note != "", app.P().Class("note").Text(c.Note)),
	)
}

// speakerSub is a speaker's title and affiliation.
func speakerSub(sp annotate.Speaker) string {
	sub := sp.Title
	if sp.Affiliation != "" {
		if sub != "" {
			sub += ", "
		}
		sub += sp.Affiliation
	}
	return sub
}

// Page is the summary at /summary, of the set the annotator would open
// (Open says which: the route gives the annotator's choice); the
// annotator's Summary button shows the same view in place.
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
	return m.Body(View(p.set, true, app.A().ID("summary-close").Href("/").Class("tool").Text("← Back to the annotator")))
}
