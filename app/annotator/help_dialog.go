package annotator

import (
	"whosaid/app/browser"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// renderHelp is the keyboard shortcut dialog (?), modal, closed by Esc or
// its button; focus goes to it on open and back to the article on close.
func (p *Annotator) renderHelp() app.UI {
	if !p.helpOpen {
		return nil
	}
	rows := make([]app.UI, len(shortcuts))
	for i, s := range shortcuts {
		rows[i] = app.Tr().Body(app.Th().Scope("row").Body(app.Kbd().Text(s.Keys)), app.Td().Text(s.What))
	}
	return app.Div().Class("backdrop").OnClick(p.onHelpBackdrop).Body(
		app.Div().ID("help-dialog").Role("dialog").Aria("modal", "true").Aria("labelledby", "help-title").
			TabIndex(-1).Body(
			app.Div().Class("card-head").Body(
				app.H2().ID("help-title").Text("Keyboard shortcuts"),
				app.Button().ID("help-close").Type("button").Class("icon-btn").Aria("label", "Close").
					OnClick(p.onHelpClose).Text("×"),
			),
			app.Table().Class("shortcuts").Body(app.TBody().Body(rows...)),
			app.P().Class("hint").Text("Shortcuts are off while you type in a box. Select with the mouse or touch too: a toolbar appears next to the selection."),
		),
	)
}

func (p *Annotator) openHelp(ctx app.Context) {
	p.helpOpen = true
	ctx.Defer(func(app.Context) { browser.Focus("#help-close") })
}

func (p *Annotator) closeHelp() {
	p.helpOpen = false
	browser.Focus("#article")
}

func (p *Annotator) onHelpOpen(ctx app.Context, e app.Event) { p.openHelp(ctx) }

func (p *Annotator) onHelpClose(ctx app.Context, e app.Event) { p.closeHelp() }

// onHelpBackdrop closes the dialog on a click outside it.
func (p *Annotator) onHelpBackdrop(ctx app.Context, e app.Event) {
	if browser.String(browser.Get(e.Value, "target", "className")) == "backdrop" {
		p.closeHelp()
	}
}
