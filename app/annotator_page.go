package main

import "github.com/maxence-charriere/go-app/v9/pkg/app"

// annotatorPage is the routed root of the annotator.
type annotatorPage struct {
	app.Compo
	live bool
}

func (p *annotatorPage) OnMount(ctx app.Context) { p.live = true }

func (p *annotatorPage) Render() app.UI {
	m := app.Main().ID("annotator").Body(app.H1().Text("whosaid"))
	if p.live {
		m = m.DataSet("live", "true")
	}
	return m
}
