package syncer

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/app/storage"
	"whosaid/internal/wire"
)

// The engine's world in a test: a fake annotation API (one owner's sets,
// with versions, If-Match and 409s as the server answers them), a fake
// clock whose timers fire when the test moves it, and a queue of answers
// delivered when the test settles the engine — never inside Send, as in
// the browser.

// fakeServer is one owner's documents on the server.
type fakeServer struct {
	sets     map[string]stored
	down     bool // no answer at all (offline)
	static   bool // a static host: /healthz is HTML
	busy     int  // answer this many requests 429 first
	full     bool // refuse a new document: over the token's quota (429, no Retry-After)
	loseNext bool // store the next PUT, but lose its answer (a timeout)
	calls    []string
}

type stored struct {
	version int
	raw     string
}

func (f *fakeServer) answer(r Request) Response {
	f.calls = append(f.calls, r.Method+" "+r.Path)
	switch {
	case f.down:
		return Response{Err: fmt.Errorf("Failed to fetch")}
	case r.Path == "/healthz" && f.static:
		return Response{Status: 200, ContentType: "text/html", Body: "<html>"}
	case r.Path == "/healthz":
		return jsonAnswer(200, wire.Health{Status: "ok"})
	case !strings.HasPrefix(r.Header["Authorization"], "Bearer "):
		return jsonAnswer(401, wire.Error{Error: "missing token"})
	case f.busy > 0:
		f.busy--
		return Response{Status: 429, RetryAfter: "3", ContentType: "application/json", Body: `{"error":"too many requests"}`}
	case f.full && r.Method == "PUT" && f.sets[strings.TrimSuffix(strings.TrimPrefix(r.Path, "/api/v1/documents/"), "/set")].raw == "":
		return jsonAnswer(429, wire.Error{Error: "too many documents: this owner token may keep 1000"})
	case r.Method == "GET" && r.Path == "/api/v1/documents":
		return f.list()
	}
	id, isSet := strings.CutSuffix(strings.TrimPrefix(r.Path, "/api/v1/documents/"), "/set")
	switch {
	case r.Method == "DELETE" && !isSet:
		delete(f.sets, id)
		return Response{Status: 204}
	case r.Method == "GET" && isSet:
		return f.get(id, r.Header["If-None-Match"])
	case r.Method == "PUT" && isSet:
		return f.put(id, r.Header["If-Match"], r.Body)
	}
	return jsonAnswer(404, wire.Error{Error: "no such endpoint"})
}

func (f *fakeServer) list() Response {
	var l wire.DocumentList
	for id, s := range f.sets {
		l.Documents = append(l.Documents, wire.DocumentInfo{ID: id, Version: int64(s.version)})
	}
	sort.Slice(l.Documents, func(i, j int) bool { return l.Documents[i].ID < l.Documents[j].ID })
	return jsonAnswer(200, l)
}

func (f *fakeServer) get(id, ifNoneMatch string) Response {
	s, ok := f.sets[id]
	if !ok {
		return Response{Status: 204} // as the server answers: nothing stored yet
	}
	etag := fmt.Sprintf("%q", fmt.Sprint(s.version))
	if ifNoneMatch == etag {
		return Response{Status: 304, ETag: etag}
	}
	return Response{Status: 200, ETag: etag, ContentType: "application/json", Body: s.raw}
}

func (f *fakeServer) put(id, ifMatch, body string) Response {
	cur := f.sets[id]
	if ifMatch != fmt.Sprintf("%q", fmt.Sprint(cur.version)) {
		c := wire.Conflict{Error: "version conflict", Version: int64(cur.version), Set: json.RawMessage("null")}
		if cur.raw != "" {
			c.Set = json.RawMessage(cur.raw)
		}
		r := jsonAnswer(409, c)
		r.ETag = fmt.Sprintf("%q", fmt.Sprint(cur.version))
		return r
	}
	f.sets[id] = stored{version: cur.version + 1, raw: body}
	if f.loseNext {
		f.loseNext = false
		return Response{Err: fmt.Errorf("signal timed out")}
	}
	r := jsonAnswer(200, wire.SetSaved{Version: int64(cur.version + 1)})
	r.ETag = fmt.Sprintf("%q", fmt.Sprint(cur.version+1))
	return r
}

func jsonAnswer(status int, v any) Response {
	b, _ := json.Marshal(v)
	return Response{Status: status, ContentType: "application/json", Body: string(b)}
}

// world is the engine under test and everything around it.
type world struct {
	t       *testing.T
	srv     *fakeServer
	now     time.Time
	timers  []timer
	waits   []time.Duration // every timer set, in order
	answers []func()
	store   *storage.Store
	s       *Syncer

	statuses []Status
	takenIn  []takeIn
	pulled   int
}

type timer struct {
	at time.Time
	f  func()
}

type takeIn struct {
	set *annotate.Set
	rep *annotate.MergeReport
}

func (w *world) Send(r Request, done func(Response)) {
	resp := w.srv.answer(r)
	w.answers = append(w.answers, func() { done(resp) })
}

func (w *world) Now() time.Time { return w.now }

func (w *world) After(d time.Duration, f func()) {
	w.waits = append(w.waits, d)
	w.timers = append(w.timers, timer{at: w.now.Add(d), f: f})
}

func newWorld(t *testing.T) *world {
	w := &world{t: t, srv: &fakeServer{sets: map[string]stored{}}, now: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	w.store = storage.NewStoreAt(storage.NewMemory(), func() time.Time { return w.now })
	w.s = New(w.store, w, w, true)
	w.s.Device = "Test browser · 0001"
	w.s.OnStatus = func(st Status) { w.statuses = append(w.statuses, st) }
	w.s.OnTakeIn = func(set *annotate.Set, rep *annotate.MergeReport) { w.takenIn = append(w.takenIn, takeIn{set, rep}) }
	w.s.OnPulled = func(n int) { w.pulled += n }
	return w
}

// settle delivers answers until none is left (timers do not fire).
func (w *world) settle() {
	for i := 0; len(w.answers) > 0; i++ {
		if i > 1000 {
			w.t.Fatal("the engine never settles")
		}
		next := w.answers[0]
		w.answers = w.answers[1:]
		next()
	}
}

// wait moves the clock on by d, firing the timers due, and settles.
func (w *world) wait(d time.Duration) {
	end := w.now.Add(d)
	for {
		w.settle()
		sort.SliceStable(w.timers, func(i, j int) bool { return w.timers[i].at.Before(w.timers[j].at) })
		if len(w.timers) == 0 || w.timers[0].at.After(end) {
			break
		}
		tm := w.timers[0]
		w.timers = w.timers[1:]
		w.now = tm.at
		tm.f()
	}
	w.now = end
}

// state is the last status shown.
func (w *world) state() State {
	if len(w.statuses) == 0 {
		return ""
	}
	return w.statuses[len(w.statuses)-1].State
}

// message is the last status's words.
func (w *world) message() string {
	if len(w.statuses) == 0 {
		return ""
	}
	return w.statuses[len(w.statuses)-1].Message
}

const text = "“We have a common goal,” Lavrov said. Wang agreed — mostly.\n\nChina said it hasn’t sought to benefit from the war."

// doc is the article both devices annotate.
func doc() annotate.Document {
	return annotate.DocumentFromText(annotate.Document{Title: "Test"}, text)
}

// edit applies ops to set through a history on device, as the page does.
func edit(t *testing.T, set *annotate.Set, device string, ops ...annotate.Op) *annotate.Set {
	t.Helper()
	h := annotate.NewHistory(set.Clone())
	h.Device = device
	for _, op := range ops {
		if err := h.Do(op); err != nil {
			t.Fatal(err)
		}
	}
	return h.Set()
}

// claimOn makes a claim over the first occurrence of quote.
func claimOn(t *testing.T, id, quote string) annotate.Claim {
	t.Helper()
	i := strings.Index(text, quote)
	if i < 0 {
		t.Fatalf("%q not in the text", quote)
	}
	ix := annotate.NewTextIndex(text)
	s := annotate.RuneLen(text[:i])
	return annotate.Claim{ID: id, Span: annotate.MakeSpan(ix, s, s+annotate.RuneLen(quote))}
}

// serverSet is the set the server holds for the document.
func (w *world) serverSet(id string) *annotate.Set {
	w.t.Helper()
	s, ok := w.srv.sets[id]
	if !ok {
		w.t.Fatalf("the server has no set for %s", id)
	}
	set, err := native.Decode([]byte(s.raw))
	if err != nil {
		w.t.Fatal(err)
	}
	return set
}

// save is an autosave: the page's set written to the store, then Saved.
func (w *world) save(set *annotate.Set) {
	w.t.Helper()
	if err := w.store.Save(set); err != nil {
		w.t.Fatal(err)
	}
	w.s.Saved(set)
	w.settle()
}

func claimIDs(s *annotate.Set) []string {
	var ids []string
	for _, c := range s.SortedClaims() {
		ids = append(ids, c.ID)
	}
	return ids
}
