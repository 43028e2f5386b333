package main

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// apiResponse is what a call to the sync API answered. Err is set when no
// answer came (network down, server gone, timeout): Status is then 0.
type apiResponse struct {
	Status     int
	ETag       int // the version in the ETag header, -1 if none
	RetryAfter int // seconds, from Retry-After (429)
	Body       string
	JSON       bool // the body is JSON (a static host answers HTML)
	Err        error
}

// apiError is the error message of a JSON error body, with its problems.
func (r apiResponse) apiError() string {
	var e struct {
		Error    string `json:"error"`
		Problems []struct {
			Path    string `json:"path"`
			Message string `json:"message"`
		} `json:"problems"`
	}
	if json.Unmarshal([]byte(r.Body), &e) != nil || e.Error == "" {
		return "the server answered " + strconv.Itoa(r.Status)
	}
	msg := e.Error
	for _, p := range e.Problems {
		msg += "; " + p.Path + ": " + p.Message
	}
	return msg
}

// apiTimeoutMillis bounds each call, so a server that hangs counts as
// offline rather than holding the sync forever.
const apiTimeoutMillis = 15000

// apiFetch calls the API with the browser's fetch (net/http would add
// megabytes to app.wasm) and calls done on the UI goroutine through run.
// headers are sent as given; body "" sends none.
func apiFetch(run func(func()), method, path string, headers map[string]string, body string, done func(apiResponse)) {
	if !app.IsClient {
		run(func() { done(apiResponse{Err: errors.New("sync needs the browser")}) })
		return
	}
	win := app.Window()
	var funcs []app.Func
	once := false
	finish := func(r apiResponse) {
		if once {
			return
		}
		once = true
		run(func() {
			for _, f := range funcs {
				f.Release()
			}
			done(r)
		})
	}
	h := map[string]any{}
	for k, v := range headers {
		h[k] = v
	}
	opts := map[string]any{"method": method, "headers": h, "cache": "no-store", "credentials": "same-origin"}
	if body != "" {
		opts["body"] = body
	}
	if t := jsGet(win, "AbortSignal", "timeout"); t.Truthy() && t.Type() == app.TypeFunction {
		opts["signal"] = win.Get("AbortSignal").Call("timeout", apiTimeoutMillis)
	}
	var resp apiResponse
	onErr := app.FuncOf(func(this app.Value, args []app.Value) any {
		msg := "network error"
		if len(args) > 0 {
			if m := jsString(jsGet(args[0], "message")); m != "" {
				msg = m
			}
		}
		finish(apiResponse{Err: errors.New(msg)})
		return nil
	})
	onText := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			resp.Body = jsString(args[0])
		}
		finish(resp)
		return nil
	})
	onResp := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || !jsObj(args[0]) {
			finish(apiResponse{Err: errors.New("no response")})
			return nil
		}
		r := args[0]
		resp.Status, _ = jsInt(r.Get("status"))
		hs := r.Get("headers")
		resp.ETag = parseETag(jsString(jsCall(hs, "get", "ETag")))
		resp.RetryAfter, _ = strconv.Atoi(strings.TrimSpace(jsString(jsCall(hs, "get", "Retry-After"))))
		resp.JSON = strings.HasPrefix(jsString(jsCall(hs, "get", "Content-Type")), "application/json")
		p := jsCall(r, "text")
		if !jsObj(p) {
			finish(resp)
			return nil
		}
		p.Call("then", onText, onErr)
		return nil
	})
	funcs = append(funcs, onErr, onText, onResp)
	p := jsCall(win, "fetch", path, opts)
	if !jsObj(p) {
		finish(apiResponse{Err: errors.New("fetch is not available")})
		return
	}
	p.Call("then", onResp, onErr)
}

// parseETag reads `"7"` or `W/"7"`; -1 when absent or not a version.
func parseETag(s string) int {
	s = strings.TrimPrefix(strings.TrimSpace(s), "W/")
	n, err := strconv.Atoi(strings.Trim(s, `"`))
	if err != nil || s == "" {
		return -1
	}
	return n
}
