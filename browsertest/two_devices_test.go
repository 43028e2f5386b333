package browsertest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"whosaid/annotate"
)

// Two devices, one claim (issue 17): no edit is ever lost without a trace.
// Each test edits on two persistent profiles, cutting one device's network
// and giving it back, and checks after reloads on both that every edit is
// on its claim or kept as a version of it.

// Case 1: B edits claim 1's note; later A, offline, edits the same note and
// comes back. A's newer note applies; B's is kept on the claim (and says
// where it came from), shown in the editor and marked in the list on both
// devices, after reloads, until someone picks one. Case 3: the notice
// names the claim and links to it.
func TestTwoDevicesSameNoteBothKept(t *testing.T) {
	a, b, set, s := twoDevices(t)
	doc, token := set.Document.ID, localItem(a.b, tokenKey)
	const noteB, noteA = "B: checked against the transcript", "A: the date is Tuesday, not Monday"

	a.goOffline()
	typeNote(b.b, "c01", noteB)
	waitSync(b.b, "synced")
	typeNote(a.b, "c01", noteA)
	waitSync(a.b, "offline")
	a.goOnline()

	// A merges: its note is newer and applies; the notice names claim 1.
	text := waitNotice(a.b, "sync-merged")
	if !strings.Contains(text, "edited on both") || !strings.Contains(text, "We have a common goal") {
		t.Errorf("merge notice %q does not name the claim edited on both", text)
	}
	waitSync(a.b, "conflict-merged")
	if !eval[bool](a.b, `(e => e.scrollWidth <= e.clientWidth)(document.querySelector("#sync-status"))`) {
		t.Errorf("the merged status %q does not fit its button", eval[string](a.b, `document.querySelector("#sync-status").textContent`))
	}
	a.b.screenshot("two-devices-merge-notice")
	// Its link opens the claim and shows B's version.
	clickSel(a.b, `.notice[data-key="sync-merged"] .notice-link[data-key="c01"]`)
	a.b.Wait(`document.querySelector("#claim-editor")?.dataset.claimId === "c01"`)
	a.b.Wait(fmt.Sprintf(`document.querySelector("#claim-versions .version-value")?.textContent === %q`, "“"+noteB+"”"))
	if where := eval[string](a.b, `document.querySelector("#claim-versions .version-head").textContent`); !strings.Contains(where, "another device (Chrome on Linux)") {
		t.Errorf("the version does not say where it was made: %q", where)
	}
	// The keyboard is taken to the choice.
	a.b.Wait(`document.activeElement?.classList.contains("use-version")`)
	if !eval[bool](a.b, `(() => { const m = document.querySelector('#article mark[data-ids~="c01"]').getBoundingClientRect(); return m.top >= 0 && m.bottom <= innerHeight })()`) {
		t.Errorf("the claim's highlight is not scrolled into view")
	}
	a.b.screenshot("two-devices-versions")

	// Reloads on both: both notes are there, B's as a version of claim 1,
	// marked in the list, with B's device.
	a.open()
	b.open()
	waitSync(b.b, "synced")
	b.b.Wait(`!!document.querySelector('#claims-list li.has-versions[data-claim-id="c01"]')`)
	a.b.Wait(`!!document.querySelector('#claims-list li.has-versions[data-claim-id="c01"]')`)
	wantNotesKept(t, s, token, doc, "c01", []*device{a, b}, noteA, noteB)
	if c, _ := storedSet(b.b, doc).Claim("c01"); c.Note != noteA || len(c.Conflicts) != 1 || c.Conflicts[0].Device != b.label() {
		t.Errorf("B's copy: note %q, versions %+v; want A's note, and B's as a version made on %q", c.Note, c.Conflicts, b.label())
	}
	openClaimRow(b.b, "c01")
	if where := eval[string](b.b, `document.querySelector("#claim-versions .version-head").textContent`); !strings.Contains(where, "this browser") {
		t.Errorf("on B, its own version says %q, want this browser", where)
	}

	// B picks its own note: the choice syncs; nothing is marked any more.
	clickSel(b.b, "#claim-versions .use-version")
	b.b.Wait(fmt.Sprintf(`document.querySelector("#note-input")?.value === %q`, noteB))
	b.b.Wait(`!document.querySelector("#claim-versions") && !document.querySelector("#claims-list li.has-versions")`)
	waitSaved(b.b)
	waitSync(b.b, "synced")
	a.open()
	waitSync(a.b, "synced")
	if c, _ := storedSet(a.b, doc).Claim("c01"); c.Note != noteB || len(c.Conflicts) != 0 {
		t.Errorf("after B's choice, A has note %q and versions %+v", c.Note, c.Conflicts)
	}
	// The list follows the stored set once the page has drawn the merge (a
	// frame or more later on a loaded machine): wait for it, bounded.
	a.b.Wait(`!document.querySelector("#claims-list li.has-versions")`)
}

// Case 2: A (offline) edits claim 1; B then edits claim 1, claim 2 and
// deletes claim 3. A comes online: B's newer note applies, A's is kept; A
// presses Undo to get its note back: only that comes back (B's note is
// kept as the version), B's claim-2 edit and claim-3 deletion stay, on
// both devices, after reloads.
func TestTwoDevicesUndoMergeKeepsOthersWork(t *testing.T) {
	a, b, set, s := twoDevices(t)
	doc, token := set.Document.ID, localItem(a.b, tokenKey)
	const noteA, noteB = "A: offline reading notes", "B: a later edit"

	a.goOffline()
	typeNote(a.b, "c01", noteA)
	waitSync(a.b, "offline")
	typeNote(b.b, "c01", noteB)
	chooseKind(b.b, "c02", "prediction")
	deleteClaimRow(b.b, "c03")
	waitSync(b.b, "synced")
	a.goOnline()

	text := waitNotice(a.b, "sync-merged")
	for _, want := range []string{"We have a common goal", "We agreed with our Chinese friends", "Wang proposed the idea", "deleted on the other device", "kind changed on the other device"} {
		if !strings.Contains(text, want) {
			t.Errorf("merge notice %q does not say %q", text, want)
		}
	}
	waitSync(a.b, "conflict-merged")
	a.b.Wait(`document.querySelector("#undo").getAttribute("aria-label") === "Undo Take in changes from elsewhere"`)
	openClaimRow(a.b, "c01")
	a.b.Wait(fmt.Sprintf(`document.querySelector("#note-input")?.value === %q`, noteB))

	// Undo: A's note back; B's work elsewhere untouched.
	eval[bool](a.b, `(document.activeElement?.blur(), true)`) // Ctrl+Z in the note field would be its own undo
	a.b.Do(chromedp.KeyEvent("z", chromedp.KeyModifiers(chromedp.ModifierCtrl)))
	a.b.Wait(fmt.Sprintf(`document.querySelector("#note-input")?.value === %q`, noteA))
	a.b.Wait(fmt.Sprintf(`document.querySelector("#claim-versions .version-value")?.textContent === %q`, "“"+noteB+"”"))
	waitSaved(a.b)
	waitSync(a.b, "synced")
	a.b.screenshot("two-devices-undo-merge")

	a.open()
	b.open()
	waitSync(b.b, "synced")
	wantNotesKept(t, s, token, doc, "c01", []*device{a, b}, noteA, noteB)
	for _, d := range []*device{a, b} {
		got := storedSet(d.b, doc)
		if c, _ := got.Claim("c01"); c.Note != noteA {
			t.Errorf("device %s: claim 1's note is %q, want A's (the undo)", d.name, c.Note)
		}
		if c, ok := got.Claim("c02"); !ok || c.Kind != annotate.KindPrediction {
			t.Errorf("device %s: B's edit of claim 2 was lost (%+v)", d.name, c)
		}
		if _, ok := got.Claim("c03"); ok {
			t.Errorf("device %s: B's deletion of claim 3 was undone", d.name)
		}
	}
	b.b.Wait(`!!document.querySelector('#claims-list li.has-versions[data-claim-id="c01"]')`)
}

// Case 4: a save that reached the server but whose answer was lost is sent
// again, refused as stale, and recognised as this device's own: no merge,
// no "another device", no versions; the server has exactly this copy,
// after reloads.
func TestTwoDevicesOwnRetryIsNotAMerge(t *testing.T) {
	a, b, set, s := twoDevices(t)
	doc, token := set.Document.ID, localItem(a.b, tokenKey)
	recordStatus(a.b)
	a.open()
	waitSync(a.b, "synced")
	a.mu.Lock()
	a.losePut = 1
	a.calls = nil
	a.mu.Unlock()

	typeNote(a.b, "c01", "A: sent once, answered twice")
	// The answer never comes; the save is sent again (by the browser's
	// network stack on a dropped connection, or by the sync's retry) and
	// refused as stale.
	for try := 0; !strings.Contains(strings.Join(a.apiCalls(), ", "), "PUT 409"); try++ {
		if try == 300 {
			t.Fatalf("no retry refused as stale: API calls %q, statuses %q", a.apiCalls(), statusLog(a.b))
		}
		time.Sleep(100 * time.Millisecond)
	}
	waitSync(a.b, "synced")
	calls := strings.Join(a.apiCalls(), ", ")
	if !strings.Contains(calls, "PUT 200, answer lost") || !strings.Contains(calls, "PUT 409") {
		t.Fatalf("API calls %s: want the lost save, then the retry refused as stale", calls)
	}
	t.Logf("API calls: %s; statuses %q", calls, statusLog(a.b))
	for _, l := range statusLog(a.b) {
		if strings.Contains(l, "conflict-merged") || strings.Contains(l, "merged") {
			t.Errorf("the status said %q: this device's own save reported as a merge", l)
		}
	}
	if eval[bool](a.b, `!!document.querySelector('.notice[data-key="sync-merged"]')`) {
		t.Errorf("a merge notice for this device's own save: %q", waitNotice(a.b, "sync-merged"))
	}
	a.open()
	b.open()
	waitSync(b.b, "synced")
	srv, _ := serverSet(t, s.URL, token, doc)
	for _, d := range []*device{a, b} {
		got := storedSet(d.b, doc)
		if !annotate.SameContent(got, srv) {
			t.Errorf("device %s's copy differs from the server's", d.name)
		}
		if c, _ := got.Claim("c01"); c.Note != "A: sent once, answered twice" || len(c.Conflicts) != 0 {
			t.Errorf("device %s: note %q, versions %+v", d.name, c.Note, c.Conflicts)
		}
	}
}
