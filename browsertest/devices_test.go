package browsertest

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/chromedp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Two devices on one sync server: each is a Chromium with its own
// persistent profile, reaching the server through its own network (a
// proxy) that the test can cut, as when a laptop goes offline, and that
// can lose the answer to a save after the server has stored it, as a
// timeout does.

type device struct {
	name string
	t    *testing.T
	b    *browser
	net  *httptest.Server

	mu      sync.Mutex
	offline bool
	losePut int      // answers to PUT …/set to lose (the server gets the request)
	calls   []string // the sync API calls and their answers: "PUT 409", "PUT lost"
}

func newDevice(t *testing.T, s *server, name string) *device {
	t.Helper()
	target, err := url.Parse(s.URL)
	if err != nil {
		t.Fatal(err)
	}
	d := &device{name: name, t: t}
	proxy := httputil.NewSingleHostReverseProxy(target)
	d.net = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		d.mu.Lock()
		offline, lose := d.offline, d.losePut > 0 && r.Method == "PUT" && strings.HasSuffix(r.URL.Path, "/set")
		if lose {
			d.losePut--
		}
		d.mu.Unlock()
		switch {
		case offline:
			hangUp(w)
		case lose:
			d.forwardThenHangUp(w, r, target)
		default:
			rec := &statusRecorder{ResponseWriter: w, status: 200}
			proxy.ServeHTTP(rec, r)
			if strings.HasPrefix(r.URL.Path, "/api/") {
				d.note(fmt.Sprintf("%s %d", r.Method, rec.status))
			}
		}
	}))
	t.Cleanup(d.net.Close)
	d.b = newBrowser(t, t.TempDir())
	return d
}

// forwardThenHangUp sends the request on to the server, which stores it,
// and loses the answer.
func (d *device) forwardThenHangUp(w http.ResponseWriter, r *http.Request, target *url.URL) {
	body, _ := io.ReadAll(r.Body)
	req, _ := http.NewRequest(r.Method, target.String()+r.URL.RequestURI(), bytes.NewReader(body))
	req.Header = r.Header.Clone()
	resp, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		d.t.Errorf("%s: forwarding the save: %v", d.name, err)
	} else {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		d.note(fmt.Sprintf("PUT %d, answer lost", resp.StatusCode))
	}
	hangUp(w)
}

// hangUp closes the connection without an answer: a network error.
func hangUp(w http.ResponseWriter) {
	if hj, ok := w.(http.Hijacker); ok {
		if conn, _, err := hj.Hijack(); err == nil {
			conn.Close()
			return
		}
	}
	panic(http.ErrAbortHandler)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Flush() {
	if f, ok := r.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

func (d *device) note(call string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.calls = append(d.calls, call)
}

func (d *device) apiCalls() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return append([]string(nil), d.calls...)
}

// open (re)loads the app on this device.
func (d *device) open() {
	d.t.Helper()
	reopen(d.b, d.net.URL+"/")
	d.b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
}

// goOffline cuts the device's network; goOnline gives it back and, as the
// browser does, tells the page (its sync retries at once).
func (d *device) goOffline() {
	d.mu.Lock()
	d.offline = true
	d.mu.Unlock()
}

func (d *device) goOnline() {
	d.mu.Lock()
	d.offline = false
	d.mu.Unlock()
	eval[bool](d.b, `(window.dispatchEvent(new Event("online")), true)`)
}

// label is the device label this browser stamps on the claims it changes.
func (d *device) label() string { return localItem(d.b, "whosaid/v1/device") }

// twoDevices: device A imports the fixture set and syncs it; device B
// takes A's token and gets the set. Both are synced on return.
func twoDevices(t *testing.T) (a, b *device, set *annotate.Set, s *server) {
	t.Helper()
	s = startServer(t)
	set, data := fixtureSet(t)
	a, b = newDevice(t, s, "A"), newDevice(t, s, "B")
	a.open()
	importAnnotations(a.b, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(a.b)
	waitSync(a.b, "synced")
	b.open()
	waitSync(b.b, "synced")
	useToken(b.b, localItem(a.b, tokenKey))
	waitClaims(b.b, len(set.Claims))
	waitSync(b.b, "synced")
	return a, b, set, s
}

// openClaimRow opens a claim from the claims list.
func openClaimRow(b *browser, id string) {
	b.t.Helper()
	clickSel(b, fmt.Sprintf(`#claims-list button.claim-row[data-claim-id=%q]`, id))
	b.Wait(fmt.Sprintf(`document.querySelector("#claim-editor")?.dataset.claimId === %q`, id))
}

// typeNote replaces the open claim's note by typing, then leaves the field
// (its change is one edit).
func typeNote(b *browser, id, note string) {
	b.t.Helper()
	openClaimRow(b, id)
	eval[bool](b, `(() => { const e = document.querySelector("#note-input"); e.focus(); e.select(); return true })()`)
	b.Do(chromedp.SendKeys(chromedp.CSS("#note-input"), note))
	eval[bool](b, `(document.querySelector("#note-input").blur(), true)`)
	b.Wait(fmt.Sprintf(`document.querySelector("#note-input")?.value === %q`, note))
	waitSaved(b)
}

// chooseKind sets the open claim's kind in its select.
func chooseKind(b *browser, id, kind string) {
	b.t.Helper()
	openClaimRow(b, id)
	eval[bool](b, fmt.Sprintf(`(() => { const s = document.querySelector("#kind-select"); s.value = %q; s.dispatchEvent(new Event("change", {bubbles: true})); return true })()`, kind))
	b.Wait(fmt.Sprintf(`document.querySelector("#kind-select")?.value === %q`, kind))
	waitSaved(b)
}

func deleteClaimRow(b *browser, id string) {
	b.t.Helper()
	openClaimRow(b, id)
	clickSel(b, "#delete-claim")
	b.Wait(fmt.Sprintf(`!document.querySelector('#claims-list li[data-claim-id=%q]')`, id))
	waitSaved(b)
}

// storedSet is the device's saved copy of a document.
func storedSet(b *browser, docID string) *annotate.Set {
	b.t.Helper()
	raw := localItem(b, "whosaid/v1/doc/"+docID)
	set, err := native.Decode([]byte(raw))
	if err != nil {
		b.t.Fatalf("the saved copy does not read: %v", err)
	}
	return set
}

// noteKept tells whether a note is on the claim, or kept as one of its
// conflict versions (recoverable); where says which.
func noteKept(set *annotate.Set, claimID, note string) (bool, string) {
	c, ok := set.Claim(claimID)
	if !ok {
		return false, "the claim is gone"
	}
	if c.Note == note {
		return true, "the note"
	}
	for _, v := range c.Conflicts {
		if v.Field == annotate.FieldNote && v.Note == note {
			return true, "a version from " + v.Device
		}
	}
	return false, fmt.Sprintf("note %q, versions %+v", c.Note, c.Conflicts)
}

// wantNotesKept checks every note on both devices (their saved copies,
// after reloads) and on the server.
func wantNotesKept(t *testing.T, s *server, token, docID, claimID string, devs []*device, notes ...string) {
	t.Helper()
	srv, _ := serverSet(t, s.URL, token, docID)
	sets := map[string]*annotate.Set{"server": srv}
	for _, d := range devs {
		sets["device "+d.name] = storedSet(d.b, docID)
	}
	for where, set := range sets {
		for _, n := range notes {
			if ok, got := noteKept(set, claimID, n); !ok {
				t.Errorf("%s: the note %q is neither on claim %s nor kept as a version: %s", where, n, claimID, got)
			}
		}
	}
}
