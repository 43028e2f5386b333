package classroom

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/app/annotator"
	"whosaid/app/browser"
	"whosaid/app/storage"
)

// The server-less flow: a student opens the teacher's exercise file
// (/exercise/file), annotates in the normal annotator, exports their file;
// the teacher drops the files on /teach/files, scored in the browser
// against the teacher's own annotations of the article (the key never
// leaves the teacher's browser).

// exFileKey keeps the exercise file a student opened, so a reload goes on.
const exFileKey = storage.Prefix + "exercise-file"

// FileStudentPage (/exercise/file) is the student's side without a server.
type FileStudentPage struct {
	app.Compo
	live  bool
	ef    *exercise.ExerciseFile
	name  string
	annot *annotator.Annotator
	err   string
	msg   string
}

func (p *FileStudentPage) OnMount(ctx app.Context) {
	p.live = true
	if raw, ok := local().Get(exFileKey); ok {
		if ef, err := exercise.DecodeExerciseFile([]byte(raw)); err == nil {
			p.open(ctx, &ef)
		}
	}
}

// open shows an exercise file's article in the annotator (the student's
// earlier work on it, if this browser has some), with suggestions if the
// teacher allows them.
func (p *FileStudentPage) open(ctx app.Context, ef *exercise.ExerciseFile) {
	store := exerciseStore("file")
	if !store.Has(ef.Document.ID) {
		if err := store.Save(annotate.NewSet(ef.Document)); err != nil {
			p.err = err.Error()
			return
		}
	}
	store.SetLastOpen(ef.Document.ID)
	p.ef = ef
	if p.annot == nil {
		p.annot = &annotator.Annotator{Store: store, Suggestions: ef.Exercise.AllowSuggestions}
		return
	}
	p.annot.Suggestions = ef.Exercise.AllowSuggestions
	if set, err := store.Load(ef.Document.ID); err == nil {
		p.annot.Open(ctx, set)
	}
}

func (p *FileStudentPage) onFile(ctx app.Context, e app.Event) {
	file := browser.FirstFile(browser.SourceFiles(ctx))
	if file == nil {
		return
	}
	browser.ReadFile(ctx, file, func(ctx app.Context, f browser.File) {
		if f.Err != nil {
			p.err = f.Err.Error()
			return
		}
		ef, err := exercise.DecodeExerciseFile(f.Data)
		if err != nil {
			p.err = "This is not an exercise file:\n" + err.Error()
			return
		}
		p.err = ""
		local().Set(exFileKey, string(f.Data))
		p.open(ctx, &ef)
	})
}

func (p *FileStudentPage) onExport(ctx app.Context, e app.Event) {
	name, err := exercise.NormalizeName(p.name)
	if err != nil {
		p.err = nameProblem(err)
		ctx.Defer(func(app.Context) { browser.Focus("#file-name") })
		return
	}
	set, err := exerciseStore("file").Load(p.ef.Document.ID)
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
	browser.Download(fileName(name)+".whosaid-submission.json", "application/json", data)
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

func (p *FileStudentPage) Render() app.UI {
	head := app.Section().ID("file-bar").Class("ex-student-bar").Aria("label", "Exercise")
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
				OnChange(func(ctx app.Context, e app.Event) { p.name = browser.String(browser.Get(ctx.JSSrc(), "value")) }),
			app.Button().ID("export-work").Class("primary").OnClick(p.onExport).Text("Export my work for the teacher"),
			app.If(p.msg != "", app.Span().ID("file-msg").Role("status").Text(" "+p.msg)),
			errUI,
		),
		p.annot,
	)
}
