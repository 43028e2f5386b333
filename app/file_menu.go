package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// fileMenu is the annotator's file commands: open an article, import
// annotations, export in each format, and the library. Set gives the set
// open now (read at click time).
type fileMenu struct {
	app.Compo
	Set func() *annotate.Set
	// Exercise: on an exercise page only Export is offered (annotatorPage).
	Exercise bool

	dialog string // "", "open" or "import"
}

func (m *fileMenu) Render() app.UI {
	return app.Nav().ID("file-menu").Class("file-menu").Aria("label", "File").Body(
		// Phones show the short labels ("Open…", "Import…"): the top bar
		// took seven rows of a phone's screen.
		app.If(!m.Exercise, app.Button().ID("open-article").OnClick(m.show("open")).Body(shortLabel("Open", " article", "…"))),
		app.If(!m.Exercise, app.Button().ID("import-annotations").OnClick(m.show("import")).Body(shortLabel("Import", " annotations", "…"))),
		app.Span().Class("export-group").Role("group").Aria("label", "Export").Body(
			app.Span().Class("export-label").Text("Export:"),
			app.Range(exportFormats).Slice(func(i int) app.UI {
				f := exportFormats[i]
				return app.Button().ID("export-"+f.ID).Class("export").
					Title("Download as "+f.Label+" ("+f.Suffix+")").
					Text(exportButtonLabel(f)).
					OnClick(m.export, f.ID)
			}),
		),
		app.If(!m.Exercise, app.A().ID("library-link").Href("/library").Text("Library")),
		app.If(m.dialog == "open", &openArticleDialog{Close: m.close}),
		app.If(m.dialog == "import", &importDialog{Set: m.Set, Close: m.close}),
	)
}

// shortLabel is a button label whose middle phones leave out. One span:
// a button is a flex box, and its gap would space separate pieces apart.
func shortLabel(head, wide, tail string) app.UI {
	return app.Span().Body(app.Text(head), app.Span().Class("wide-only").Text(wide), app.Text(tail))
}

// focusLater moves the focus to an element once it is rendered (dialogs
// take the focus when they open).
func focusLater(ctx app.Context, id string) {
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
		}
	})
}

// onEscape closes a dialog on Escape.
func onEscape(close func(ctx app.Context)) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if k := e.Get("key"); k.Type() == app.TypeString && k.String() == "Escape" && close != nil {
			close(ctx)
		}
	}
}

func exportButtonLabel(f exportFormat) string {
	switch f.ID {
	case "native":
		return "JSON"
	case "w3c":
		return "W3C"
	}
	return "CSV"
}

func (m *fileMenu) show(d string) app.EventHandler {
	return func(ctx app.Context, e app.Event) { m.dialog = d }
}

func (m *fileMenu) close(ctx app.Context) {
	m.dialog = ""
	m.Update()
}

func (m *fileMenu) export(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("id").String()
	var set *annotate.Set
	if m.Set != nil {
		set = m.Set()
	}
	for _, f := range exportFormats {
		if "export-"+f.ID == id {
			exportDownload(ctx, set, f)
		}
	}
}
