package classroom

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/filename"
	"whosaid/annotate/native"
	"whosaid/annotate/score"
	"whosaid/app/browser"
	"whosaid/app/storage"
	"whosaid/app/wording"
	"whosaid/internal/wire"
)

// pollEvery is how often the dashboard asks for the class's progress.
const pollEvery = 3 * time.Second

// DashboardPage (/teach/{id}) follows a class live: roster and scores,
// heat map, most-missed key claims, wrong speakers, agreement; it closes
// and reopens the exercise, releases feedback, exports the results and
// deletes the students' data. The teacher secret comes from the link's
// fragment (#secret=…) or from this browser's storage.
type DashboardPage struct {
	app.Compo
	// pageCtx is the page component's own context, kept from OnMount:
	// a button's context dies with the button, and with it any callback or
	// timer started from it (the dashboard stopped polling after "Close").
	pageCtx app.Context
	live    bool
	origin  string
	id      string
	secret  string
	info    *wire.ExerciseView
	key     score.Key
	dash    *exercise.Dashboard
	updated time.Time
	err     string
	msg     string
	polling bool
	gone    bool

	confirmDelete bool
	student       *wire.StudentWork
	files         *exercise.Dashboard // student files scored in the browser
	fileErrs      []string
}

func (p *DashboardPage) OnMount(ctx app.Context) {
	p.pageCtx = ctx
	p.live = true
	p.origin = pageOrigin(ctx)
	u := ctx.Page().URL()
	p.id = strings.TrimPrefix(u.Path, "/teach/")
	if frag, err := url.ParseQuery(u.Fragment); err == nil && frag.Get("secret") != "" {
		p.secret = frag.Get("secret")
		var e teacherEntry
		storage.GetJSON(local(), teachPrefix+p.id, &e)
		e.ID, e.Secret = p.id, p.secret
		storage.SetJSON(local(), teachPrefix+p.id, e)
	} else {
		var e teacherEntry
		if storage.GetJSON(local(), teachPrefix+p.id, &e) {
			p.secret = e.Secret
		}
	}
	if p.secret == "" {
		p.err = "This browser does not have the teacher link of this exercise: open the private teacher link (it ends in #secret=…)."
		return
	}
	p.loadInfo(ctx)
}

func (p *DashboardPage) OnDismount() { p.gone = true }

func (p *DashboardPage) api(ctx app.Context, method, path string, body []byte, done func(ctx app.Context, r apiResult)) {
	if p.pageCtx != nil {
		ctx = p.pageCtx
	}
	callAPI(ctx, method, "/api/v1/exercises/"+p.id+path, p.secret, body, done)
}

func (p *DashboardPage) loadInfo(ctx app.Context) {
	p.api(ctx, "GET", "", nil, func(ctx app.Context, r apiResult) {
		var info wire.ExerciseView
		if err := r.decode(&info); err != nil {
			p.err = err.Error()
			return
		}
		p.info = &info
		if len(info.Key) > 0 && string(info.Key) != "null" {
			if s, err := native.Decode(info.Key); err == nil {
				p.key, _ = exercise.KeyFromSet(info.Document, s)
			}
		}
		var e teacherEntry
		storage.GetJSON(local(), teachPrefix+p.id, &e)
		e.Title = info.Exercise.Title
		storage.SetJSON(local(), teachPrefix+p.id, e)
		p.poll(ctx)
	})
}

// poll reads the dashboard now and again every pollEvery while the page
// is shown.
func (p *DashboardPage) poll(ctx app.Context) {
	if p.polling || p.gone {
		return
	}
	p.polling = true
	p.api(ctx, "GET", "/dashboard", nil, func(ctx app.Context, r apiResult) {
		p.polling = false
		var v wire.Dashboard
		if err := r.decode(&v); err != nil {
			p.err = err.Error()
		} else {
			p.err = ""
			p.dash, p.updated = v.Dashboard, time.Now()
			if p.info != nil {
				p.info.State, p.info.Released = v.State, v.Released
			}
		}
		ctx.After(pollEvery, func(ctx app.Context) { p.poll(ctx) })
	})
}

// act posts a teacher action and refreshes.
func (p *DashboardPage) act(path, done string) func(ctx app.Context, e app.Event) {
	return func(ctx app.Context, e app.Event) {
		p.api(ctx, "POST", path, nil, func(ctx app.Context, r apiResult) {
			if err := r.decode(p.info); err != nil {
				p.err = err.Error()
				return
			}
			p.msg = done
			p.poll(ctx)
		})
	}
}

// title is the exercise's title, for the names of its downloads.
func (p *DashboardPage) title() string {
	if p.info == nil {
		return "exercise"
	}
	return p.info.Exercise.Title
}

func (p *DashboardPage) onCSV(ctx app.Context, e app.Event) {
	p.api(ctx, "GET", "/results.csv", nil, func(ctx app.Context, r apiResult) {
		if !r.ok() {
			p.err = r.message()
			return
		}
		browser.Download(filename.Dated(p.title()+" results", time.Now(), ".csv"), "text/csv", r.Body)
	})
}

func (p *DashboardPage) onFile(ctx app.Context, e app.Event) {
	p.api(ctx, "GET", "/file", nil, func(ctx app.Context, r apiResult) {
		if !r.ok() {
			p.err = r.message()
			return
		}
		browser.Download(filename.Dated(p.title(), time.Now(), ".whosaid-exercise.json"), "application/json", r.Body)
	})
}

func (p *DashboardPage) onDelete(ctx app.Context, e app.Event) {
	p.confirmDelete = false
	p.api(ctx, "DELETE", "/students", nil, func(ctx app.Context, r apiResult) {
		var v wire.StudentsDeleted
		if err := r.decode(&v); err != nil {
			p.err = err.Error()
			return
		}
		p.student = nil
		p.msg = fmt.Sprintf("Deleted the data of %d students.", v.Deleted)
		p.poll(ctx)
	})
}

func (p *DashboardPage) onOpenStudent(ctx app.Context, e app.Event) {
	id := browser.String(browser.Get(ctx.JSSrc(), "dataset", "student"))
	p.api(ctx, "GET", "/students/"+url.PathEscape(id), nil, func(ctx app.Context, r apiResult) {
		var w wire.StudentWork
		if err := r.decode(&w); err != nil {
			p.err = err.Error()
			return
		}
		p.student = &w
		// The work shows below the class figures: take the teacher there.
		ctx.Defer(func(app.Context) { browser.Focus("#student-work-title") })
	})
}

// onFiles scores dropped student files against the key, in the browser.
func (p *DashboardPage) onFiles(ctx app.Context, e app.Event) {
	readSubmissionFiles(ctx, func(ctx app.Context, students []exercise.Student, errs []string) {
		p.fileErrs = errs
		for i := range students {
			if students[i].Set.Document.ID != p.info.Document.ID {
				p.fileErrs = append(p.fileErrs, students[i].Name+": another article than this exercise's")
				students[i].Set = nil
			}
		}
		d, err := exercise.BuildDashboard(p.key, students)
		if err != nil {
			p.fileErrs = append(p.fileErrs, err.Error())
			return
		}
		p.files = d
	})
}

func (p *DashboardPage) Render() app.UI {
	m := app.Main().ID("dashboard").Class("ex-page")
	if p.live {
		m = m.DataSet("live", "true")
	}
	if p.info == nil {
		return m.Body(exerciseStyle(), app.H1().Text("Class dashboard"),
			app.If(p.err != "", app.P().ID("dash-error").Class("ex-error").Text(p.err)),
			app.If(p.err == "", app.P().Text("Loading…")))
	}
	in := p.info
	var files app.UI
	if p.files != nil {
		files = renderRoster("file-roster", p.files, nil)
	}
	return m.Body(
		exerciseStyle(),
		app.P().Body(app.A().Href("/teach").Text("← All exercises")),
		app.H1().ID("dash-title").Text(in.Exercise.Title),
		app.Section().ID("class-info").Body(
			app.P().Body(app.Text("State: "), app.Span().ID("ex-state").Class("ex-state").Text(string(in.State)),
				app.Span().ID("ex-state-note").Class("muted").Text(" — "+stateNotes[in.State])),
			app.If(in.Exercise.OneSubmission, app.P().ID("ex-one-submission").Text("One submission per student.")),
			p.renderShare(),
			app.If(in.State == wire.StateOpen, app.Button().ID("btn-close").OnClick(p.act("/close", "Closed: students can no longer save or submit.")).Text("Close the exercise")),
			app.If(in.State == wire.StateClosed, app.Button().ID("btn-reopen").OnClick(p.act("/reopen", "Reopened.")).Text("Reopen")),
			app.If(in.Exercise.Feedback == exercise.FeedbackOnRelease && !in.Released,
				app.Button().ID("btn-release").OnClick(p.act("/release", "Feedback released.")).Text("Release feedback")),
			app.If(in.Exercise.Feedback == exercise.FeedbackOnRelease && in.Released,
				app.Button().ID("btn-withhold").OnClick(p.act("/withhold", "Feedback withheld.")).Text("Withhold feedback")),
			app.Button().ID("btn-csv").OnClick(p.onCSV).Text("Export results (CSV)"),
			app.Button().ID("btn-file").OnClick(p.onFile).Text("Export exercise file"),
			app.If(!p.confirmDelete, app.Button().ID("btn-delete").Class("danger").OnClick(func(ctx app.Context, e app.Event) {
				p.confirmDelete = true
				// The page's context: the button's dies with it.
				p.pageCtx.Defer(func(app.Context) { browser.Focus("#btn-delete-cancel") })
			}).Text("Delete all student data")),
			app.If(p.confirmDelete, app.Span().Body(
				app.Text("Delete every student's name and work for good? "),
				app.Button().ID("btn-delete-confirm").Class("danger").OnClick(p.onDelete).Text("Yes, delete"),
				app.Button().ID("btn-delete-cancel").OnClick(func(ctx app.Context, e app.Event) { p.confirmDelete = false }).Text("Cancel"),
			)),
			app.If(p.msg != "", app.P().ID("dash-msg").Role("status").Text(p.msg)),
			app.If(p.err != "", app.P().ID("dash-error").Class("ex-error").Role("alert").Text(p.err)),
		),
		p.renderClass(),
		p.renderStudent(),
		app.Section().ID("score-files").Body(
			app.H2().Text("Score student files"),
			app.P().Text("Files exported by students who worked without the server: the scores are computed here, in the browser."),
			app.Label().For("score-files-input").Text("Student files (.json)"),
			app.Input().ID("score-files-input").Type("file").Multiple(true).Accept(".json,application/json").OnChange(p.onFiles),
			app.Ul().Class("ex-error").Body(app.Range(p.fileErrs).Slice(func(i int) app.UI { return app.Li().Text(p.fileErrs[i]) })),
			files,
		),
	)
}

// stateNotes say what an exercise's state means for the students.
var stateNotes = map[wire.ExerciseState]string{
	wire.StateDraft:  "not published: students cannot join yet.",
	wire.StateOpen:   "students can join, save and submit; their feedback says what they found and missed, not the answers.",
	wire.StateClosed: "students can no longer join, save or submit, and their feedback shows the answer key; reopen to let them work again (the key is hidden again).",
}

// renderShare tells the teacher what to do after publishing: hand out the
// code or the join link, and keep this page's private link.
func (p *DashboardPage) renderShare() app.UI {
	in := p.info
	teacher := p.origin + "/teach/" + p.id + "#secret=" + url.QueryEscape(p.secret)
	return app.Div().ID("share").Body(
		app.If(in.Code != "", app.Div().Body(
			app.P().Text("Class code:"),
			app.P().ID("class-code").Class("ex-code").Text(in.Code),
			app.P().ID("share-how").Body(app.Text("Give your students the code: they open "),
				app.Strong().Text(p.origin+"/join"), app.Text(", type it and a display name (nothing else is asked). Or send them the join link:")),
			app.P().Body(app.A().ID("join-link").Href(in.JoinPath).Text(p.origin+in.JoinPath),
				app.Button().ID("btn-copy-join").OnClick(p.copyField("join-link-field", p.origin+in.JoinPath, "Join link copied.")).Text("Copy join link")),
			app.Input().ID("join-link-field").Type("text").ReadOnly(true).Value(p.origin+in.JoinPath).Class("ex-offscreen").TabIndex(-1).Aria("hidden", true),
		)),
		app.Details().ID("teacher-link-box").Body(
			app.Summary().Text("Your private teacher link (to come back to this page)"),
			app.P().Text("Bookmark this page or keep this link: it is the only way to open this dashboard in another browser or on another device. "+
				"Do not share it: it opens the answer key and every student's work."),
			app.Label().For("teacher-link").Text("Private teacher link"),
			app.Input().ID("teacher-link").Type("text").ReadOnly(true).Value(teacher),
			app.Button().ID("btn-copy-teacher").OnClick(p.copyField("teacher-link", teacher, "Private teacher link copied: keep it somewhere safe.")).Text("Copy teacher link"),
		),
	)
}

// copyField puts text on the clipboard, selecting the field id too, for
// Ctrl+C where the clipboard is not allowed; done is said after.
func (p *DashboardPage) copyField(id, text, done string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		if el := app.Window().GetElementByID(id); browser.Obj(el) {
			browser.Call(el, "select")
		}
		p.msg = done
		clip := browser.Get(app.Window(), "navigator", "clipboard")
		if !browser.Obj(clip) {
			p.msg = "Select the link and copy it (Ctrl+C): this browser does not let the page copy."
			return
		}
		browser.Call(clip, "writeText", text)
	}
}

func (p *DashboardPage) renderClass() app.UI {
	d := p.dash
	if d == nil {
		return app.P().Text("Loading the class…")
	}
	return app.Div().Body(
		app.Section().ID("roster-section").Body(
			app.H2().Text(fmt.Sprintf("Students (%d, %d submitted)", d.Students, d.Submitted)),
			app.P().Class("muted").Text("Updates every few seconds."),
			app.If(len(d.Roster) == 0, app.P().ID("roster-empty").Text("No students yet: they appear here as they join with the class code.")),
			renderRoster("roster", d, p.onOpenStudent),
		),
		app.Section().ID("agreement").Body(
			app.H2().Text("Class agreement"),
			func() app.UI {
				if d.Agreement == nil {
					return app.P().Text("Needs two submissions.")
				}
				return app.P().Body(
					app.Text("Mean pairwise F1 over "), app.Span().ID("agree-pairs").Text(d.Agreement.Pairs), app.Text(" pairs: strict "),
					app.Strong().ID("agree-strict").Text(fig3(d.Agreement.MeanStrict)), app.Text(", lenient "),
					app.Strong().ID("agree-lenient").Text(fig3(d.Agreement.MeanLenient)), app.Text("."))
			}(),
		),
		app.Section().ID("most-missed").Body(
			app.H2().Text("Most missed key claims"),
			app.If(len(d.Missed) == 0, app.P().Class("muted").Text("None yet.")),
			app.Ol().Body(app.Range(d.Missed).Slice(func(i int) app.UI {
				k := d.Missed[i]
				return app.Li().DataSet("key", k.KeyID).Body(app.Q().Text(wording.Shorten(k.Text, 100)),
					app.Text(fmt.Sprintf(" — missed by %d, partly found by %d, found by %d", k.Missed, k.Partly, k.Found)))
			})),
		),
		app.Section().ID("wrong-speakers").Body(
			app.H2().Text("Most common wrong speakers"),
			app.If(len(d.WrongSpeakers) == 0, app.P().Class("muted").Text("None yet.")),
			app.Ol().Body(app.Range(d.WrongSpeakers).Slice(func(i int) app.UI {
				w := d.WrongSpeakers[i]
				return app.Li().Text(fmt.Sprintf("%s instead of %s: %d", orNone(w.Given), orNone(w.KeySpeaker), w.Count))
			})),
		),
		app.Section().ID("heat-section").Body(
			app.H2().Text("What the class marked"),
			renderHeat(p.info.Document, d.Heat, d.Students),
		),
	)
}

// renderRoster is the table of students and scores; open (may be nil)
// opens a student's work.
func renderRoster(id string, d *exercise.Dashboard, open app.EventHandler) app.UI {
	return app.Table().ID(id).Class("ex-roster").Body(
		app.THead().Body(app.Tr().Body(
			app.Th().Text("Name"), app.Th().Text("Status"), app.Th().Text("Attempts"), app.Th().Text("Claims"),
			app.Th().Text("Strict F1"), app.Th().Text("Lenient F1"), app.Th().Text("Speakers"), app.Th().Body(app.Span().Class("ex-offscreen").Text("Work")),
		)),
		app.TBody().Body(app.Range(d.Roster).Slice(func(i int) app.UI {
			r := d.Roster[i]
			strict, lenient, speakers := "", "", ""
			if r.Report != nil {
				strict, lenient = fig3(r.Report.Strict.F1), fig3(r.Report.Lenient.F1)
				speakers = fmt.Sprintf("%d/%d", r.Report.Speaker.Right, r.Report.Speaker.Scored)
			}
			return app.Tr().DataSet("student", r.ID).Body(
				app.Td().Class("name").Text(r.Name),
				app.Td().Class("status").Text(string(r.Status)),
				app.Td().Class("attempts").Text(r.Attempts),
				app.Td().Class("claims").Text(r.Claims),
				app.Td().Class("strict").Text(strict),
				app.Td().Class("lenient").Text(lenient),
				app.Td().Class("speakers").Text(speakers),
				app.Td().Body(app.If(open != nil && r.Status != exercise.StatusJoined,
					app.Button().Class("open-student").DataSet("student", r.ID).OnClick(open, r.ID).Text("Open"))),
			)
		})),
	)
}

func (p *DashboardPage) renderStudent() app.UI {
	if p.student == nil {
		return nil
	}
	w := p.student
	var body app.UI = app.P().Text("Nothing to score yet.")
	if w.Feedback != nil {
		body = renderFeedback(*w.Feedback, nil)
	}
	// The work scored: the submission, else the autosaved work.
	var overlay app.UI
	data := w.Submission
	if len(data) == 0 || string(data) == "null" {
		data = w.Work
	}
	if len(data) > 0 && string(data) != "null" {
		var keySpans []annotate.Span
		for _, k := range p.key.Claims {
			keySpans = append(keySpans, k.Span)
		}
		if s, err := native.Decode(data); err == nil {
			overlay = renderOverlay(p.info.Document, keySpans, claimSpans(s.Claims))
		}
	}
	return app.Section().ID("student-work").DataSet("student", w.ID).Body(
		app.H2().ID("student-work-title").TabIndex(-1).Text(w.Name+" ("+string(w.Status)+")"),
		app.Button().ID("btn-close-student").OnClick(func(ctx app.Context, e app.Event) {
			p.student = nil
			// Back to the student's row (the page's context: the
			// button's dies with it).
			p.pageCtx.Defer(func(app.Context) { browser.Focus(`#roster button[data-student="` + w.ID + `"]`) })
		}).Text("Close"),
		overlay,
		renderAttempts(w.Attempts),
		body,
	)
}

// renderAttempts lists a student's submissions: when, and how each did
// against the key as it was then.
func renderAttempts(as []exercise.Attempt) app.UI {
	if len(as) == 0 {
		return app.P().ID("attempts-none").Class("muted").Text("Not submitted yet.")
	}
	return app.Table().ID("attempts").Class("ex-attempts").Body(
		app.Caption().Text(fmt.Sprintf("Submissions (%d)", len(as))),
		app.THead().Body(app.Tr().Body(app.Th().Text("#"), app.Th().Text("When"), app.Th().Text("Claims"),
			app.Th().Text("Found"), app.Th().Text("Partly"), app.Th().Text("Missed"), app.Th().Text("Strict F1"), app.Th().Text("Lenient F1"))),
		app.TBody().Body(app.Range(as).Slice(func(i int) app.UI {
			a := as[i]
			return app.Tr().Class("attempt").Body(app.Td().Text(a.N), app.Td().Text(a.Submitted.Local().Format("Mon 2 Jan 15:04:05")),
				app.Td().Text(a.Claims), app.Td().Text(a.Found), app.Td().Text(a.Partly), app.Td().Text(a.Missed),
				app.Td().Class("strict").Text(fig3(a.Strict.F1)), app.Td().Class("lenient").Text(fig3(a.Lenient.F1)))
		})),
	)
}
