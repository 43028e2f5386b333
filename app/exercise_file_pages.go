package main

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
)

// The server-less flow: a student opens the teacher's exercise file
// (/exercise/file), annotates in the normal annotator, exports their file;
// the teacher drops the files on /teach/files, scored in the browser
// against the teacher's own annotations of the article (the key never
// leaves the teacher's browser).

// exFileKey keeps the exercise file a student opened, so a reload goes on.
const exFileKey = keyPrefix + "exercise-file"

// fileStudentPage (/exercise/file) is the student's side without a server.
type fileStudentPage struct {
	app.Compo
	live  bool
	ef    *exercise.ExerciseFile
	name  string
	annot *annotatorPage
	err   string
	msg   string
}

func (p *fileStudentPage) OnMount(ctx app.Context) {
	p.live = true
	if raw, ok := newKV().get(exFileKey); ok {
		if ef, err := exercise.DecodeExerciseFile([]byte(raw)); err == nil {
			p.open(ctx, &ef)
		}
	}
}

// open shows an exercise file's article in the annotator (the student's
// earlier work on it, if this browser has some).
func (p *fileStudentPage) open(ctx app.Context, ef *exercise.ExerciseFile) {
	store := newDocStore(ctx)
	if !store.Has(ef.Document.ID) {
		if err := store.Save(annotate.NewSet(ef.Document)); err != nil {
			p.err = err.Error()
			return
		}
	}
	store.SetLastOpen(ef.Document.ID)
	p.ef = ef
	if p.annot == nil {
		p.annot = &annotatorPage{Exercise: true}
	} else {
		ctx.NewActionWithValue(actionOpenSet, mustLoad(store, ef.Document.ID))
	}
}

func mustLoad(store *docStore, id string) *annotate.Set {
	s, err := store.Load(id)
	if err != nil {
		return nil
	}
	return s
}

func (p *fileStudentPage) onFile(ctx app.Context, e app.Event) {
	file := jsCall(jsGet(ctx.JSSrc(), "files"), "item", 0)
	if !jsObj(file) {
		return
	}
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		text := ""
		if len(args) > 0 {
			text = jsString(args[0])
		}
		fn.Release()
		ctx.Dispatch(func(ctx app.Context) {
			ef, err := exercise.DecodeExerciseFile([]byte(text))
			if err != nil {
				p.err = "This is not an exercise file:\n" + err.Error()
				return
			}
			p.err = ""
			newKV().set(exFileKey, text)
			p.open(ctx, &ef)
		})
		return nil
	})
	file.Call("text").Call("then", fn)
}

func (p *fileStudentPage) onExport(ctx app.Context, e app.Event) {
	name, err := exercise.NormalizeName(p.name)
	if err != nil {
		p.err = nameProblem(err)
		ctx.Defer(func(app.Context) { focusElement("#file-name") })
		return
	}
	set, err := newDocStore(ctx).Load(p.ef.Document.ID)
	if err != nil {
		p.err = err.Error()
		return
	}
	data, err := exercise.NewSubmissionFile(p.ef.ID, name, set).Encode()
	if err != nil {
		p.err = err.Error()
		return
	}
	p.err, p.msg = "", "Exported: hand the file to your teacher."
	downloadFile(ctx, fileName(name)+".whosaid-submission.json", "application/json", data)
}

// fileName makes a display name safe as a file name.
func fileName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '/' || r == '\\' || r == ':' || r < ' ' || strings.ContainsRune(`*?"<>|`, r) {
			return '_'
		}
		return r
	}, s)
}

func (p *fileStudentPage) Render() app.UI {
	head := app.Div().ID("file-bar").Class("ex-student-bar")
	picker := app.Span().Body(
		app.Label().For("exercise-file").Text("Exercise file from your teacher"),
		app.Input().ID("exercise-file").Type("file").Accept(".json,application/json").OnChange(p.onFile),
	)
	errUI := app.If(p.err != "", app.P().ID("file-error").Class("ex-error").Role("alert").Text(p.err))
	if p.ef == nil {
		m := app.Main().ID("exercise-file-page").Class("ex-page")
		if p.live {
			m = m.DataSet("live", "true")
		}
		return m.Body(exerciseStyle(), app.H1().Text("Open an exercise file"), picker, errUI)
	}
	return app.Div().ID("exercise-file-student").Body(
		exerciseStyle(),
		head.Body(
			app.H1().ID("ex-title").Text(p.ef.Exercise.Title),
			app.If(p.ef.Exercise.Instructions != "", app.P().Class("ex-instr").Text(p.ef.Exercise.Instructions)),
			app.Label().For("file-name").Text("Your name"),
			// OnChange, not OnInput: re-rendering the value while the student
			// types would drop keystrokes.
			app.Input().ID("file-name").Type("text").MaxLength(exercise.MaxNameRunes).Value(p.name).
				OnChange(func(ctx app.Context, e app.Event) { p.name = jsString(jsGet(ctx.JSSrc(), "value")) }),
			app.Button().ID("export-work").Class("primary").OnClick(p.onExport).Text("Export my work for the teacher"),
			app.If(p.msg != "", app.Span().ID("file-msg").Role("status").Text(" "+p.msg)),
			errUI,
		),
		p.annot,
	)
}

// filesTeachPage (/teach/files) scores students' files in the browser
// against this browser's annotations of the same article: the key.
type filesTeachPage struct {
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

func (p *filesTeachPage) OnMount(ctx app.Context) { p.live = true }

func (p *filesTeachPage) onFiles(ctx app.Context, e app.Event) {
	readSubmissionFiles(ctx, func(ctx app.Context, students []exercise.Student, errs []string) {
		p.errs, p.results, p.open = errs, nil, nil
		store := newDocStore(ctx)
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
				p.errs = append(p.errs, fmt.Sprintf("%d files are on “%s”, which has no annotations (no key) in this browser", len(sts), setTitle(sts[0].Set)))
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

func (p *filesTeachPage) onOpen(ctx app.Context, e app.Event) {
	id := jsString(jsGet(ctx.JSSrc(), "dataset", "student"))
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

func (p *filesTeachPage) Render() app.UI {
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
			app.Input().ID("score-files-input").Type("file").Multiple(true).Accept(".json,application/json").OnChange(p.onFiles),
		),
		app.Ul().ID("file-errors").Class("ex-error").Body(app.Range(p.errs).Slice(func(i int) app.UI { return app.Li().Text(p.errs[i]) })),
		app.Div().Body(classes...),
		open,
	)
}
