package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The sync status as the user sees it (issue 17, case 6): no "Sync: off"
// before "Connecting…" on a load; no "Synced" while an edit waits for its
// save; the offline label whole and drawn without a glyph the font may
// lack; and the app's icon in the offline cache.

// recordStatus logs, from the start of every document, each text the sync
// and save statuses show, in order, as "sync:<state>:<text>" and
// "save:<state>:<text>" (window.__status), and every pair of states shown
// together as "<save state>/<sync state>" (window.__pairs).
func recordStatus(b *browser) {
	b.t.Helper()
	_, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
	  window.__status = []; window.__pairs = [];
	  const last = {};
	  const look = () => {
	    for (const [k, id] of [["sync", "sync-status"], ["save", "save-status"]]) {
	      const e = document.getElementById(id);
	      if (!e) continue;
	      const v = k + ":" + e.dataset.state + ":" + e.textContent;
	      if (last[k] !== v) { last[k] = v; window.__status.push(v); }
	    }
	    const sv = document.getElementById("save-status"), sy = document.getElementById("sync-status");
	    if (sv && sy) {
	      const p = sv.dataset.state + "/" + sy.dataset.state;
	      if (window.__pairs[window.__pairs.length - 1] !== p) window.__pairs.push(p);
	    }
	  };
	  new MutationObserver(look).observe(document, {subtree: true, childList: true, characterData: true, attributes: true});`})
	if err != nil {
		b.t.Fatal(err)
	}
}

func statusLog(b *browser) []string { return eval[[]string](b, `window.__status`) }

func TestSyncStatusSteady(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	recordStatus(b)
	for load := range 2 { // the first visit, and a reload with the app cached
		reopen(b, s.URL+"/")
		waitSync(b, "synced")
		for _, l := range statusLog(b) {
			if strings.HasPrefix(l, "sync:local") || strings.Contains(l, "Sync: off") {
				t.Errorf("load %d: the sync status said %q with a server: %q", load+1, l, statusLog(b))
			}
		}
		if log := statusLog(b); len(log) == 0 || !strings.HasPrefix(firstOf(log, "sync:"), "sync:pending:Connecting…") {
			t.Errorf("load %d: the first sync status is not Connecting…: %q", load+1, log)
		}
	}

	// An edit: the sync status leaves "Synced" at once, as the save status
	// says "Saving…" (autosave writes a moment later) — not after the save.
	eval[bool](b, `(window.__status = [], window.__pairs = [], true)`)
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	selectText(b, freeText1)
	focusArticleKeepingSelection(b)
	b.Do(chromedp.KeyEvent("c"))
	waitClaims(b, 1)
	waitSaved(b)
	waitSync(b, "synced")
	if pairs := eval[[]string](b, `window.__pairs`); indexOf(pairs, "pending/synced") >= 0 || indexOf(pairs, "pending/pending") < 0 {
		t.Errorf("while the edit waited for its save, the statuses showed (save/sync) %q; want never saving/synced", pairs)
	}

	// Offline: a short label, whole in its button, after a drawn dot.
	s.stop(t)
	addClaim(b, freeText2)
	waitSync(b, "offline")
	got := eval[[]string](b, `(() => { const e = document.querySelector("#sync-status");
	  return [e.textContent, e.title, String(e.scrollWidth <= e.clientWidth), getComputedStyle(e, "::before").content] })()`)
	if got[0] != "Offline" || got[2] != "true" {
		t.Errorf("offline button shows %q (fits: %s), want Offline, whole", got[0], got[2])
	}
	if !strings.Contains(got[1], "saved in this browser") {
		t.Errorf("offline tooltip %q does not say where the work is", got[1])
	}
	if strings.ContainsAny(got[0]+got[3], "⏸✓⚠") {
		t.Errorf("the status draws a glyph the font may lack: text %q, ::before %s", got[0], got[3])
	}
	b.screenshot("sync-status-offline")
}

// TestIconInOfflineCache: the manifest's SVG icon (the page's favicon) is
// precached with the app, so an offline start has it.
func TestIconInOfflineCache(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	waitPromise(b, `(async () => { const r = await navigator.serviceWorker.ready; return r.active?.state === "activated" })()`)
	for _, path := range []string{"/web/icon.svg", "/web/icon-192.png"} {
		if !waitPromise(b, fmt.Sprintf(`(async () => { for (const k of await caches.keys()) { if (await (await caches.open(k)).match(%q)) return true } return false })()`, path)) {
			t.Errorf("%s is not in the service worker's cache", path)
		}
	}
}

func firstOf(log []string, prefix string) string {
	if i := indexOf(log, prefix); i >= 0 {
		return log[i]
	}
	return ""
}

func indexOf(log []string, prefix string) int {
	for i, l := range log {
		if strings.HasPrefix(l, prefix) {
			return i
		}
	}
	return -1
}

// focusArticleKeepingSelection puts the keyboard focus on the article
// without moving the selection (a click would), so a key press goes to
// the page's shortcuts as after a mouse selection.
func focusArticleKeepingSelection(b *browser) {
	b.t.Helper()
	eval[bool](b, `(() => { const s = getSelection(), r = s.getRangeAt(0); document.querySelector("#article").focus({preventScroll: true}); s.removeAllRanges(); s.addRange(r); return true })()`)
}
