package classroom

import (
	"encoding/json"
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
	"whosaid/app/browser"
	"whosaid/app/storage"
	"whosaid/app/wording"
	"whosaid/internal/wire"
)

// JoinPage (/join?code=K7M-4QX) lets a student join a class with the code
// and a display name: no account, nothing else asked.
type JoinPage struct {
	app.Compo
	live bool
	// initCode (from the address) is the code field's first value; the
	// fields are not bound to code and name after that, since re-rendering
	// a field's value while the user types drops characters.
	initCode string
	code     string      // as typed, for checkPrev
	prev     *classEntry // this browser joined the class before
	busy     bool
	err      string
	errField string // id of the field the error is about, or ""
	stops    []func()
}

func (p *JoinPage) OnMount(ctx app.Context) {
	p.live = true
	p.initCode = ctx.Page().URL().Query().Get("code")
	p.code = p.initCode
	p.checkPrev()
	// A raw listener: go-app's OnSubmit runs after the event, too late to
	// stop the browser from submitting the form (reloading the page).
	p.stops = append(p.stops, browser.Listen(ctx.JSSrc(), "submit", false, func(e app.Value) {
		if browser.String(browser.Get(e, "target", "id")) != "join-form" {
			return
		}
		browser.Call(e, "preventDefault")
		code, _ := browser.InputValue("#join-code")
		name, _ := browser.InputValue("#join-name")
		ctx.Dispatch(func(ctx app.Context) { p.join(ctx, code, name) })
	}))
}

func (p *JoinPage) OnDismount() { browser.StopAll(&p.stops) }

func (p *JoinPage) checkPrev() {
	p.prev = nil
	if c, err := exercise.ParseClassCode(p.code); err == nil {
		var e classEntry
		if storage.GetJSON(local(), classPrefix+c, &e) && e.Token != "" {
			p.prev = &e
		}
	}
}

// join asks the server for a place in the class (the form's submit, by
// button or Enter).
func (p *JoinPage) join(ctx app.Context, rawCode, rawName string) {
	if p.busy {
		return
	}
	code, err := exercise.ParseClassCode(rawCode)
	if err != nil {
		p.fail(ctx, "join-code", codeProblem(rawCode, err))
		return
	}
	name, err := exercise.NormalizeName(rawName)
	if err != nil {
		p.fail(ctx, "join-name", nameProblem(err))
		return
	}
	p.busy, p.err, p.errField = true, "", ""
	// First ask whether the name is free: a taken name is then an answer
	// to show, not a refused join (a 409 in the browser's console).
	path := "/api/v1/classes/" + url.PathEscape(code)
	callAPI(ctx, "GET", path+"?name="+url.QueryEscape(name), "", nil, func(ctx app.Context, r apiResult) {
		var info wire.ClassInfo
		switch {
		case r.ok() && r.decode(&info) == nil && info.NameTaken != nil && *info.NameTaken:
			p.busy = false
			p.fail(ctx, "join-name", nameTakenMessage(name))
		case r.ok() && !info.Open:
			p.busy = false
			p.fail(ctx, "", closedMessage)
		case r.ok() || r.Status == 0 || r.Status == 429:
			p.post(ctx, code, name) // (the join says what went wrong, if anything)
		default:
			p.busy = false
			field, msg := joinRefusal(r, code, name)
			p.fail(ctx, field, msg)
		}
	})
}

// post joins the class as name.
func (p *JoinPage) post(ctx app.Context, code, name string) {
	body, _ := json.Marshal(wire.Join{Name: name})
	callAPI(ctx, "POST", "/api/v1/classes/"+url.PathEscape(code)+"/join", "", body, func(ctx app.Context, r apiResult) {
		p.busy = false
		var j wire.Joined
		if !r.ok() {
			field, msg := joinRefusal(r, code, name)
			p.fail(ctx, field, msg)
			return
		}
		if err := r.decode(&j); err != nil {
			p.err = err.Error()
			return
		}
		if err := storage.SetJSON(local(), classPrefix+code, classEntry{Code: code, Token: j.Token, Name: j.Student.Name}); err != nil {
			p.err = "Could not keep your place in this browser: " + err.Error()
			return
		}
		ctx.Navigate("/exercise/" + code)
	})
}

// fail shows msg, marks the field it is about (if any) and puts the focus
// there, so the student knows what to change.
func (p *JoinPage) fail(ctx app.Context, field, msg string) {
	p.err, p.errField = msg, field
	if field != "" {
		ctx.Defer(func(app.Context) { browser.Focus("#" + field) })
	}
}

// codeProblem says what is wrong with a class code as typed.
func codeProblem(raw string, err error) string {
	if strings.TrimSpace(raw) == "" {
		return "Type the class code your teacher gave you (like K7M-4QX)."
	}
	return "Check the class code: " + strings.TrimPrefix(err.Error(), "class code: ") + "."
}

// nameProblem says what is wrong with a display name as typed.
func nameProblem(err error) string {
	msg := strings.TrimPrefix(err.Error(), "display name: ")
	if msg == "missing" {
		return "Type your name, as your teacher should see it."
	}
	return "Check your name: " + msg + "."
}

func nameTakenMessage(name string) string {
	return "Someone in this class already uses the name “" + name + "”: add an initial or a number."
}

const closedMessage = "This exercise is closed: it takes no new students. Ask your teacher to reopen it."

// joinRefusal turns the server's refusal of a join into what the student
// should do, and the field it is about.
func joinRefusal(r apiResult, code, name string) (field, msg string) {
	about := r.problem().About
	switch {
	case r.Err != nil:
		return "", r.Err.Error()
	case r.Status == 404:
		return "join-code", "No class has the code " + code + ". Check it with your teacher: a code looks like K7M-4QX."
	case r.Status == 409 && about("name"):
		return "join-name", nameTakenMessage(name)
	case r.Status == 400 && about("name"):
		return "join-name", "Check your name: " + wording.Sentence(r.message())
	case r.Status == 409 && about("state"):
		return "", closedMessage
	case r.Status == 429:
		return "", "Too many tries from this network: wait a minute, then press Join again."
	}
	return "", wording.Sentence(r.message())
}

func (p *JoinPage) Render() app.UI {
	m := app.Main().ID("join").Class("ex-page")
	if p.live {
		m = m.DataSet("live", "true")
	}
	return m.Body(
		exerciseStyle(),
		app.H1().Text("Join a class"),
		// Submitted by the raw listener set in OnMount.
		app.Form().ID("join-form").Body(
			app.Label().For("join-code").Text("Class code"),
			app.Input().ID("join-code").Type("text").AutoComplete(false).Placeholder("K7M-4QX").Value(p.initCode).
				Aria("invalid", p.errField == "join-code").Aria("describedby", map[bool]string{true: "join-error"}[p.errField == "join-code"]).
				OnInput(func(ctx app.Context, e app.Event) {
					p.code = browser.String(browser.Get(ctx.JSSrc(), "value"))
					p.checkPrev()
				}),
			app.Label().For("join-name").Text("Your name as your teacher should see it"),
			app.Input().ID("join-name").Type("text").MaxLength(exercise.MaxNameRunes).AutoComplete(false).
				Aria("invalid", p.errField == "join-name").Aria("describedby", map[bool]string{true: "join-error"}[p.errField == "join-name"]),
			app.P().Class("muted").Text("Only this name is kept: no account, no e-mail."),
			app.If(p.err != "", app.P().ID("join-error").Class("ex-error").Role("alert").Text(p.err)),
			app.Button().ID("join-btn").Type("submit").Class("primary").Disabled(p.busy).Text("Join"),
		),
		app.If(p.prev != nil, func() app.UI {
			if p.prev == nil {
				return nil
			}
			return app.P().ID("join-continue").Body(app.Text("You joined this class before as "), app.Strong().Text(p.prev.Name),
				app.Text(": "), app.A().Href("/exercise/"+p.prev.Code).Text("continue"))
		}()),
		app.P().Body(app.A().Href("/exercise/file").Text("Got an exercise file instead? Open it here.")),
	)
}
