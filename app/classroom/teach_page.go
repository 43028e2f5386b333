package classroom

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"fmt"
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

// TeachPage (/teach) makes an exercise: the answer key is the set open in
// the annotator (the teacher marks the key there, as any annotation), with
// per-claim options set here; then it is published to the server, or
// exported as an exercise file for classes without a server.
type TeachPage struct {
	app.Compo
	live bool

	key  *annotate.Set
	ex   exercise.Exercise
	due  string
	opt  map[string]bool   // key claim id → optional
	alt  map[string]string // key claim id → id of the claim it is an alternative span of
	mine []teacherEntry
	busy bool
	err  string
}

func (p *TeachPage) OnMount(ctx app.Context) {
	p.live = true
	p.opt, p.alt = map[string]bool{}, map[string]string{}
	store := storage.NewStore(local())
	if id := store.LastOpen(); id != "" {
		if s, err := store.Load(id); err == nil {
			p.key = s
		}
	}
	p.ex = exercise.Exercise{Find: exercise.Find{Claims: true, Speakers: true}, Feedback: exercise.FeedbackAfterSubmit}
	if p.key != nil {
		p.ex.Title = "Who said it? " + wording.Name(p.key)
		// Options marked with tags in the annotator show here.
		for _, c := range p.key.Claims {
			for _, t := range c.Tags {
				if strings.EqualFold(t, score.TagOptional) {
					p.opt[c.ID] = true
				}
				if id, ok := strings.CutPrefix(t, score.TagAltPrefix); ok {
					p.alt[c.ID] = id
				}
			}
		}
	}
	p.mine = teacherEntries()
}

// keySet is the key with the options of this page written as tags. The
// key is each claim as it is now: not the device that last changed it nor
// versions from another device still waiting for the teacher's choice.
func (p *TeachPage) keySet() *annotate.Set {
	s := p.key.Clone()
	for i := range s.Claims {
		c := &s.Claims[i]
		c.Device, c.Conflicts = "", nil
		var tags []string
		for _, t := range c.Tags {
			if !strings.EqualFold(t, score.TagOptional) && !strings.HasPrefix(t, score.TagAltPrefix) {
				tags = append(tags, t)
			}
		}
		if p.opt[c.ID] {
			tags = append(tags, score.TagOptional)
		}
		if a := p.alt[c.ID]; a != "" {
			tags = append(tags, score.TagAltPrefix+a)
		}
		c.Tags = tags
	}
	return s
}

// settings is the exercise as filled in, with every problem listed.
func (p *TeachPage) settings() (exercise.Exercise, error) {
	ex := p.ex
	ex.Due = nil
	var ps annotate.Problems
	if p.due != "" {
		t, err := time.ParseInLocation("2006-01-02T15:04", p.due, time.Local)
		if err != nil {
			ps.Add("due", "%q is not a date and time", p.due)
		} else {
			ex.Due = &t
		}
	}
	ps = append(ps, ex.Validate("")...)
	if p.key == nil {
		ps.Add("key", "no article is open in the annotator")
	} else if _, err := exercise.KeyFromSet(p.key.Document, p.keySet()); err != nil {
		ps = append(ps, asProblemList(err)...)
	}
	return ex, ps.Err()
}

// publishProblem says why creating the exercise failed: a static copy of
// the app, or a server out of reach, cannot publish, but the exercise file
// works without one.
func publishProblem(r apiResult) string {
	if r.Err != nil || r.Status == 404 || r.Status == 405 {
		return "Publishing needs the whosaid server, and it did not answer here. " +
			"Without a server, use “Export exercise file (no server)” below and hand the file to your students."
	}
	return r.message()
}

func asProblemList(err error) annotate.Problems {
	if ps, ok := err.(annotate.Problems); ok {
		return ps
	}
	return annotate.Problems{{Message: err.Error()}}
}

func (p *TeachPage) onCreate(ctx app.Context, e app.Event) {
	ex, err := p.settings()
	if err != nil {
		p.err = err.Error()
		return
	}
	key, err := native.Encode(p.keySet())
	if err != nil {
		p.err = err.Error()
		return
	}
	doc := p.key.Document
	body, _ := json.Marshal(wire.CreateExercise{Exercise: ex, Document: &doc, Key: key})
	p.busy, p.err = true, ""
	callAPI(ctx, "POST", "/api/v1/exercises", "", body, func(ctx app.Context, r apiResult) {
		var c wire.ExerciseCreated
		if err := r.decode(&c); err != nil {
			p.busy, p.err = false, publishProblem(r)
			return
		}
		storage.SetJSON(local(), teachPrefix+c.ID, teacherEntry{ID: c.ID, Secret: c.TeacherSecret, Title: ex.Title})
		callAPI(ctx, "POST", "/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil, func(ctx app.Context, r apiResult) {
			p.busy = false
			if !r.ok() {
				p.err = r.message()
				return
			}
			ctx.Navigate(c.TeacherPath)
		})
	})
}

// onExportFile downloads the exercise file (article and instructions, no
// key) for a class without a server. The key stays in this browser: the
// teacher's annotations of the article, which /teach/files scores against.
func (p *TeachPage) onExportFile(ctx app.Context, e app.Event) {
	ex, err := p.settings()
	if err != nil {
		p.err = err.Error()
		return
	}
	b := make([]byte, 12)
	rand.Read(b)
	data, err := exercise.NewExerciseFile(base64.RawURLEncoding.EncodeToString(b), ex, p.key.Document).Encode()
	if err != nil {
		p.err = err.Error()
		return
	}
	p.err = ""
	browser.Download(filename.Dated(ex.Title, time.Now(), ".whosaid-exercise.json"), "application/json", data)
}

func (p *TeachPage) Render() app.UI {
	m := app.Main().ID("teach").Class("ex-page")
	if p.live {
		m = m.DataSet("live", "true")
	}
	return m.Body(
		exerciseStyle(),
		app.P().Body(app.A().Href("/").Text("← Back to the annotator")),
		app.H1().Text("Classroom exercises"),
		p.renderMine(),
		p.renderNew(),
		app.Section().Body(
			app.H2().Text("Without a server"),
			app.P().Text("Hand out the exercise file (button above); students open it at /exercise/file, annotate and export their work. "+
				"Then drop their files on the scoring page: the scores are computed in this browser against your annotations of the article."),
			app.A().ID("link-files").Href("/teach/files").Text("Score student files"),
		),
	)
}

func (p *TeachPage) renderMine() app.UI {
	if len(p.mine) == 0 {
		return nil
	}
	return app.Section().ID("my-exercises").Body(
		app.H2().Text("Your exercises"),
		app.Ul().Body(app.Range(p.mine).Slice(func(i int) app.UI {
			e := p.mine[i]
			return app.Li().Body(app.A().Href("/teach/" + e.ID).Text(e.Title))
		})),
	)
}

func (p *TeachPage) renderNew() app.UI {
	if p.key == nil {
		return app.Section().Body(app.H2().Text("New exercise"),
			app.P().Text("Open the article in the annotator and mark the answer key there first: every claim you mark, with its speaker, type and kind, is the key."))
	}
	claims := p.key.SortedClaims()
	return app.Section().ID("new-exercise").Body(
		app.H2().Text("New exercise"),
		app.P().Body(app.Text("Article: "), app.Strong().Text(wording.Name(p.key)),
			app.Text(" — the answer key is your annotation of it in the annotator: "),
			app.Strong().ID("key-count").Text(len(claims)), app.Text(" claims.")),
		app.Label().For("ex-title").Text("Title"),
		// OnChange, not OnInput: as for the instructions below.
		app.Input().ID("ex-title").Type("text").Value(p.ex.Title).OnChange(func(ctx app.Context, e app.Event) { p.ex.Title = browser.String(browser.Get(ctx.JSSrc(), "value")) }),
		app.Label().For("ex-instructions").Text("Instructions"),
		// OnChange, not OnInput: re-rendering a textarea's text while the
		// teacher types would drop keystrokes.
		app.Textarea().ID("ex-instructions").Rows(4).Text(p.ex.Instructions).OnChange(func(ctx app.Context, e app.Event) { p.ex.Instructions = ctx.JSSrc().Get("value").String() }),
		app.FieldSet().Class("inline").Body(
			app.Legend().Text("What to find"),
			checkbox("find-claims", "Claims", p.ex.Find.Claims, func(v bool) { p.ex.Find.Claims = v }),
			checkbox("find-speakers", "Speakers", p.ex.Find.Speakers, func(v bool) { p.ex.Find.Speakers = v }),
			checkbox("find-attribution", "Quote or paraphrase", p.ex.Find.Attribution, func(v bool) { p.ex.Find.Attribution = v }),
			checkbox("find-kind", "Fact or opinion", p.ex.Find.Kind, func(v bool) { p.ex.Find.Kind = v }),
		),
		app.Label().For("ex-feedback").Text("Feedback"),
		app.Select().ID("ex-feedback").OnChange(func(ctx app.Context, e app.Event) {
			p.ex.Feedback = exercise.FeedbackMode(ctx.JSSrc().Get("value").String())
		}).Body(
			app.Option().Value(string(exercise.FeedbackAfterSubmit)).Selected(p.ex.Feedback == exercise.FeedbackAfterSubmit).Text("Right after a student submits"),
			app.Option().Value(string(exercise.FeedbackOnRelease)).Selected(p.ex.Feedback == exercise.FeedbackOnRelease).Text("Only when I release it"),
		),
		app.P().ID("ex-feedback-note").Class("muted").Text("While the exercise is open, feedback tells students which claims they found, partly found or missed (by paragraph) and whether their speakers and types are right, never the answers; they see the answer key once you close the exercise."),
		app.Label().For("ex-due").Text("Due (optional)"),
		app.Input().ID("ex-due").Type("datetime-local").Value(p.due).OnChange(func(ctx app.Context, e app.Event) { p.due = ctx.JSSrc().Get("value").String() }),
		app.Div().Class("inline").Body(
			checkbox("ex-suggestions", "Students may use suggestions", p.ex.AllowSuggestions, func(v bool) { p.ex.AllowSuggestions = v }),
			checkbox("ex-one-submission", "One submission only", p.ex.OneSubmission, func(v bool) { p.ex.OneSubmission = v }),
		),
		app.H3().Text("Key claims"),
		p.renderKeyClaims(claims),
		app.If(p.err != "", app.P().ID("teach-error").Class("ex-error").Role("alert").Text(p.err)),
		app.Button().ID("ex-create").Class("primary").Disabled(p.busy).OnClick(p.onCreate).Text("Create and publish"),
		app.Button().ID("ex-export-file").OnClick(p.onExportFile).Text("Export exercise file (no server)"),
	)
}

// renderKeyClaims is the key's claims, each with its options: optional,
// or an alternative span of another claim.
func (p *TeachPage) renderKeyClaims(claims []annotate.Claim) app.UI {
	return app.Table().ID("key-claims").Body(
		app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Claim"), app.Th().Scope("col").Text("Speaker"),
			app.Th().ID("key-h-opt").Scope("col").Text("Optional"), app.Th().ID("key-h-alt").Scope("col").Text("Alternative span of"))),
		app.TBody().Body(app.Range(claims).Slice(func(i int) app.UI {
			c := claims[i]
			opts := []app.UI{app.Option().Value("").Selected(p.alt[c.ID] == "").Text("— (a claim of its own)")}
			for _, o := range claims {
				if o.ID != c.ID {
					opts = append(opts, app.Option().Value(o.ID).Selected(p.alt[c.ID] == o.ID).Text(wording.Shorten(o.Span.Exact, 50)))
				}
			}
			// Each control is named by its column and its claim ("Optional
			// We have a common goal…"): a screen reader says which claim.
			quote := fmt.Sprintf("key-q-%d", i)
			return app.Tr().DataSet("claim", c.ID).Body(
				app.Th().ID(quote).Scope("row").Class("key-quote").Text(wording.Shorten(c.Span.Exact, 90)),
				app.Td().Text(p.key.SpeakerName(c)),
				app.Td().Body(app.Input().Type("checkbox").Class("key-optional").Checked(p.opt[c.ID]).
					Aria("labelledby", "key-h-opt "+quote).
					OnChange(func(ctx app.Context, e app.Event) { p.opt[c.ID] = ctx.JSSrc().Get("checked").Bool() }, c.ID)),
				app.Td().Body(app.Select().Class("key-alt").Aria("labelledby", "key-h-alt "+quote).OnChange(func(ctx app.Context, e app.Event) {
					p.alt[c.ID] = ctx.JSSrc().Get("value").String()
				}, c.ID).Body(opts...)),
			)
		})),
	)
}

// checkbox is a labelled checkbox calling set on change.
func checkbox(id, label string, checked bool, set func(bool)) app.UI {
	return app.Label().For(id).Body(
		app.Input().ID(id).Type("checkbox").Checked(checked).OnChange(func(ctx app.Context, e app.Event) {
			set(ctx.JSSrc().Get("checked").Bool())
		}),
		app.Text(" "+label),
	)
}
