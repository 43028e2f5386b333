package annotator

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/wording"
)

// importDialog reads an annotation file (whosaid, W3C, Hypothesis,
// Annotorious/Recogito) for the open article. Every problem in a bad file
// is listed; a file made on another text is re-anchored and its
// unplaceable claims kept as orphans. When the import had to change,
// approximate or leave out anything, the dialog lists it, each at its place
// in the file, and imports only when the user says so. The result replaces
// the open set (saved, then posted as events.OpenSet).
type importDialog struct {
	app.Compo
	Set   func() *annotate.Set
	Close func(ctx app.Context)

	err   []string
	title string
	// review is a read file whose warnings wait for the user's decision.
	review     *importResult
	reviewName string
}

func (d *importDialog) OnMount(ctx app.Context) { browser.FocusLater(ctx, "import-file") }

func (d *importDialog) Render() app.UI {
	n := 0
	if d.Set != nil {
		if s := d.Set(); s != nil {
			n = len(s.Claims)
		}
	}
	return app.Div().Class("dialog-backdrop").OnKeyDown(browser.OnEscape(d.Close)).Body(
		app.Div().ID("import-dialog").Class("dialog").Role("dialog").Aria("modal", "true").
			Aria("labelledby", "import-heading").Body(
			app.H2().ID("import-heading").Text("Import annotations"),
			app.P().Text("A whosaid JSON file, a W3C Web Annotation (JSON-LD) file, or annotations from Hypothesis, "+
				"Recogito or Annotorious. If it was made on a different version of this article, its claims are placed again in this text; "+
				"those that cannot be placed with confidence are kept as orphans for you to place or discard."),
			app.If(n > 0, app.P().Class("warning").Text(fmt.Sprintf(
				"The imported claims replace the %d claims of the open article; export them first to keep a copy.", n))),
			app.Label().For("import-file").Text("Annotation file"),
			app.Input().ID("import-file").Type("file").Accept(".json,.jsonld,application/json,application/ld+json").OnChange(d.onFile),
			app.If(len(d.err) > 0,
				app.Div().Role("alert").Body(
					app.P().Text(d.title),
					app.Ul().ID("import-problems").Class("problems").Body(
						app.Range(d.err).Slice(func(i int) app.UI { return app.Li().Text(d.err[i]) }),
					),
				),
			),
			d.renderReview(),
			app.Div().Class("dialog-buttons").Body(
				app.If(d.review != nil,
					app.Button().ID("import-confirm").Class("primary").Text("Import").OnClick(d.onConfirm),
				),
				app.Button().ID("import-cancel").Text("Cancel").OnClick(func(ctx app.Context, e app.Event) {
					if d.Close != nil {
						d.Close(ctx)
					}
				}),
			),
		),
	)
}

// renderReview lists what importing the file would change or leave out.
func (d *importDialog) renderReview() app.UI {
	if d.review == nil {
		return app.Text("")
	}
	r := d.review
	return app.Div().ID("import-review").Role("status").Body(
		app.P().ID("import-review-title").Text(fmt.Sprintf(
			"%s (%s): %d claims to import. Not everything in the file fits whosaid; this is what the import changes or leaves out (%d):",
			d.reviewName, r.Format, len(r.Set.Claims), len(r.Warnings))),
		app.Ul().ID("import-warnings").Class("warnings").Body(
			app.Range(r.Warnings).Slice(func(i int) app.UI { return app.Li().Text(r.Warnings[i]) }),
		),
	)
}

func (d *importDialog) onFile(ctx app.Context, e app.Event) {
	browser.ReadFile(ctx, browser.FirstFile(browser.SourceFiles(ctx)), d.onData)
}

func (d *importDialog) onData(ctx app.Context, f browser.File) {
	name, data, err := f.Name, f.Data, f.Err
	var cur *annotate.Set
	if d.Set != nil {
		cur = d.Set()
	}
	if err == nil && cur == nil {
		err = fmt.Errorf("open an article first")
	}
	var res importResult
	if err == nil {
		res, err = readAnnotationFile(name, data, cur.Document)
	}
	d.review = nil
	if err != nil {
		lines := wording.ProblemLines(err)
		d.title = fmt.Sprintf("%s could not be imported (%d problems):", name, len(lines))
		if len(lines) == 1 {
			d.title = name + " could not be imported:"
		}
		d.err = lines
		d.Update()
		return
	}
	d.err = nil
	if len(res.Warnings) > 0 {
		d.review, d.reviewName = &res, name
		d.Update()
		browser.FocusLater(ctx, "import-confirm")
		return
	}
	d.apply(ctx, &res)
}

func (d *importDialog) onConfirm(ctx app.Context, e app.Event) {
	if d.review != nil {
		d.apply(ctx, d.review)
	}
}

// apply opens the imported set.
func (d *importDialog) apply(ctx app.Context, res *importResult) {
	d.review = nil
	markForSave(res.Set)
	announceImport(ctx, res)
	ctx.NewActionWithValue(events.OpenSet, res.Set)
	if d.Close != nil {
		d.Close(ctx)
	}
}
