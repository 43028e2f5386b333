package classroom

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/app/annotator"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/storage"
	"whosaid/app/wording"
	"whosaid/internal/wire"
)

// StudentPage (/exercise/{code}) is the student's side: the exercise's
// instructions, submit and feedback above the normal annotator.
//
// Before the annotator mounts, this page saves the student's work in the
// exercise's store (a corner of the browser's storage for this class) and
// makes it the last open document, so the annotator opens it as it opens
// any document. The annotator is set up for the exercise: that store, no
// sync, no files or Library, suggestions if the teacher allows them, and
// each save in the browser told to this page (OnSaveState), which then
// sends the saved set to the server. Submitting sends the same saved set.
type StudentPage struct {
	app.Compo
	// pageCtx is the page component's own context, kept from OnMount:
	// a button's context dies with the button, and with it any callback or
	// timer started from it (the dashboard stopped polling after "Close").
	pageCtx app.Context
	live    bool
	code    string
	entry   classEntry
	me      *wire.Me
	store   *storage.Store // the exercise's work in this browser
	annot   *annotator.Annotator
	local   events.SaveState // the annotator's save status

	lastSent string // the work as the server has it (native JSON)
	sending  bool
	server   string // what the server save status says
	serverOK bool
	fb       *exercise.Feedback
	showFb   bool
	// showFbOnArrival scrolls to the feedback when it comes after a Submit.
	showFbOnArrival bool
	err             string
	rejoin          bool // the server no longer knows this browser's token
	pollGen         int  // the newest look-again timer; older ones stop
	gone            bool
}

func (p *StudentPage) OnMount(ctx app.Context) {
	p.pageCtx = ctx
	p.live = true
	raw := strings.TrimPrefix(ctx.Page().URL().Path, "/exercise/")
	code, err := exercise.ParseClassCode(raw)
	if err != nil {
		p.err = err.Error()
		return
	}
	p.code = code
	if !storage.GetJSON(local(), classPrefix+code, &p.entry) || p.entry.Token == "" {
		ctx.Navigate("/join?code=" + url.QueryEscape(code))
		return
	}
	p.store = exerciseStore(code)
	p.loadMe(ctx, true)
}

func (p *StudentPage) OnDismount() { p.gone = true }

func (p *StudentPage) api(ctx app.Context, method, path string, body []byte, done func(ctx app.Context, r apiResult)) {
	if p.pageCtx != nil {
		ctx = p.pageCtx
	}
	callAPI(ctx, method, "/api/v1/classes/"+url.PathEscape(p.code)+"/me"+path, p.entry.Token, body, done)
}

// loadMe reads the exercise and the student's status; first is the first
// load, which opens the work in the annotator.
func (p *StudentPage) loadMe(ctx app.Context, first bool) {
	p.api(ctx, "GET", "", nil, func(ctx app.Context, r apiResult) {
		if r.Status == 401 {
			p.err, p.rejoin = "This browser's place in the class is no longer known (the teacher may have deleted the class's data). Join again.", true
			return
		}
		var me wire.Me
		if err := r.decode(&me); err != nil {
			if first {
				p.err = "The exercise could not be loaded. " + wording.Sentence(err.Error())
				return
			}
			// The page stays as it is (the work is in the browser);
			// look again later.
			p.server, p.serverOK = "Not in touch with the class. "+wording.Sentence(err.Error())+" Your work is kept in this browser and sent when the connection is back.", false
			p.lookAgain(ctx)
			return
		}
		p.me = &me
		if first {
			p.openWork(ctx)
		}
		// Feedback released, withheld, or its key shown (closed) or hidden
		// again (reopened): read it again.
		switch {
		case !me.Feedback:
			p.fb = nil
		case p.fb == nil || p.fb.KeyShown != me.KeyShown:
			p.loadFeedback(ctx)
		}
		// Work a failed save did not send goes now (or the closed state
		// is told).
		p.pushWork(ctx)
		p.lookAgain(ctx)
	})
}

// lookAgain reads the exercise again in a while: feedback released later,
// the exercise closed or reopened, the server back after a failure. Only
// the newest timer runs, however many loads scheduled one.
func (p *StudentPage) lookAgain(ctx app.Context) {
	p.pollGen++
	gen := p.pollGen
	ctx.After(10*time.Second, func(ctx app.Context) {
		if !p.gone && gen == p.pollGen {
			p.loadMe(ctx, false)
		}
	})
}

// openWork puts the student's work in the exercise's own store as the
// last open
// document and mounts the annotator on it: the browser's copy if it has
// one (only this browser holds the student's token, so its copy is the
// newest: it may hold changes the server never got, made while the server
// was out of reach, which are sent now); else the server's copy; else an
// empty set. The annotations this browser has of the same article,
// outside the exercise, are not touched.
func (p *StudentPage) openWork(ctx app.Context) {
	store := p.store
	doc := p.me.Document
	var server *annotate.Set
	if len(p.me.Work) > 0 && string(p.me.Work) != "null" {
		s, err := native.Decode(p.me.Work)
		if err != nil {
			p.err = "Your saved work could not be read: " + err.Error()
			return
		}
		server = s
	}
	if _, err := store.Load(doc.ID); err == nil {
		// Kept: pushWork sends it if the server's copy differs.
		if server != nil {
			data, _ := native.Encode(server)
			p.lastSent = string(data)
		}
	} else {
		set := server
		if set == nil {
			set = annotate.NewSet(doc)
		}
		data, err := native.Encode(set)
		if err != nil {
			p.err = err.Error()
			return
		}
		if err := store.Save(set); err != nil {
			p.err = err.Error()
		}
		// The server has this (or, for a fresh start, nothing to send
		// until the first change).
		p.lastSent = string(data)
	}
	store.SetLastOpen(doc.ID)
	p.server, p.serverOK = "Saved to the class", true
	p.annot = &annotator.Annotator{Store: store, Suggestions: p.me.Exercise.AllowSuggestions, OnSaveState: p.onLocalSave}
}

// onLocalSave runs when the annotator's save status changes: once saved
// in the browser, the work goes to the server.
func (p *StudentPage) onLocalSave(ctx app.Context, st events.SaveState) {
	p.local = st
	if st.State == events.Saved {
		p.pushWork(ctx)
	}
	p.Update() // the Submit button waits for the save
}

// currentWork is the work as the annotator last saved it.
func (p *StudentPage) currentWork(ctx app.Context) ([]byte, error) {
	set, err := p.store.Load(p.me.Document.ID)
	if err != nil {
		return nil, err
	}
	return native.Encode(set)
}

func (p *StudentPage) pushWork(ctx app.Context) {
	if p.me == nil || p.annot == nil || p.sending {
		return
	}
	data, err := p.currentWork(ctx)
	if err != nil {
		return
	}
	if string(data) == p.lastSent {
		p.server, p.serverOK = "Saved to the class", true
		return
	}
	if p.me.State != wire.StateOpen {
		p.server, p.serverOK = "Not sent: the exercise is closed. Your latest changes stay in this browser only.", false
		return
	}
	p.sending = true
	p.server, p.serverOK = "Saving to the class…", true
	p.api(ctx, "PUT", "/work", data, func(ctx app.Context, r apiResult) {
		p.sending = false
		var v wire.WorkSaved
		if err := r.decode(&v); err != nil {
			p.server, p.serverOK = "Not saved to the class yet. "+wording.Sentence(err.Error())+" Your work is kept in this browser; it is sent again in a few seconds.", false
			return
		}
		p.lastSent = string(data)
		p.me.Changed = v.Changed
		p.server, p.serverOK = "Saved to the class", true
		// Changes made while this save was on its way go next.
		p.pushWork(ctx)
	})
}

func (p *StudentPage) onSubmit(ctx app.Context, e app.Event) {
	data, err := p.currentWork(ctx)
	if err != nil {
		p.err = err.Error()
		return
	}
	p.sending = true
	p.api(ctx, "POST", "/submit", data, func(ctx app.Context, r apiResult) {
		p.sending = false
		if !r.ok() {
			p.err = "Not submitted. " + wording.Sentence(r.message())
			return
		}
		p.err = ""
		p.lastSent = string(data)
		p.me.Status, p.me.Changed = exercise.StatusSubmitted, false
		p.me.AttemptsLeft = max(p.me.AttemptsLeft-1, 0)
		p.server, p.serverOK = "Saved to the class", true
		p.fb = nil
		// The feedback comes next: nothing covers it, and it shows.
		p.annot.CloseEditor()
		p.showFbOnArrival = true
		p.loadMe(ctx, false)
	})
}

// onRetry loads the exercise again after a first load failed.
func (p *StudentPage) onRetry(ctx app.Context, e app.Event) {
	p.err = ""
	p.loadMe(ctx, true)
}

func (p *StudentPage) loadFeedback(ctx app.Context) {
	p.api(ctx, "GET", "/feedback", nil, func(ctx app.Context, r apiResult) {
		var v wire.Feedback
		if err := r.decode(&v); err != nil {
			return // not released yet
		}
		p.fb, p.showFb = &v.Feedback, true
		if p.showFbOnArrival {
			p.showFbOnArrival = false
			ctx.Defer(func(app.Context) {
				if fb := browser.Query("#feedback"); browser.Obj(fb) {
					browser.ScrollIntoView(fb, "start", browser.ScrollBehavior())
				}
			})
		}
	})
}

func (p *StudentPage) Render() app.UI {
	if p.me == nil || p.annot == nil {
		return p.renderLoading()
	}
	// Always a div here, shown or not: the annotator after it must keep
	// its place among the children (go-app diffs by position, and moving
	// a mounted component ends the program: hiding the feedback or
	// submitting again did).
	fb := app.Div().ID("feedback-slot")
	if p.fb != nil && p.showFb {
		fb = fb.Class("ex-page").Body(renderFeedback(*p.fb, goToParagraph))
	}
	return app.Div().ID("exercise-student").Body(
		exerciseStyle(),
		p.renderBar(),
		fb,
		p.annot,
	)
}

// renderLoading is the page while the exercise loads, or why it did not.
func (p *StudentPage) renderLoading() app.UI {
	m := app.Main().ID("exercise-loading").Class("ex-page")
	if p.live {
		m = m.DataSet("live", "true")
	}
	msg := "Loading the exercise…"
	if p.err != "" {
		msg = p.err
	}
	return m.Body(exerciseStyle(), app.P().ID("student-error").Class("ex-error").Text(msg),
		app.If(p.rejoin, app.A().Href("/join?code="+url.QueryEscape(p.code)).Text("Join the class")),
		app.If(p.err != "" && !p.rejoin && p.code != "", app.Button().ID("btn-retry").Class("primary").OnClick(p.onRetry).Text("Try again")))
}

// renderBar is the exercise above the annotator: title, instructions,
// what to do next, where the work is, Submit and the feedback.
func (p *StudentPage) renderBar() app.UI {
	me := p.me
	open := me.State == wire.StateOpen
	var due app.UI
	if me.Exercise.Due != nil {
		due = app.Span().Class("muted").Text(" · due " + me.Exercise.Due.Local().Format("Mon 2 Jan 15:04"))
	}
	status := "Not submitted yet"
	if me.Submitted != nil {
		status = "Submitted " + me.Submitted.Local().Format("15:04")
	}
	if !open {
		status += " · the exercise is closed"
	}
	// A named section: a landmark, so nothing of the page is outside one.
	return app.Section().ID("student-bar").Class("ex-student-bar").Aria("label", "Exercise").Body(
		app.H1().ID("ex-title").Body(app.Text(me.Exercise.Title), due),
		app.If(me.Exercise.Instructions != "", app.P().ID("ex-instructions").Class("ex-instr").Text(me.Exercise.Instructions)),
		nextStep(me, open),
		app.P().Body(
			app.Span().Text(me.Name+" · "),
			app.Span().ID("ex-status").DataSet("status", string(me.Status)).Text(status),
			app.Text(" · "),
			app.Span().ID("server-save").DataSet("ok", p.serverOK).Text(p.server),
		),
		app.Button().ID("btn-submit").Class("primary").
			Disabled(!open || p.sending || p.local.State == events.Pending || me.AttemptsLeft == 0).
			OnClick(p.onSubmit).Text(map[bool]string{true: "Submit again", false: "Submit"}[me.Submitted != nil]),
		app.If(me.Attempts > 0, app.Span().ID("ex-attempts").Class("muted ex-attempts").Text(attemptsLine(me))),
		app.If(p.fb != nil, app.Button().ID("btn-feedback").OnClick(func(ctx app.Context, e app.Event) { p.showFb = !p.showFb }).
			Text(map[bool]string{true: "Hide feedback", false: "Show feedback"}[p.showFb])),
		app.If(me.Submitted != nil && p.fb == nil && me.Exercise.Feedback == exercise.FeedbackOnRelease, app.Span().ID("fb-wait").Class("muted").Text("Your teacher releases the feedback later.")),
		app.If(p.err != "", app.P().ID("student-error").Class("ex-error").Role("alert").Text(p.err)),
		app.If(p.rejoin, app.A().ID("rejoin-link").Href("/join?code="+url.QueryEscape(p.code)).Text("Join the class again (your work in this browser is kept)")),
	)
}

// attemptsLine says how many times the student submitted and may still.
func attemptsLine(me *wire.Me) string {
	line := fmt.Sprintf("Submitted %d times", me.Attempts)
	if me.Attempts == 1 {
		line = "Submitted once"
	}
	if me.AttemptsLeft > 0 {
		line += fmt.Sprintf(" · %d more allowed", me.AttemptsLeft)
	}
	return line
}

// noAttemptsLeft explains a Submit button that no longer submits.
func noAttemptsLeft(me *wire.Me) string {
	if me.Exercise.OneSubmission {
		return "You have submitted: this exercise takes one submission. Your teacher sees the work you submitted."
	}
	return fmt.Sprintf("You have submitted %d times, the most this exercise takes. Your teacher sees your last submission.", me.Attempts)
}

// nextStep says what to do next: how to hand the work in, that a change
// made after submitting is not handed in yet, or that no submission is
// left; nil when there is nothing to say.
func nextStep(me *wire.Me, open bool) app.UI {
	line := func(text string) app.HTMLP { return app.P().ID("ex-next").Class("ex-next").Text(text) }
	switch {
	case !open:
	case me.Submitted == nil && me.Exercise.OneSubmission:
		return line("Mark the claims in the article below; your work is saved as you go. " +
			"When you are done, press Submit: this exercise takes one submission, so check your work first.")
	case me.Submitted == nil:
		return line("Mark the claims in the article below; your work is saved as you go. " +
			"When you are done, press Submit. You can submit again until your teacher closes the exercise.")
	case me.AttemptsLeft == 0:
		return line(noAttemptsLeft(me))
	case me.Changed:
		return line("You have changed your work since you submitted it: your teacher sees the submitted version until you press Submit again.").
			Class("ex-changed").DataSet("changed", true)
	}
	return nil
}
