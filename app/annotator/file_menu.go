package annotator

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/storage"
)

// fileMenu is the annotator's file commands: open an article, import
// annotations (Tools.Files), export in each format, and the Library
// (Tools.Library). Set gives the set open now (read at click time); Store
// is where the annotator keeps its work.
type fileMenu struct {
	app.Compo
	Set   func() *annotate.Set
	Store *storage.Store
	Tools Tools

	dialog string // "", "open" or "import"
}

func (m *fileMenu) Render() app.UI {
	return app.Nav().ID("file-menu").Class("file-menu").Aria("label", "File").Body(
		// Phones show the short labels ("Open…", "Import…"): the top bar
		// took seven rows of a phone's screen.
		app.If(m.Tools.Files, app.Button().ID("open-article").OnClick(m.show("open")).Body(shortLabel("Open", " article", "…"))),
		app.If(m.Tools.Files, app.Button().ID("import-annotations").OnClick(m.show("import")).Body(shortLabel("Import", " annotations", "…"))),
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
		app.If(m.Tools.Library, app.A().ID("library-link").Href("/library").Text("Library")),
		app.If(m.dialog == "open", &openArticleDialog{Close: m.close, Store: m.Store}),
		app.If(m.dialog == "import", &importDialog{Set: m.Set, Close: m.close}),
	)
}

// shortLabel is a button label whose middle phones leave out. One span:
// a button is a flex box, and its gap would space separate pieces apart.
func shortLabel(head, wide, tail string) app.UI {
	return app.Span().Body(app.Text(head), app.Span().Class("wide-only").Text(wide), app.Text(tail))
}

func exportButtonLabel(f exportFormat) string {
	switch f.ID {
	case "native":
		return "JSON"
	case "w3c":
		return "W3C"
	case "w3c-array":
		return "W3C array"
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
