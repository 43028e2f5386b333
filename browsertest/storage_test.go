package browsertest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Storage scenarios: reload, damaged data, full quota, two tabs. Shared
// helpers for the files tests live here too.

// fixtureSet is annotate/testdata/sample-set.json: claims on the built-in
// sample article.
func fixtureSet(t testing.TB) (*annotate.Set, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "annotate", "testdata", "sample-set.json"))
	if err != nil {
		t.Fatal(err)
	}
	set, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return set, data
}

// withFixture starts a server and a browser on the app, imports the
// fixture set (and so saves it) and returns them with the set.
func withFixture(t *testing.T) (*server, *browser, *annotate.Set) {
	t.Helper()
	set, data := fixtureSet(t)
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	importAnnotations(b, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(b)
	return s, b, set
}

func writeTemp(t testing.TB, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// clickSel clicks the first element matching a CSS selector (waiting for it).
// It first waits until the element is enabled, nothing covers its centre
// (a notice, a closing dialog) and it stands still (the same place two
// frames running: a layout change under way would move it between this
// look and the click), since a real click there would land elsewhere.
func clickSel(b *browser, sel string) {
	b.t.Helper()
	// On a phone the top bar's tools are behind its menu: open it first.
	if eval[bool](b, fmt.Sprintf(`(() => { const e = document.querySelector(%q);
	  return !!e && !e.offsetParent && !!e.closest("#more-tools-panel") && !!document.querySelector("#more-tools")?.offsetParent })()`, sel)) {
		clickSel(b, "#more-tools")
		b.Wait(`document.querySelector("#more-tools-panel")?.dataset.open === "true"`)
	}
	b.Wait(fmt.Sprintf(`(() => {
		const e = document.querySelector(%q);
		if (!e || e.disabled) return false;
		e.scrollIntoView({block: "center"});
		const r = e.getBoundingClientRect();
		if (!r.width || !r.height) return false;
		const hit = document.elementFromPoint(r.x + r.width/2, r.y + r.height/2);
		if (!hit || !(hit === e || e.contains(hit))) return false;
		const at = [r.x, r.y, r.width, r.height].join(",");
		const still = window.__clickAt === at;
		window.__clickAt = at;
		return still;
	})()`, sel))
	eval[bool](b, `(() => {
		window.__clickAt = "";
		if (!window.__clicks) {
			window.__clicks = [];
			document.addEventListener("click", e => window.__clicks.push(e.target.id || e.target.tagName), true);
		}
		return true;
	})()`)
	b.Do(chromedp.Click(chromedp.CSS(sel)))
}

// seenClicks lists the targets of the clicks the page received (recorded by
// clickSel), to tell a click that never arrived from one the app ignored.
func seenClicks(b *browser) string {
	return eval[string](b, `JSON.stringify(window.__clicks || [])`)
}

// openDialog clicks the button that opens a dialog and waits for the
// dialog's element (want). A click that opens nothing fails the test,
// naming the clicks the page received: a lost click is a bug to find (the
// top bar used to reflow as a save started, see TestTopBarStaysPut), not
// one to click past.
func openDialog(b *browser, button, want string) {
	b.t.Helper()
	clickSel(b, button)
	if err := b.poll(fmt.Sprintf(`!!document.querySelector(%q)`, want), 15*time.Second); err != nil {
		b.t.Fatalf("click on %s opened no %s (clicks seen by the page: %s): %v", button, want, seenClicks(b), err)
	}
}

// clickText clicks the first button matching sel whose text is text.
func clickText(b *browser, sel, text string) {
	b.t.Helper()
	find := fmt.Sprintf(`[...document.querySelectorAll(%q)].find(e => e.textContent.trim() === %q)`, sel, text)
	b.Wait("!!" + find)
	eval[bool](b, find+".click() || true")
}

// uploadTo sets the file of an <input type=file> (its change event fires).
func uploadTo(b *browser, sel, path string) {
	b.t.Helper()
	b.Wait(fmt.Sprintf(`!!document.querySelector(%q)`, sel))
	b.Do(chromedp.SetUploadFiles(chromedp.CSS(sel), []string{path}))
}

// enableDownloads makes the browser save downloads into a new folder.
func enableDownloads(b *browser) string {
	b.t.Helper()
	dir := b.t.TempDir()
	_, err := chromedp.CallBrowser(b.Ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: "allow", DownloadPath: dir,
	})
	if err != nil {
		b.t.Fatalf("set download behavior: %v", err)
	}
	return dir
}

// awaitDownload waits for a finished download whose name ends with suffix.
func awaitDownload(t testing.TB, dir, suffix string) (string, []byte) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if strings.HasSuffix(e.Name(), suffix) {
				data, err := os.ReadFile(filepath.Join(dir, e.Name()))
				if err == nil && len(data) > 0 {
					return e.Name(), data
				}
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	t.Fatalf("no download ending %q in %s (have %v)", suffix, dir, entries)
	return "", nil
}

// downloadVia clicks an export button and returns the downloaded file.
func downloadVia(b *browser, button, dir, suffix string) (string, []byte) {
	b.t.Helper()
	clickSel(b, button)
	b.t.Cleanup(func() {
		if b.t.Failed() {
			b.t.Logf("clicks seen by the page: %s", seenClicks(b))
		}
	})
	return awaitDownload(b.t, dir, suffix)
}

// waitNotice waits for the notice with the given key and returns its text.
func waitNotice(b *browser, key string) string {
	b.t.Helper()
	sel := fmt.Sprintf(`.notice[data-key=%q]`, key)
	b.Wait(fmt.Sprintf(`!!document.querySelector(%q)`, sel))
	return eval[string](b, fmt.Sprintf(`document.querySelector(%q).textContent`, sel))
}

// importAnnotations imports a file through the file menu and waits for the
// import notice.
func importAnnotations(b *browser, path string) string {
	b.t.Helper()
	eval[bool](b, `(() => { const n = document.querySelector('.notice[data-key="import"] .notice-dismiss'); if (n) n.click(); return true })()`)
	b.Wait(`!document.querySelector('.notice[data-key="import"]')`)
	openDialog(b, "#import-annotations", "#import-file")
	uploadTo(b, "#import-file", path)
	return waitNotice(b, "import")
}

// exportNativeSet downloads the native export and decodes it.
func exportNativeSet(b *browser, dir string) *annotate.Set {
	b.t.Helper()
	for _, e := range mustReadDir(b.t, dir) {
		os.Remove(filepath.Join(dir, e))
	}
	_, data := downloadVia(b, "#export-native", dir, ".whosaid.json")
	set, err := native.Decode(data)
	if err != nil {
		b.t.Fatalf("downloaded native file does not decode: %v", err)
	}
	return set
}

func mustReadDir(t testing.TB, dir string) []string {
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

// localItem reads a localStorage item ("" if missing).
func localItem(b *browser, key string) string {
	b.t.Helper()
	return eval[string](b, fmt.Sprintf(`localStorage.getItem(%q) ?? ""`, key))
}

// localSnapshot is every whosaid localStorage item.
func localSnapshot(b *browser) map[string]string {
	b.t.Helper()
	return eval[map[string]string](b, `Object.fromEntries(Object.keys(localStorage).filter(k => k.startsWith("whosaid/")).map(k => [k, localStorage.getItem(k)]))`)
}

func compactJSON(t testing.TB, data []byte) string {
	var buf bytes.Buffer
	if err := json.Compact(&buf, data); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// reopen navigates again and waits for the app, retrying a wait that the
// navigation's old page cut short ("Cannot find context").
func reopen(b *browser, url string) {
	b.t.Helper()
	b.Open(url) // rides out a replaced document (browser.poll)
}

// waitSaved waits until autosave reports saved.
func waitSaved(b *browser) {
	b.t.Helper()
	b.Wait(`document.querySelector("#save-status")?.dataset.state === "saved"`)
}

// TestReloadRestoresState: annotations imported (and so saved) come back
// exactly after a reload.
func TestReloadRestoresState(t *testing.T) {
	s, b, want := withFixture(t)
	dir := enableDownloads(b)
	reopen(b, eval[string](b, "location.href"))
	b.Wait(`document.querySelectorAll("#article mark").length > 0`)
	got := exportNativeSet(b, dir)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("after reload (-imported +exported):\n%s", d)
	}
	if n := eval[int](b, `new Set([...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" "))).size`); n != len(want.Claims) {
		t.Errorf("%d claims highlighted after reload, want %d", n, len(want.Claims))
	}
	// A change made just before leaving (autosave still waiting) is saved
	// as the page goes.
	selectText(b, "confirmed there is no prospect of holding meetings")
	clickSel(b, "#tb-claim")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(want.Claims)+1))
	if state := eval[string](b, `document.querySelector("#save-status").dataset.state`); state != "pending" {
		t.Logf("save status before reload = %q (the save was quicker than the reload)", state)
	}
	reopen(b, s.URL+"/")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(want.Claims)+1))
	got = exportNativeSet(b, dir)
	if len(got.Claims) != len(want.Claims)+1 {
		t.Errorf("after reload: %d claims, want %d", len(got.Claims), len(want.Claims)+1)
	}
}

// TestCorruptedStorageOpensWithNotice: garbage in the saved document does
// not stop the app; the data is kept aside and offered for download.
func TestCorruptedStorageOpensWithNotice(t *testing.T) {
	set, _ := fixtureSet(t)
	id := set.Document.ID
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	dir := enableDownloads(b)
	garbage := `{"format":2,"document":{"id":"` + id + `","blocks":[{"kind":"paragraph","text":"oops"` // cut short
	eval[bool](b, fmt.Sprintf(`localStorage.setItem(%q, %q); localStorage.setItem("whosaid/v1/last", %q); true`, "whosaid/v1/doc/"+id, garbage, id))
	reopen(b, s.URL+"/")
	text := waitNotice(b, "damaged-"+id)
	if !strings.Contains(text, "damaged") || !strings.Contains(text, "Download the damaged data") {
		t.Errorf("notice text = %q", text)
	}
	// The app opened anyway, on the sample article.
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	b.screenshot("storage-damaged-notice")
	clickText(b, `.notice[data-key="damaged-`+id+`"] button`, "Download the damaged data")
	name, got := awaitDownload(t, dir, ".json")
	if string(got) != garbage {
		t.Errorf("downloaded %s = %q, want the raw damaged data %q", name, got, garbage)
	}
	snap := localSnapshot(b)
	if _, ok := snap["whosaid/v1/doc/"+id]; ok {
		t.Errorf("damaged data still under the document key")
	}
	aside := 0
	for k, v := range snap {
		if strings.HasPrefix(k, "whosaid/v1/aside/"+id+"/") && v == garbage {
			aside++
		}
	}
	if aside != 1 {
		t.Errorf("damaged data kept aside %d times; storage: %v", aside, snap)
	}
	// The library offers it too.
	for _, e := range mustReadDir(t, dir) {
		os.Remove(filepath.Join(dir, e))
	}
	clickSel(b, "#library-link")
	b.Wait(`document.querySelectorAll("#library-asides li.aside-entry").length === 1`)
	clickSel(b, "#library-asides .aside-download")
	if _, got := awaitDownload(t, dir, ".json"); string(got) != garbage {
		t.Errorf("library download = %q, want the damaged data", got)
	}
	clickSel(b, "#library-asides .aside-delete")
	b.Wait(`!document.querySelector("#library-asides")`)
	for k := range localSnapshot(b) {
		if strings.HasPrefix(k, "whosaid/v1/aside/") {
			t.Errorf("aside %s still stored after delete", k)
		}
	}
}

// TestNewerFormatOpensWithNotice: data from a newer whosaid is kept and
// explained, not thrown away.
func TestNewerFormatOpensWithNotice(t *testing.T) {
	set, data := fixtureSet(t)
	id := set.Document.ID
	newer := strings.Replace(compactJSON(t, data), `"format":2`, `"format":7`, 1)
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	eval[bool](b, fmt.Sprintf(`localStorage.setItem(%q, %q); localStorage.setItem("whosaid/v1/last", %q); true`, "whosaid/v1/doc/"+id, newer, id))
	reopen(b, s.URL+"/")
	text := waitNotice(b, "damaged-"+id)
	if !strings.Contains(text, "newer version") || !strings.Contains(text, "format 7") {
		t.Errorf("notice text = %q", text)
	}
}

// TestQuotaExceededKeepsPreviousSave: when the browser refuses to store
// more, the user is told clearly, offered an export, and the previous save
// is left exactly as it was.
func TestQuotaExceededKeepsPreviousSave(t *testing.T) {
	set, data := fixtureSet(t)
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	dir := enableDownloads(b)
	small := set.Clone()
	small.Claims = small.Claims[:2]
	smallData, err := native.Encode(small)
	if err != nil {
		t.Fatal(err)
	}
	importAnnotations(b, writeTemp(t, "small.whosaid.json", smallData))
	waitSaved(b)
	waitSync(b, "synced") // the background sync writes its state too (sync_test.go)
	before := localSnapshot(b)
	if before["whosaid/v1/doc/"+set.Document.ID] == "" {
		t.Fatalf("the small set was not saved: %v", before)
	}
	// From now on the storage is full.
	eval[bool](b, `(() => {
	  Storage.prototype.setItem = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
	  return true })()`)
	importAnnotations(b, writeTemp(t, "full.whosaid.json", data))
	text := waitNotice(b, "save-error")
	for _, want := range []string{"storage is full", "intact", "Export now"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice %q lacks %q", text, want)
		}
	}
	b.screenshot("storage-quota-notice")
	if got := eval[string](b, `document.querySelector("#save-status").dataset.state`); got != "error" {
		t.Errorf("save status = %q, want error", got)
	}
	if d := cmp.Diff(before, localSnapshot(b)); d != "" {
		t.Errorf("storage changed by the failed save (-before +after):\n%s", d)
	}
	// Export now downloads what could not be saved.
	clickText(b, `.notice[data-key="save-error"] button`, "Export now")
	_, got := awaitDownload(t, dir, ".whosaid.json")
	exported, err := native.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(set, exported); d != "" {
		t.Errorf("Export now (-unsaved set +exported):\n%s", d)
	}
}

// newTab opens a second tab in the same browser (same profile, same
// localStorage).
func newTab(b *browser) *browser {
	b.t.Helper()
	ctx, cancel := chromedp.NewContext(b.Ctx)
	b.t.Cleanup(cancel)
	tab := &browser{t: b.t, Ctx: ctx, Profile: b.Profile}
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		b.t.Fatalf("new tab: %v", err)
	}
	return tab
}

// TestTwoTabsPickUpChanges: a save in one tab shows in the other tab that
// has the same article open and no unsaved change.
func TestTwoTabsPickUpChanges(t *testing.T) {
	set, data := fixtureSet(t)
	s := startServer(t)
	a := newBrowser(t, "")
	reopen(a, s.URL+"/")
	importAnnotations(a, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(a)
	b := newTab(a)
	reopen(b, s.URL+"/")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(set.Claims)))
	// Tab A replaces the claims with fewer.
	small := set.Clone()
	small.Claims = small.Claims[:3]
	smallData, _ := native.Encode(small)
	importAnnotations(a, writeTemp(t, "small.whosaid.json", smallData))
	waitSaved(a)
	waitNotice(b, "external-change")
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 3`)
	// Taking the change in is no step of this tab's: Undo here never takes
	// the other tab's work back out (this tab did nothing to undo).
	if !eval[bool](b, `document.querySelector("#undo").disabled`) {
		t.Errorf("Undo in tab B is %q: it would revert tab A's work", eval[string](b, `document.querySelector("#undo").getAttribute("aria-label")`))
	}
	// This tab's next edit builds on tab A's version, which tab A picks up.
	addClaim(b, freeText1)
	waitSaved(b)
	a.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 4`)
	if n := storedClaims(a, set.Document.ID); n != 4 {
		t.Fatalf("after tab B's edit: %d claims stored, want tab A's 3 and tab B's new one", n)
	}
}

// conflictTabs sets up two tabs on the fixture where tab B has an unsaved
// new claim when tab A saves a version with 3 claims; it returns once tab
// B shows the conflict notice.
func conflictTabs(t *testing.T) (a, b *browser, set *annotate.Set) {
	set, data := fixtureSet(t)
	s := startServer(t)
	a = newBrowser(t, "")
	reopen(a, s.URL+"/")
	importAnnotations(a, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(a)
	b = newTab(a)
	reopen(b, s.URL+"/")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(set.Claims)))
	// Tab B's storage is paused so that its change stays unsaved while
	// the other tab saves.
	eval[bool](b, `(() => { window.__realSetItem = Storage.prototype.setItem;
	  Storage.prototype.setItem = function () { throw new Error("test: storage paused"); }; return true })()`)
	selectText(b, "confirmed there is no prospect of holding meetings")
	clickSel(b, "#tb-claim")
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(set.Claims)+1))
	b.Wait(`document.querySelector("#save-status")?.dataset.state === "error"`)
	small := set.Clone()
	small.Claims = small.Claims[:3]
	smallData, _ := native.Encode(small)
	importAnnotations(a, writeTemp(t, "small.whosaid.json", smallData))
	waitSaved(a)
	text := waitNotice(b, "conflict")
	b.screenshot("storage-conflict-notice")
	if !strings.Contains(text, "Keep my changes") || !strings.Contains(text, "Use the other tab's version") {
		t.Errorf("conflict notice = %q", text)
	}
	eval[bool](b, `Storage.prototype.setItem = window.__realSetItem; true`)
	// Nothing was overwritten: tab A's save stands.
	if n := storedClaims(a, set.Document.ID); n != 3 {
		t.Fatalf("stored set has %d claims; want tab A's 3", n)
	}
	return a, b, set
}

func storedClaims(b *browser, id string) int {
	b.t.Helper()
	stored, err := native.Decode([]byte(localItem(b, "whosaid/v1/doc/"+id)))
	if err != nil {
		b.t.Fatalf("stored set: %v", err)
	}
	return len(stored.Claims)
}

// TestTwoTabsConflictKeepMine: the user keeps this tab's changes; they
// are saved and the other tab picks them up.
func TestTwoTabsConflictKeepMine(t *testing.T) {
	a, b, set := conflictTabs(t)
	clickText(b, `.notice[data-key="conflict"] button`, "Keep my changes")
	waitSaved(b)
	if n := storedClaims(a, set.Document.ID); n != len(set.Claims)+1 {
		t.Fatalf("after keeping mine: %d claims stored, want %d", n, len(set.Claims)+1)
	}
	waitNotice(a, "external-change")
	a.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, len(set.Claims)+1))
}

// TestTwoTabsConflictUseTheirs: the user takes the other tab's version;
// this tab shows it and saves nothing over it.
func TestTwoTabsConflictUseTheirs(t *testing.T) {
	a, b, set := conflictTabs(t)
	clickText(b, `.notice[data-key="conflict"] button`, "Use the other tab's version")
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 3`)
	waitSaved(b)
	// This tab's own history is still there (taking their version in is
	// no step of its own).
	b.Wait(`document.querySelector("#undo").getAttribute("aria-label") === "Undo Add claim"`)
	// A later change in this tab builds on their version.
	selectText(b, "Lavrov also met with Xi Tuesday")
	clickSel(b, "#tb-claim")
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 4`)
	waitSaved(b)
	if n := storedClaims(a, set.Document.ID); n != 4 {
		t.Fatalf("stored %d claims, want their 3 + 1", n)
	}
}
