// Package library is the Library page (/library): the articles annotated
// in this browser, to reopen or delete, and any damaged data kept aside.
package library

import (
	"fmt"
	"time"
	"whosaid/app/browser"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/syncer"
	"whosaid/app/syncui"
	"whosaid/app/wording"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Page lists the articles annotated in this browser, to reopen or delete
// (after a confirmation), and any damaged data kept aside.
type Page struct {
	app.Compo
	// Store is the browser's own store of annotations.
	Store *storage.Store

	live    bool
	docs    []storage.Summary
	asides  []storage.Aside
	confirm string // id of the document whose deletion awaits confirmation
	stop    func()
	sync    *syncui.Sync // deletes the server copies of deleted documents
}

func (p *Page) OnMount(ctx app.Context) {
	p.live = true
	// What the annotator said (imported, opened…) is not news here.
	notice.DismissLevel(ctx, notice.Info)
	p.reload()
	// Another tab saving or deleting changes the list.
	p.stop = app.Window().AddEventListener("storage", func(ctx app.Context, e app.Event) { p.reload() })
	p.sync = syncui.New(ctx, p.Store, true)
	p.sync.Start()
	p.sync.SendDeletions()
}

func (p *Page) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
	if p.sync != nil {
		p.sync.Stop()
	}
}

// intro says where the articles are kept: with sync on, the server has a
// copy too, and deleting here deletes it there.
func (p *Page) intro() string {
	if p.sync != nil && p.sync.Enabled() {
		return "Articles annotated in this browser, with a copy on the server when synced. Deleting one here deletes it there too."
	}
	return "Articles annotated in this browser. They are kept only here: export them to keep a copy elsewhere."
}

func (p *Page) reload() {
	if p.Store == nil {
		return
	}
	p.docs = p.Store.List()
	p.asides = p.Store.Asides()
}

func (p *Page) Render() app.UI {
	m := app.Main().ID("library").Class("library")
	if p.live {
		m = m.DataSet("live", "true")
	}
	return m.Body(
		app.Header().Class("topbar").Body(
			app.A().Class("brand").Href("/").Body(
				app.Span().Class("logo").Aria("hidden", "true").Text("❝"),
				app.Span().Class("brand-name").Text("whosaid"),
			),
			app.H1().Text("Library"),
			app.A().ID("back-to-annotator").Class("tool").Href("/").Text("Back to the annotator"),
		),
		&notice.Bar{},
		app.P().Class("library-intro").Text(p.intro()),
		app.If(len(p.docs) == 0, app.P().ID("library-empty").Text("No annotated articles yet.")),
		app.If(len(p.docs) > 0, app.Table().ID("library-list").Class("library-list").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Article"),
				app.Th().Scope("col").Text("Claims"),
				app.Th().Scope("col").Text("Last edit"),
				app.Th().Scope("col").Body(app.Span().Class("visually-hidden").Text("Actions")),
			)),
			app.TBody().Body(app.Range(p.docs).Slice(func(i int) app.UI { return p.renderDoc(p.docs[i]) })),
		)),
		app.If(len(p.asides) > 0, app.Section().ID("library-asides").Body(
			app.H2().Text("Damaged data kept aside"),
			app.P().Text("Saved annotations that could not be read. Download them to repair them or to open them with a newer whosaid."),
			app.Ul().Body(app.Range(p.asides).Slice(func(i int) app.UI {
				a := p.asides[i]
				return app.Li().Class("aside-entry").DataSet("key", a.Key).Body(
					app.Span().Text(fmt.Sprintf("%s, set aside %s (%s) ", wording.Shorten(a.DocID, 24), a.At.Local().Format("2 Jan 2006 15:04"), wording.HumanBytes(a.Bytes))),
					app.Button().Class("aside-download").Text("Download").OnClick(p.onAsideDownload, a.Key),
					app.Button().Class("aside-delete").Text("Delete").OnClick(p.onAsideDelete, a.Key),
				)
			})),
		)),
	)
}

func (p *Page) renderDoc(d storage.Summary) app.UI {
	row := app.Tr().Class("library-entry").DataSet("id", d.ID)
	var actions app.UI
	if p.confirm == d.ID {
		actions = app.Div().Body(
			app.Span().Class("confirm-text").Role("alert").Text("Delete its annotations for good?"),
			app.Button().Class("confirm-delete danger").Text("Delete").OnClick(p.onConfirmDelete, d.ID),
			app.Button().Class("cancel-delete").Text("Cancel").OnClick(p.onCancelDelete, d.ID),
		)
	} else {
		actions = app.Div().Body(
			app.Button().Class("open-doc primary").Text("Open").OnClick(p.onOpen, d.ID),
			app.Button().Class("delete-doc").Text("Delete…").OnClick(p.onDelete, d.ID),
		)
	}
	return row.Body(
		app.Td().Class("library-title").Text(d.Title),
		app.Td().Class("library-claims").Text(d.Claims),
		app.Td().Class("library-edited").Text(editedLabel(d.Edited)),
		app.Td().Class("library-actions").Body(actions),
	)
}

func editedLabel(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Local().Format("2 Jan 2006 15:04")
}

// The handlers read the row's id from the DOM at click time: positional
// diffing keeps a Range closure's first binding after the list changes.
func rowID(ctx app.Context) string { return browser.SourceAttr(ctx, "[data-id]", "data-id") }

func (p *Page) onOpen(ctx app.Context, e app.Event) {
	id := rowID(ctx)
	if err := p.Store.SetLastOpen(id); err != nil {
		notice.Show(ctx, notice.Notice{Level: notice.Error, Text: err.Error()})
		return
	}
	ctx.Navigate("/")
}

func (p *Page) onDelete(ctx app.Context, e app.Event) { p.confirm = rowID(ctx) }

func (p *Page) onCancelDelete(ctx app.Context, e app.Event) { p.confirm = "" }

func (p *Page) onConfirmDelete(ctx app.Context, e app.Event) {
	id := rowID(ctx)
	p.confirm = ""
	title := id
	for _, d := range p.docs {
		if d.ID == id {
			title = d.Title
		}
	}
	if err := p.Store.Delete(id); err != nil {
		notice.Show(ctx, notice.Notice{Level: notice.Error, Text: err.Error()})
		p.reload()
		return
	}
	text := fmt.Sprintf("Deleted the annotations of “%s”.", title)
	if syncer.OwnerToken(p.Store.KV()) != "" {
		// Synced work: the server copy goes too, now or at the next sync.
		if err := p.sync.Deleted(id); err != nil {
			text += " The copy on the sync server could not be marked for deletion: " + err.Error()
		} else {
			text += " The copy on the sync server is deleted too."
		}
	}
	notice.Show(ctx, notice.Notice{Key: "deleted", Level: notice.Info, Text: text})
	p.reload()
}

func asideKeyOf(ctx app.Context) string { return browser.SourceAttr(ctx, "[data-key]", "data-key") }

func (p *Page) onAsideDownload(ctx app.Context, e app.Event) {
	key := asideKeyOf(ctx)
	raw, ok := p.Store.Aside(key)
	if !ok {
		notice.Show(ctx, notice.Notice{Level: notice.Error, Text: "That data is no longer kept in this browser."})
		return
	}
	browser.Download(storage.AsideFileName(key), "application/json", []byte(raw))
}

func (p *Page) onAsideDelete(ctx app.Context, e app.Event) {
	p.Store.DeleteAside(asideKeyOf(ctx))
	p.reload()
}
