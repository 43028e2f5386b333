package main

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/article"
)

// openArticleDialog lets the user paste an article or upload (or drop) a
// .txt/.md/.html file. The article is imported, saved as a new set (or the
// set saved for it before) and posted as actionOpenSet.
type openArticleDialog struct {
	app.Compo
	Close func(ctx app.Context)

	store    *docStore
	title    string
	text     string
	err      []string
	dragging bool
}

func (d *openArticleDialog) OnMount(ctx app.Context) {
	d.store = newDocStore(ctx)
	focusLater(ctx, "article-paste")
}

func (d *openArticleDialog) Render() app.UI {
	exts := strings.Join(article.Extensions, ",")
	return app.Div().Class("dialog-backdrop").OnKeyDown(onEscape(d.Close)).Body(
		app.Div().ID("open-article-dialog").Class("dialog").Role("dialog").Aria("modal", "true").
			Aria("labelledby", "open-article-heading").Body(
			app.H2().ID("open-article-heading").Text("Open an article"),
			app.Label().For("article-title").Text("Title (optional)"),
			app.Input().ID("article-title").Type("text").Value(d.title).
				OnInput(func(ctx app.Context, e app.Event) { d.title = ctx.JSSrc().Get("value").String() }),
			app.Label().For("article-paste").Text("Paste the article text (a blank line between paragraphs)"),
			app.Textarea().ID("article-paste").Rows(10).Text(d.text).
				OnInput(func(ctx app.Context, e app.Event) { d.text = ctx.JSSrc().Get("value").String() }),
			app.Button().ID("article-paste-open").Class("primary").Text("Open pasted text").
				Disabled(strings.TrimSpace(d.text) == "").OnClick(d.onPaste),
			app.Div().ID("article-drop").Class("drop-zone").DataSet("dragging", d.dragging).Body(
				app.Label().For("article-file").Text("…or choose a file ("+strings.Join(article.Extensions, " ")+"), or drop it here"),
				app.Input().ID("article-file").Type("file").Accept(exts).OnChange(d.onFile),
			).OnDragOver(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				d.dragging = true
			}).OnDragLeave(func(ctx app.Context, e app.Event) {
				d.dragging = false
			}).OnDrop(d.onDrop),
			app.If(len(d.err) > 0, app.Ul().ID("open-article-problems").Class("problems").Role("alert").Body(
				app.Range(d.err).Slice(func(i int) app.UI { return app.Li().Text(d.err[i]) }),
			)),
			app.Div().Class("dialog-buttons").Body(
				app.Button().ID("open-article-cancel").Text("Cancel").OnClick(d.onCancel),
			),
		),
	)
}

func (d *openArticleDialog) onCancel(ctx app.Context, e app.Event) {
	if d.Close != nil {
		d.Close(ctx)
	}
}

func (d *openArticleDialog) onPaste(ctx app.Context, e app.Event) {
	doc, err := article.Text([]byte(d.text), annotate.Document{Title: strings.TrimSpace(d.title)})
	d.opened(ctx, doc, err)
}

func (d *openArticleDialog) onFile(ctx app.Context, e app.Event) {
	readFile(ctx, firstFile(ctx.JSSrc().Get("files")), d.onData)
}

func (d *openArticleDialog) onDrop(ctx app.Context, e app.Event) {
	e.PreventDefault()
	d.dragging = false
	readFile(ctx, firstFile(e.Get("dataTransfer").Get("files")), d.onData)
}

func (d *openArticleDialog) onData(ctx app.Context, name string, data []byte, err error) {
	if err != nil {
		d.opened(ctx, annotate.Document{}, err)
		return
	}
	doc, err := article.Import(name, data)
	if err == nil && strings.TrimSpace(d.title) != "" {
		doc.Title = strings.TrimSpace(d.title)
	}
	d.opened(ctx, doc, err)
}

// opened saves and posts the article's set, or lists what went wrong.
func (d *openArticleDialog) opened(ctx app.Context, doc annotate.Document, err error) {
	if err != nil {
		if errors.Is(err, article.ErrEmpty) {
			d.err = []string{"The article has no text."}
		} else {
			d.err = problemLines(err)
		}
		d.Update()
		return
	}
	if d.store == nil {
		d.store = newDocStore(ctx)
	}
	set := setForDocument(ctx, d.store, doc)
	markForSave(set)
	d.err = nil
	ctx.NewActionWithValue(actionOpenSet, set)
	if d.Close != nil {
		d.Close(ctx)
	}
}
