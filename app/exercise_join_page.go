package main

import (
	"encoding/json"
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
)

// joinPage (/join?code=K7M-4QX) lets a student join a class with the code
// and a display name: no account, nothing else asked.
type joinPage struct {
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
	stops    []func()
}

func (p *joinPage) OnMount(ctx app.Context) {
	p.live = true
	p.initCode = ctx.Page().URL().Query().Get("code")
	p.code = p.initCode
	p.checkPrev()
	// A raw listener: go-app's OnSubmit runs after the event, too late to
	// stop the browser from submitting the form (reloading the page).
	p.stops = append(p.stops, listenDOM(ctx.JSSrc(), "submit", false, func(e app.Value) {
		if jsString(jsGet(e, "target", "id")) != "join-form" {
			return
		}
		jsCall(e, "preventDefault")
		code, _ := inputValue("#join-code")
		name, _ := inputValue("#join-name")
		ctx.Dispatch(func(ctx app.Context) { p.join(ctx, code, name) })
	}))
}

func (p *joinPage) OnDismount() { stopAll(&p.stops) }

func (p *joinPage) checkPrev() {
	p.prev = nil
	if c, err := exercise.ParseClassCode(p.code); err == nil {
		var e classEntry
		if kvGetJSON(classPrefix+c, &e) && e.Token != "" {
			p.prev = &e
		}
	}
}

// join asks the server for a place in the class (the form's submit, by
// button or Enter).
func (p *joinPage) join(ctx app.Context, rawCode, rawName string) {
	if p.busy {
		return
	}
	code, err := exercise.ParseClassCode(rawCode)
	if err != nil {
		p.err = err.Error()
		return
	}
	name, err := exercise.NormalizeName(rawName)
	if err != nil {
		p.err = err.Error()
		return
	}
	body, _ := json.Marshal(map[string]string{"name": name})
	p.busy, p.err = true, ""
	callAPI(ctx, "POST", "/api/v1/classes/"+url.PathEscape(code)+"/join", "", body, func(ctx app.Context, r apiResult) {
		p.busy = false
		var j struct {
			Token   string `json:"token"`
			Student struct {
				Name string `json:"name"`
			} `json:"student"`
		}
		if err := r.decode(&j); err != nil {
			p.err = err.Error()
			return
		}
		if err := kvSetJSON(classPrefix+code, classEntry{Code: code, Token: j.Token, Name: j.Student.Name}); err != nil {
			p.err = "Could not keep your place in this browser: " + err.Error()
			return
		}
		ctx.Navigate("/exercise/" + code)
	})
}

func (p *joinPage) Render() app.UI {
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
				OnInput(func(ctx app.Context, e app.Event) { p.code = jsString(jsGet(ctx.JSSrc(), "value")); p.checkPrev() }),
			app.Label().For("join-name").Text("Your name as your teacher should see it"),
			app.Input().ID("join-name").Type("text").MaxLength(exercise.MaxNameRunes),
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
