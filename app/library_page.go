package main

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// libraryPage (/library) lists the articles annotated in this browser, to
// reopen or delete (after a confirmation), and any damaged data kept aside.
type libraryPage struct {
	app.Compo
	live    bool
	store   *docStore
	docs    []docSummary
	asides  []asideEntry
	confirm string // id of the document whose deletion awaits confirmation
	stop    func()
	sync    *syncer // deletes the server copies of deleted documents
}

func (p *libraryPage) OnMount(ctx app.Context) {
	p.live = true
	p.store = newDocStore(ctx)
	// What the annotator said (imported, opened…) is not news here.
	dismissLevel(ctx, noticeInfo)
	p.reload()
	// Another tab saving or deleting changes the list.
	p.stop = app.Window().AddEventListener("storage", func(ctx app.Context, e app.Event) { p.reload() })
	p.sync = newSyncer(p.store)
	p.sync.start(ctx)
	if len(p.sync.meta.pendingDeletions()) > 0 {
		p.sync.kick()
	}
}

func (p *libraryPage) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
	if p.sync != nil {
		p.sync.stop()
	}
}

// intro says where the articles are kept: with sync on, the server has a
// copy too, and deleting here deletes it there.
func (p *libraryPage) intro() string {
	if p.sync != nil && p.sync.enabled {
		return "Articles annotated in this browser, with a copy on the server when synced. Deleting one here deletes it there too."
	}
	return "Articles annotated in this browser. They are kept only here: export them to keep a copy elsewhere."
}

func (p *libraryPage) reload() {
	if p.store == nil {
		return
	}
	p.docs = p.store.List()
	p.asides = p.store.Asides()
}

func (p *libraryPage) Render() app.UI {
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
		&noticeBar{},
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
					app.Span().Text(fmt.Sprintf("%s, set aside %s (%s) ", shorten(a.DocID, 24), a.At.Local().Format("2 Jan 2006 15:04"), humanBytes(a.Bytes))),
					app.Button().Class("aside-download").Text("Download").OnClick(p.onAsideDownload, a.Key),
					app.Button().Class("aside-delete").Text("Delete").OnClick(p.onAsideDelete, a.Key),
				)
			})),
		)),
	)
}

func (p *libraryPage) renderDoc(d docSummary) app.UI {
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
func rowID(ctx app.Context) string {
	row := ctx.JSSrc().Call("closest", "[data-id]")
	if !row.Truthy() {
		return ""
	}
	return row.Call("getAttribute", "data-id").String()
}

func (p *libraryPage) onOpen(ctx app.Context, e app.Event) {
	id := rowID(ctx)
	if err := p.store.SetLastOpen(id); err != nil {
		showNotice(ctx, notice{Level: noticeError, Text: err.Error()})
		return
	}
	ctx.Navigate("/")
}

func (p *libraryPage) onDelete(ctx app.Context, e app.Event) { p.confirm = rowID(ctx) }

func (p *libraryPage) onCancelDelete(ctx app.Context, e app.Event) { p.confirm = "" }

func (p *libraryPage) onConfirmDelete(ctx app.Context, e app.Event) {
	id := rowID(ctx)
	p.confirm = ""
	title := id
	for _, d := range p.docs {
		if d.ID == id {
			title = d.Title
		}
	}
	if err := p.store.Delete(id); err != nil {
		showNotice(ctx, notice{Level: noticeError, Text: err.Error()})
		p.reload()
		return
	}
	text := fmt.Sprintf("Deleted the annotations of “%s”.", title)
	if ownerToken(p.store.kv) != "" {
		// Synced work: the server copy goes too, now or at the next sync.
		if err := (syncMeta{kv: p.store.kv}).deleted(id); err != nil {
			text += " The copy on the sync server could not be marked for deletion: " + err.Error()
		} else {
			text += " The copy on the sync server is deleted too."
			p.sync.kick()
		}
	}
	showNotice(ctx, notice{Key: "deleted", Level: noticeInfo, Text: text})
	p.reload()
}

func asideKeyOf(ctx app.Context) string {
	li := ctx.JSSrc().Call("closest", "[data-key]")
	if !li.Truthy() {
		return ""
	}
	return li.Call("getAttribute", "data-key").String()
}

func (p *libraryPage) onAsideDownload(ctx app.Context, e app.Event) {
	downloadAside(ctx, p.store, asideKeyOf(ctx))
}

func (p *libraryPage) onAsideDelete(ctx app.Context, e app.Event) {
	p.store.DeleteAside(asideKeyOf(ctx))
	p.reload()
}
