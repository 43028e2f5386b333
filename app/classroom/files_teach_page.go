package classroom

import (
	"fmt"
	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
	"whosaid/app/browser"
	"whosaid/app/storage"
	"whosaid/app/wording"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// FilesTeachPage (/teach/files) scores students' files in the browser
// against this browser's annotations of the same article: the key.
type FilesTeachPage struct {
	app.Compo
	live    bool
	results []fileClass
	errs    []string
	open    *exercise.Feedback
	openFor string
}

// fileClass is the students' files on one article, scored.
type fileClass struct {
	doc  annotate.Document
	key  score.Key
	sets map[string]*annotate.Set // student id → set
	dash *exercise.Dashboard
}

func (p *FilesTeachPage) OnMount(ctx app.Context) { p.live = true }

func (p *FilesTeachPage) onFiles(ctx app.Context, e app.Event) {
	readSubmissionFiles(ctx, func(ctx app.Context, students []exercise.Student, errs []string) {
		p.errs, p.results, p.open = errs, nil, nil
		store := storage.NewStore(local())
		byDoc := map[string][]exercise.Student{}
		var order []string
		for _, st := range students {
			id := st.Set.Document.ID
			if _, ok := byDoc[id]; !ok {
				order = append(order, id)
			}
			byDoc[id] = append(byDoc[id], st)
		}
		for _, id := range order {
			sts := byDoc[id]
			keySet, err := store.Load(id)
			if err != nil {
				p.errs = append(p.errs, fmt.Sprintf("%d files are on “%s”, which has no annotations (no key) in this browser", len(sts), wording.Name(sts[0].Set)))
				continue
			}
			key, err := exercise.KeyFromSet(keySet.Document, keySet)
			if err != nil {
				p.errs = append(p.errs, "the key has problems:\n"+err.Error())
				continue
			}
			d, err := exercise.BuildDashboard(key, sts)
			if err != nil {
				p.errs = append(p.errs, err.Error())
				continue
			}
			fc := fileClass{doc: keySet.Document, key: key, sets: map[string]*annotate.Set{}, dash: d}
			for _, st := range sts {
				fc.sets[st.ID] = st.Set
			}
			p.results = append(p.results, fc)
		}
	})
}

func (p *FilesTeachPage) onOpen(ctx app.Context, e app.Event) {
	id := browser.String(browser.Get(ctx.JSSrc(), "dataset", "student"))
	for _, fc := range p.results {
		if s := fc.sets[id]; s != nil {
			rep, err := score.Score(fc.key, s)
			if err != nil {
				p.errs = append(p.errs, err.Error())
				return
			}
			all := exercise.Exercise{Find: exercise.Find{Claims: true, Speakers: true, Attribution: true, Kind: true}}
			fb := exercise.NewFeedback(all, fc.key, s, rep, true)
			p.open, p.openFor = &fb, id
		}
	}
}

func (p *FilesTeachPage) Render() app.UI {
	m := app.Main().ID("teach-files").Class("ex-page")
	if p.live {
		m = m.DataSet("live", "true")
	}
	var classes []app.UI
	for _, fc := range p.results {
		d := fc.dash
		agree := "needs two files"
		if d.Agreement != nil {
			agree = fmt.Sprintf("strict %s, lenient %s", fig3(d.Agreement.MeanStrict), fig3(d.Agreement.MeanLenient))
		}
		classes = append(classes, app.Section().Class("file-class").Body(
			app.H2().Text(fc.doc.Title),
			renderRoster("file-roster", d, p.onOpen),
			app.P().ID("file-agreement").Text("Class agreement (mean pairwise F1): "+agree),
			renderHeat(fc.doc, d.Heat, d.Students),
		))
	}
	var open app.UI
	if p.open != nil {
		open = app.Section().ID("student-work").DataSet("student", p.openFor).Body(renderFeedback(*p.open, nil))
	}
	return m.Body(
		exerciseStyle(),
		app.P().Body(app.A().Href("/teach").Text("← Classroom")),
		app.H1().Text("Score student files"),
		app.P().Text("Drop the files your students exported. Each is scored, here in the browser, against your annotations of the same article in this browser's annotator."),
		app.Div().Class("ex-drop").Body(
			app.Label().For("score-files-input").Text("Student files (.json)"),
			app.Input().ID("score-files-input").Type("file").Multiple(true).Accept(".json,application/json").OnChange(p.onFiles),
		),
		app.Ul().ID("file-errors").Class("ex-error").Body(app.Range(p.errs).Slice(func(i int) app.UI { return app.Li().Text(p.errs[i]) })),
		app.Div().Body(classes...),
		open,
	)
}
