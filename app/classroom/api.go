// Package classroom is the classroom's pages in the browser
// (docs/classroom.md): the teacher's (/teach: make an exercise from the
// annotator's article; /teach/{id}: the class's dashboard; /teach/files:
// score students' files without a server) and the student's (/join;
// /exercise/{code}: the exercise, in the annotator set up for it;
// /exercise/file: the same without a server).
//
// Knowledge flows one way: these pages mount the annotator (package
// annotator) and set it up — its store, whether it offers suggestions,
// what it does once work is saved — and the annotator knows nothing of
// them. Exercise work is kept in its own corner of the browser's storage
// (storage.Within), apart from the browser's own annotations.
package classroom

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/app/browser"
	"whosaid/app/storage"
	"whosaid/internal/wire"
)

// apiResult is the answer of a classroom API call.
type apiResult struct {
	Status int
	Body   []byte
	Err    error // network failure; HTTP errors have Status ≥ 400
}

// ok tells whether the call succeeded with a 2xx status.
func (r apiResult) ok() bool { return r.Err == nil && r.Status >= 200 && r.Status < 300 }

// problem is the API's error answer.
func (r apiResult) problem() wire.Error { return wire.DecodeError(r.Status, r.Body) }

// message says what went wrong: the API's error, its problems listed
// with their paths, one a line.
func (r apiResult) message() string {
	if r.Err != nil {
		return r.Err.Error()
	}
	return strings.Join(r.problem().Lines(), "\n")
}

// decode reads a successful answer's JSON into v.
func (r apiResult) decode(v any) error {
	if !r.ok() {
		return errors.New(r.message())
	}
	return json.Unmarshal(r.Body, v)
}

// callAPI calls the classroom API. auth is the teacher secret or student
// token ("" for none); body is JSON (nil for none). done runs on the UI
// goroutine.
func callAPI(ctx app.Context, method, path, auth string, body []byte, done func(ctx app.Context, r apiResult)) {
	req := browser.Request{Method: method, URL: path, Header: map[string]string{}}
	if auth != "" {
		req.Header["Authorization"] = "Bearer " + auth
	}
	if body != nil {
		req.Header["Content-Type"] = "application/json"
		req.Body = body
	}
	browser.FetchIn(ctx, req, func(ctx app.Context, r browser.Response) {
		if r.Err != nil {
			// The browser's own words ("Failed to fetch") tell a student
			// nothing.
			done(ctx, apiResult{Err: errNoServer})
			return
		}
		done(ctx, apiResult{Status: r.Status, Body: r.Body})
	})
}

// errNoServer is a fetch that got no answer: offline, or the server down.
var errNoServer = errors.New("Could not reach the server: check the internet connection, then try again.")

// Browser-side keys of the classroom, in this browser's storage.
const (
	teachPrefix = storage.Prefix + "teach/" // + exercise id → teacherEntry
	classPrefix = storage.Prefix + "class/" // + class code → classEntry
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

// local is this browser's storage.
func local() storage.KV { return storage.Local() }

// teacherEntries lists the exercises this browser created.
func teacherEntries() []teacherEntry {
	var out []teacherEntry
	for _, k := range storage.KeysUnder(local(), teachPrefix) {
		var e teacherEntry
		if storage.GetJSON(local(), k, &e) && e.ID != "" {
			out = append(out, e)
		}
	}
	return out
}

// exerciseStore is the store of a class's work in this browser: a corner
// of its own (name: the class code, or "file" for the exercise file), so
// a student's work never replaces the annotations this browser has of the
// same article, and the Library and sync never see it.
func exerciseStore(name string) *storage.Store {
	return storage.NewStore(storage.Within(local(), "ex/"+name))
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
