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
	code string
	name string
	prev *classEntry // this browser joined the class before
	busy bool
	err  string
}

func (p *joinPage) OnMount(ctx app.Context) {
	p.live = true
	p.code = ctx.Page().URL().Query().Get("code")
	p.checkPrev()
}

func (p *joinPage) checkPrev() {
	p.prev = nil
	if c, err := exercise.ParseClassCode(p.code); err == nil {
		var e classEntry
		if kvGetJSON(classPrefix+c, &e) && e.Token != "" {
			p.prev = &e
		}
	}
}

func (p *joinPage) onJoin(ctx app.Context, e app.Event) {
	e.PreventDefault()
	code, err := exercise.ParseClassCode(p.code)
	if err != nil {
		p.err = err.Error()
		return
	}
	name, err := exercise.NormalizeName(p.name)
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
		app.Form().ID("join-form").OnSubmit(p.onJoin).Body(
			app.Label().For("join-code").Text("Class code"),
			app.Input().ID("join-code").Type("text").AutoComplete(false).Placeholder("K7M-4QX").Value(p.code).
				OnInput(func(ctx app.Context, e app.Event) { p.code = ctx.JSSrc().Get("value").String(); p.checkPrev() }),
			app.Label().For("join-name").Text("Your name as your teacher should see it"),
			app.Input().ID("join-name").Type("text").MaxLength(exercise.MaxNameRunes).Value(p.name).
				OnInput(func(ctx app.Context, e app.Event) { p.name = ctx.JSSrc().Get("value").String() }),
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
