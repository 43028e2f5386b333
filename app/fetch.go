package main

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// fetchText gets a same-origin URL with the browser's fetch (not net/http,
// which would add megabytes to the wasm) and calls done on the UI
// goroutine with the body or an error.
func fetchText(ctx app.Context, rawURL string, done func(ctx app.Context, body []byte, err error)) {
	fail := func(err error) { ctx.Dispatch(func(ctx app.Context) { done(ctx, nil, err) }) }
	if !app.IsClient {
		fail(errors.New("fetching needs the browser"))
		return
	}
	page := ctx.Page().URL()
	u, err := page.Parse(rawURL)
	if err != nil {
		fail(fmt.Errorf("%q is not a valid address: %v", rawURL, err))
		return
	}
	if u.Scheme != page.Scheme || u.Host != page.Host {
		fail(fmt.Errorf("%s is on another site; only files from %s can be opened by address", u.Redacted(), page.Host))
		return
	}
	var funcs []app.Func
	release := func() {
		for _, f := range funcs {
			f.Release()
		}
	}
	once := false
	finish := func(body []byte, err error) {
		if once {
			return
		}
		once = true
		ctx.Dispatch(func(ctx app.Context) {
			release()
			done(ctx, body, err)
		})
	}
	onErr := app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 {
			if m := args[0].Get("message"); m.Type() == app.TypeString {
				msg = m.String()
			}
		}
		finish(nil, fmt.Errorf("could not load %s: %s", displayURL(u), msg))
		return nil
	})
	onBuf := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			finish(nil, errors.New("empty response"))
			return nil
		}
		b := goBytes(args[0])
		finish(b, nil)
		return nil
	})
	onResp := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			finish(nil, errors.New("no response"))
			return nil
		}
		resp := args[0]
		if !resp.Get("ok").Bool() {
			finish(nil, fmt.Errorf("could not load %s: the server answered %d %s", displayURL(u), resp.Get("status").Int(), resp.Get("statusText").String()))
			return nil
		}
		resp.Call("arrayBuffer").Call("then", onBuf, onErr)
		return nil
	})
	funcs = append(funcs, onErr, onBuf, onResp)
	app.Window().Call("fetch", u.String()).Call("then", onResp, onErr)
}

func displayURL(u *url.URL) string {
	return u.Path
}
