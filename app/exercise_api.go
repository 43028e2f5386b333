package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// apiResult is the answer of a classroom API call.
type apiResult struct {
	Status int
	Body   []byte
	Err    error // network failure; HTTP errors have Status ≥ 400
}

// ok tells whether the call succeeded with a 2xx status.
func (r apiResult) ok() bool { return r.Err == nil && r.Status >= 200 && r.Status < 300 }

// message says what went wrong, from the API's JSON error (its problems
// listed with their paths).
func (r apiResult) message() string {
	if r.Err != nil {
		return r.Err.Error()
	}
	var e struct {
		Error    string `json:"error"`
		Problems []struct {
			Path    string `json:"path"`
			Message string `json:"message"`
		} `json:"problems"`
	}
	if json.Unmarshal(r.Body, &e) != nil || e.Error == "" {
		return fmt.Sprintf("the server answered %d", r.Status)
	}
	lines := []string{e.Error}
	for _, p := range e.Problems {
		if p.Path != "" {
			lines = append(lines, p.Path+": "+p.Message)
		} else {
			lines = append(lines, p.Message)
		}
	}
	return strings.Join(lines, "\n")
}

// decode reads a successful answer's JSON into v.
func (r apiResult) decode(v any) error {
	if !r.ok() {
		return errors.New(r.message())
	}
	return json.Unmarshal(r.Body, v)
}

// callAPI calls the classroom API with the browser's fetch (net/http would
// add megabytes to the wasm). auth is the teacher secret or student token
// ("" for none); body is JSON (nil for none). done runs on the UI goroutine.
func callAPI(ctx app.Context, method, path, auth string, body []byte, done func(ctx app.Context, r apiResult)) {
	finish := func(r apiResult) { ctx.Dispatch(func(ctx app.Context) { done(ctx, r) }) }
	if !app.IsClient {
		finish(apiResult{Err: errors.New("the classroom needs the browser")})
		return
	}
	headers := map[string]any{}
	if auth != "" {
		headers["Authorization"] = "Bearer " + auth
	}
	init := map[string]any{"method": method, "headers": headers, "cache": "no-store"}
	if body != nil {
		headers["Content-Type"] = "application/json"
		init["body"] = string(body)
	}
	var funcs []app.Func
	once := false
	end := func(r apiResult) {
		if once {
			return
		}
		once = true
		for _, f := range funcs {
			f.Release()
		}
		finish(r)
	}
	status := 0
	onErr := app.FuncOf(func(this app.Value, args []app.Value) any {
		// The browser's own words ("Failed to fetch") tell a student
		// nothing.
		end(apiResult{Err: errNoServer})
		return nil
	})
	onBuf := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			end(apiResult{Status: status})
			return nil
		}
		end(apiResult{Status: status, Body: goBytes(args[0])})
		return nil
	})
	onResp := app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 || !jsObj(args[0]) {
			end(apiResult{Err: errors.New("no response")})
			return nil
		}
		status, _ = jsInt(args[0].Get("status"))
		args[0].Call("arrayBuffer").Call("then", onBuf, onErr)
		return nil
	})
	funcs = append(funcs, onErr, onBuf, onResp)
	app.Window().Call("fetch", path, init).Call("then", onResp, onErr)
}

// errNoServer is a fetch that got no answer: offline, or the server down.
var errNoServer = errors.New("Could not reach the server: check the internet connection, then try again.")

// sentence makes an API message a sentence to show: a capital first
// letter and a full stop.
func sentence(msg string) string {
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return msg
	}
	r, n := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[n:]
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") && !strings.HasSuffix(msg, "!") {
		msg += "."
	}
	return msg
}

// Browser-side keys of the classroom, under the app's storage prefix.
const (
	teachPrefix = keyPrefix + "teach/" // + exercise id → teacherEntry
	classPrefix = keyPrefix + "class/" // + class code → classEntry
)

// teacherEntry is what a teacher's browser keeps of an exercise.
type teacherEntry struct {
	ID     string `json:"id"`
	Secret string `json:"secret"`
	Title  string `json:"title"`
}

// classEntry is what a student's browser keeps of a class joined.
type classEntry struct {
	Code  string `json:"code"`
	Token string `json:"token"`
	Name  string `json:"name"`
}

func kvGetJSON(key string, v any) bool {
	raw, ok := newKV().get(key)
	return ok && json.Unmarshal([]byte(raw), v) == nil
}

func kvSetJSON(key string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return newKV().set(key, string(b))
}

// teacherEntries lists the exercises this browser created.
func teacherEntries() []teacherEntry {
	var out []teacherEntry
	for _, k := range newKV().keys() {
		if strings.HasPrefix(k, teachPrefix) {
			var e teacherEntry
			if kvGetJSON(k, &e) && e.ID != "" {
				out = append(out, e)
			}
		}
	}
	return out
}

// pageOrigin is the page's scheme and host, for links to share.
func pageOrigin(ctx app.Context) string {
	u := ctx.Page().URL()
	return u.Scheme + "://" + u.Host
}

// pct writes a figure in 0..1 as a whole percentage.
func pct(x float64) string { return fmt.Sprintf("%.0f%%", x*100) }

// fig3 writes a figure in 0..1 with three decimals (as the CSV does).
func fig3(x float64) string { return fmt.Sprintf("%.3f", x) }
