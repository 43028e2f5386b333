package annotator

import (
	"errors"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/wording"
)

// openArticleDialog lets the user paste an article or upload (or drop) a
// .txt/.md/.html file. The article is imported, saved as a new set (or the
// set saved for it before) and posted as events.OpenSet.
type openArticleDialog struct {
	app.Compo
	Close func(ctx app.Context)
	// Store is where the annotator keeps its work: an article annotated
	// before opens with its claims.
	Store *storage.Store

	// The title and text fields are not bound to state: re-rendering
	// their value while the user types drops characters. They are read
	// when used; hasText only enables the open button.
	hasText  bool
	err      []string
	dragging bool
	stops    []func()
}

func (d *openArticleDialog) OnMount(ctx app.Context) {
	browser.FocusLater(ctx, "article-paste")
	d.listenDrop(ctx)
}

func (d *openArticleDialog) OnDismount() { browser.StopAll(&d.stops) }

// listenDrop handles file drags with raw listeners on the dialog:
// preventDefault must run during the event (else the browser opens the
// dropped file in place of the app), and a drop's files can only be read
// then.
func (d *openArticleDialog) listenDrop(ctx app.Context) {
	root := ctx.JSSrc()
	inZone := func(e app.Value) bool {
		return browser.Obj(browser.Call(browser.Get(e, "target"), "closest", "#article-drop"))
	}
	// Only file drags: dragging text into the paste box keeps working.
	hasFiles := func(e app.Value) bool {
		return browser.Bool(browser.Call(browser.Get(e, "dataTransfer", "types"), "includes", "Files"))
	}
	setDragging := func(v bool) {
		if d.dragging != v {
			ctx.Dispatch(func(ctx app.Context) { d.dragging = v })
		}
	}
	d.stops = append(d.stops,
		// Anywhere in the dialog: a drop that misses the zone must not
		// navigate away either.
		browser.Listen(root, "dragover", false, func(e app.Value) {
			if hasFiles(e) {
				browser.Call(e, "preventDefault")
				setDragging(inZone(e))
			}
		}),
		browser.Listen(root, "dragleave", false, func(e app.Value) {
			if inZone(e) {
				setDragging(false)
			}
		}),
		browser.Listen(root, "drop", false, func(e app.Value) {
			if !hasFiles(e) {
				return
			}
			browser.Call(e, "preventDefault")
			file := browser.FirstFile(browser.Get(e, "dataTransfer", "files"))
			ctx.Dispatch(func(ctx app.Context) {
				d.dragging = false
				browser.ReadFile(ctx, file, d.onData)
			})
		}),
	)
}

func (d *openArticleDialog) Render() app.UI {
	exts := strings.Join(article.Extensions, ",")
	return app.Div().Class("dialog-backdrop").OnKeyDown(browser.OnEscape(d.Close)).Body(
		app.Div().ID("open-article-dialog").Class("dialog").Role("dialog").Aria("modal", "true").
			Aria("labelledby", "open-article-heading").Body(
			app.H2().ID("open-article-heading").Text("Open an article"),
			app.Label().For("article-title").Text("Title (optional)"),
			app.Input().ID("article-title").Type("text"),
			app.Label().For("article-paste").Text("Paste the article text (a blank line between paragraphs)"),
			app.Textarea().ID("article-paste").Rows(10).
				OnInput(func(ctx app.Context, e app.Event) {
					d.hasText = strings.TrimSpace(browser.String(browser.Get(ctx.JSSrc(), "value"))) != ""
				}),
			app.Button().ID("article-paste-open").Class("primary").Text("Open pasted text").
				Disabled(!d.hasText).OnClick(d.onPaste),
			app.Div().ID("article-drop").Class("drop-zone").DataSet("dragging", d.dragging).Body(
				app.Label().For("article-file").Text("…or choose a file ("+strings.Join(article.Extensions, " ")+"), or drop it here"),
				app.Input().ID("article-file").Type("file").Accept(exts).OnChange(d.onFile),
			),
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
	text, _ := browser.InputValue("#article-paste")
	doc, err := article.Text([]byte(text), annotate.Document{Title: d.title()})
	d.opened(ctx, doc, err)
}

// title is the title field's text, trimmed.
func (d *openArticleDialog) title() string {
	t, _ := browser.InputValue("#article-title")
	return strings.TrimSpace(t)
}

func (d *openArticleDialog) onFile(ctx app.Context, e app.Event) {
	browser.ReadFile(ctx, browser.FirstFile(browser.SourceFiles(ctx)), d.onData)
}

func (d *openArticleDialog) onData(ctx app.Context, f browser.File) {
	name, data, err := f.Name, f.Data, f.Err
	if err != nil {
		d.opened(ctx, annotate.Document{}, err)
		return
	}
	doc, changes, err := article.Read(name, data)
	if t := d.title(); err == nil && t != "" {
		doc.Title = t
	}
	if err == nil {
		if n, ok := textChangesNotice(name, changes); ok {
			notice.Show(ctx, n)
		}
	}
	d.opened(ctx, doc, err)
}

// opened saves and posts the article's set, or lists what went wrong.
func (d *openArticleDialog) opened(ctx app.Context, doc annotate.Document, err error) {
	if err != nil {
		if errors.Is(err, article.ErrEmpty) {
			d.err = []string{"The article has no text."}
		} else {
			d.err = wording.ProblemLines(err)
		}
		d.Update()
		return
	}
	set := setForDocument(ctx, d.Store, doc)
	markForSave(set)
	d.err = nil
	ctx.NewActionWithValue(events.OpenSet, set)
	if d.Close != nil {
		d.Close(ctx)
	}
}
