package browsertest

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Sync with the server (app/sync.go): offline and back, a fresh profile
// with the same token, a cleared browser, and a merge of two devices'
// edits.

const tokenKey = "whosaid/v1/sync/token"

// Two stretches of the sample article that the fixture set has no claim on.
const (
	freeText1 = "Russia and China agreed to start a dialogue on Eurasian security"
	freeText2 = "Chinese President Xi Jinping, right, and Russian President Vladimir Putin"
)

// stop ends the server process (as SIGTERM does) and waits for it.
func (s *server) stop(t testing.TB) {
	t.Helper()
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
}

// restartServer starts a stopped server again on the same address and data
// folder, as after a restart or an outage.
func restartServer(t testing.TB, old *server) *server {
	t.Helper()
	u, err := url.Parse(old.URL)
	if err != nil {
		t.Fatal(err)
	}
	var s *server
	// The port was just freed; retry briefly if the listen races its release.
	for try := 0; ; try++ {
		s, err = tryStart(t, u.Host, old.DataDir)
		if err == nil || try == 20 {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if err != nil {
		t.Fatalf("restart server on %s: %v", u.Host, err)
	}
	return s
}

// tryStart starts whosaid on addr with dataDir, reporting a failed start.
func tryStart(t testing.TB, addr, dataDir string) (*server, error) {
	s := &server{DataDir: dataDir, stderr: &lockedBuffer{}}
	s.cmd = exec.Command(binPath, "serve", "--addr", addr, "--data", dataDir, "--web", webDir)
	s.cmd.Stderr = s.stderr
	out, err := s.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	urls := make(chan string, 1)
	go func() {
		buf := make([]byte, 4096)
		var seen strings.Builder
		for {
			n, err := out.Read(buf)
			seen.Write(buf[:n])
			for _, line := range strings.Split(seen.String(), "\n") {
				if u, ok := strings.CutPrefix(line, "listening on "); ok && strings.Contains(seen.String(), u+"\n") {
					select {
					case urls <- u:
					default:
					}
				}
			}
			if err != nil {
				close(urls)
				return
			}
		}
	}()
	exited := make(chan struct{})
	go func() { s.cmd.Wait(); close(exited) }()
	select {
	case u, ok := <-urls:
		if !ok {
			<-exited
			return nil, fmt.Errorf("server exited: %s", s.stderr.String())
		}
		s.URL = u
	case <-exited:
		return nil, fmt.Errorf("server exited: %s", s.stderr.String())
	case <-time.After(30 * time.Second):
		s.cmd.Process.Kill()
		return nil, fmt.Errorf("server did not start: %s", s.stderr.String())
	}
	t.Cleanup(func() {
		s.cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			s.cmd.Process.Kill()
		}
		if t.Failed() {
			t.Logf("restarted server log:\n%s", s.stderr.String())
		}
	})
	return s, nil
}

// waitSync waits for #sync-status to show a state.
func waitSync(b *browser, state string) {
	b.t.Helper()
	b.Wait(fmt.Sprintf(`document.querySelector("#sync-status")?.dataset.state === %q`, state))
}

// claimCount is how many claims the claims list shows.
func claimCount(b *browser) int {
	return eval[int](b, `document.querySelectorAll("#claims-list li[data-claim-id]").length`)
}

func waitClaims(b *browser, n int) {
	b.t.Helper()
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, n))
}

// serverSet reads the owner's set of a document straight from the API.
// serverSetStatus is the status of GET on the owner's set of docID.
func serverSetStatus(t testing.TB, base, token, docID string) int {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/v1/documents/"+docID+"/set", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func serverSet(t testing.TB, base, token, docID string) (*annotate.Set, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", base+"/api/v1/documents/"+docID+"/set", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET set: %d %s", resp.StatusCode, body)
	}
	set, err := native.Decode(body)
	if err != nil {
		t.Fatalf("server set: %v", err)
	}
	return set, resp.Header.Get("ETag")
}

// addClaim makes a claim of text through the selection toolbar.
func addClaim(b *browser, text string) {
	b.t.Helper()
	n := claimCount(b)
	selectText(b, text)
	waitToolbar(b, "#tb-claim")
	b.Do(chromedp.Click(chromedp.CSS("#tb-claim")))
	waitClaims(b, n+1)
}

// useToken enters a token in the Sync panel.
func useToken(b *browser, token string) {
	b.t.Helper()
	// A JS click: the status button changes width as its text changes, so a
	// click at coordinates can miss it.
	b.Wait(`!!document.querySelector("#sync-status")`)
	eval[bool](b, `document.querySelector("#sync-status").click() || true`)
	b.Wait(`!!document.querySelector("#sync-token-input")`)
	b.Do(chromedp.SendKeys(chromedp.CSS("#sync-token-input"), token))
	b.screenshot("sync-panel")
	clickSel(b, "#sync-token-use")
	b.Wait(`!document.querySelector("#sync-panel")`)
}

// syncedWithFixture opens the app on a fresh profile, imports the fixture
// set and waits until it is synced; it returns the owner token.
func syncedWithFixture(t *testing.T, s *server) (*browser, *annotate.Set, string) {
	set, data := fixtureSet(t)
	a := newBrowser(t, "")
	reopen(a, s.URL+"/")
	importAnnotations(a, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(a)
	waitSync(a, "synced")
	token := localItem(a, tokenKey)
	if len(token) != 22 || strings.Trim(token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") != "" {
		t.Fatalf("owner token = %q, want 22 base64url characters", token)
	}
	if got, _ := serverSet(t, s.URL, token, set.Document.ID); len(got.Claims) != len(set.Claims) {
		t.Fatalf("server has %d claims, want %d", len(got.Claims), len(set.Claims))
	}
	return a, set, token
}

// TestSyncOfflineAndBack: annotate, synced; the server goes away, annotate
// more (kept locally, status offline); the server comes back on the same
// address and data: synced. Then a fresh profile with the same token gets
// the set, and a cleared browser with the token gets it back.
func TestSyncOfflineAndBack(t *testing.T) {
	s := startServer(t)
	a, set, token := syncedWithFixture(t, s)
	n := len(set.Claims)
	a.screenshot("sync-synced")

	s.stop(t)
	addClaim(a, freeText1)
	waitSaved(a)
	waitSync(a, "offline")
	a.screenshot("sync-offline")
	if got := storedClaims(a, set.Document.ID); got != n+1 {
		t.Fatalf("offline: %d claims stored locally, want %d", got, n+1)
	}

	s = restartServer(t, s)
	waitSync(a, "synced")
	got, _ := serverSet(t, s.URL, token, set.Document.ID)
	if len(got.Claims) != n+1 {
		t.Fatalf("after coming back: server has %d claims, want %d", len(got.Claims), n+1)
	}

	// A fresh profile, the same token: the same set.
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	waitSync(b, "synced")
	if claimCount(b) != 0 {
		t.Fatalf("fresh profile shows %d claims before the token", claimCount(b))
	}
	useToken(b, token)
	waitClaims(b, n+1)
	waitSync(b, "synced")
	if got := localItem(b, tokenKey); got != token {
		t.Errorf("fresh profile token = %q, want %q", got, token)
	}
	b.screenshot("sync-fresh-profile")

	// Cleared storage, token kept: the set comes back from the server.
	eval[bool](a, fmt.Sprintf(`(() => { localStorage.clear(); localStorage.setItem(%q, %q); return true })()`, tokenKey, token))
	reopen(a, s.URL+"/")
	waitClaims(a, n+1)
	waitSync(a, "synced")
}

// TestSyncOtherArticles: an article edited offline reaches the server when
// it comes back, though another article is open by then.
func TestSyncOtherArticles(t *testing.T) {
	s := startServer(t)
	a, set, token := syncedWithFixture(t, s)
	n := len(set.Claims)

	s.stop(t)
	addClaim(a, freeText1)
	waitSaved(a)
	waitSync(a, "offline")
	openDialog(a, "#open-article", "#open-article-dialog")
	uploadTo(a, "#article-file", writeTemp(t, "bridge.txt", []byte("Bridge reopens\n\nThe bridge reopened on Tuesday, officials said.\n")))
	a.Wait(`document.querySelector("#article")?.textContent.includes("bridge reopened")`)
	waitSaved(a)
	bridge := localItem(a, "whosaid/v1/last")

	s = restartServer(t, s)
	waitSync(a, "synced")
	if got, _ := serverSet(t, s.URL, token, set.Document.ID); len(got.Claims) != n+1 {
		t.Errorf("the article edited offline: server has %d claims, want %d", len(got.Claims), n+1)
	}
	if status := serverSetStatus(t, s.URL, token, bridge); status != 200 {
		t.Errorf("the open article: GET %d", status)
	}
}

// TestSyncConflictMerge: two profiles with one token edit the same set
// from the same version; the second to sync gets a 409, merges, tells the
// user, and both edits survive everywhere.
func TestSyncConflictMerge(t *testing.T) {
	s := startServer(t)
	a, set, token := syncedWithFixture(t, s)
	n := len(set.Claims)

	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	waitSync(b, "synced")
	useToken(b, token)
	waitClaims(b, n)
	waitSync(b, "synced")

	addClaim(a, freeText1)
	waitSaved(a)
	waitSync(a, "synced")
	addClaim(b, freeText2)
	text := waitNotice(b, "sync-merged")
	if !strings.Contains(text, "Merged 1 claim from another device") {
		t.Errorf("merge notice = %q", text)
	}
	waitClaims(b, n+2)
	b.Wait(`["conflict-merged", "synced"].includes(document.querySelector("#sync-status")?.dataset.state)`)
	// The merge took nothing this device showed: no undo step of its own;
	// this device's own last edit is still the one Undo takes back.
	b.Wait(`document.querySelector("#undo").getAttribute("aria-label") === "Undo Add claim"`)
	b.screenshot("sync-merged")

	got, _ := serverSet(t, s.URL, token, set.Document.ID)
	quotes := map[string]bool{}
	for _, c := range got.Claims {
		quotes[c.Span.Exact] = true
	}
	if len(got.Claims) != n+2 || !quotes[freeText1] || !quotes[freeText2] {
		t.Fatalf("server has %d claims (both new ones: %v, %v), want %d", len(got.Claims), quotes[freeText1], quotes[freeText2], n+2)
	}
	// The first device picks the merge up when it opens again.
	reopen(a, s.URL+"/")
	waitClaims(a, n+2)
	waitSync(a, "synced")
	var stored annotate.Set
	if err := json.Unmarshal([]byte(localItem(a, "whosaid/v1/doc/"+set.Document.ID)), &stored); err != nil || len(stored.Claims) != n+2 {
		t.Fatalf("first device stored %d claims (%v), want %d", len(stored.Claims), err, n+2)
	}
}

// syncOffSays checks the sync button of a page where sync is off: a short
// label that fits its fixed width, the reason in the tooltip.
func syncOffSays(t *testing.T, b *browser, reason string) {
	t.Helper()
	btn := eval[[]string](b, `(() => { const e = document.querySelector("#sync-status"); return [e.textContent, e.title] })()`)
	if btn[0] != "Sync: off" || !strings.Contains(btn[1], reason) {
		t.Errorf("sync button text %q, tooltip %q; want \"Sync: off\" and a tooltip naming %q", btn[0], btn[1], reason)
	}
}

// TestStaticCopy: `whosaid static` writes a folder that a plain file
// server serves; the app runs from it with sync off, saving locally.
func TestStaticCopy(t *testing.T) {
	dir := t.TempDir()
	out, err := exec.Command(binPath, "static", "--web", webDir, dir).CombinedOutput()
	if err != nil {
		t.Fatalf("whosaid static: %v\n%s", err, out)
	}
	ts := httptest.NewServer(http.FileServer(http.Dir(dir)))
	defer ts.Close()
	b := newBrowser(t, "")
	reopen(b, ts.URL+"/")
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	waitSync(b, "local")
	syncOffSays(t, b, "this browser only")
	set, data := fixtureSet(t)
	importAnnotations(b, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(b)
	if got := storedClaims(b, set.Document.ID); got != len(set.Claims) {
		t.Errorf("%d claims saved locally, want %d", got, len(set.Claims))
	}
	waitSync(b, "local")
	if tok := localItem(b, tokenKey); tok != "" {
		t.Errorf("the static copy made a sync token %q", tok)
	}
	b.screenshot("static-copy")
}
