package browsertest

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestOfflineStart: after one visit the service worker has cached the app,
// so it starts with the server gone — and reopens the saved annotations.
func TestOfflineStart(t *testing.T) {
	s, b, set := withFixture(t)
	// The worker is installed and active (it precaches on install).
	waitPromise(b, `(async () => { const r = await navigator.serviceWorker.ready; return r.active?.state === "activated" })()`)
	if !waitPromise(b, `(async () => { const keys = await caches.keys(); for (const k of keys) { const c = await caches.open(k); if (await c.match("/web/app.wasm")) return true } return false })()`) {
		t.Fatalf("app.wasm is not in the service worker's cache")
	}
	// The server goes away.
	s.cmd.Process.Signal(os.Interrupt)
	done := make(chan struct{})
	go func() { s.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		s.cmd.Process.Kill()
		<-done
	}
	if _, err := os.Stat(webDir); err != nil {
		t.Fatal(err)
	}
	reopen(b, s.URL+"/")
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length > 0`)
	if n := eval[int](b, `document.querySelectorAll("#claims-list li[data-claim-id]").length`); n != len(set.Claims) {
		t.Errorf("offline: %d claims listed, want %d", n, len(set.Claims))
	}
	if strings.Contains(eval[string](b, `document.body.textContent`), "Loading whosaid") {
		t.Errorf("still loading")
	}
}

// TestLoadingProgressShown: while the wasm loads, go-app's loader shows the
// LoadingLabel with a progress figure that climbs to 100% (the wasm is
// served compressed, so the figure must come from its raw length).
func TestLoadingProgressShown(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	// Record every text the loader label shows.
	_, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
	  window.__labels = [];
	  new MutationObserver(() => {
	    const l = document.getElementById("app-wasm-loader-label");
	    if (l && window.__labels[window.__labels.length - 1] !== l.innerText) window.__labels.push(l.innerText);
	  }).observe(document, {subtree: true, childList: true, characterData: true});`})
	if err != nil {
		t.Fatal(err)
	}
	reopen(b, s.URL+"/")
	labels := eval[[]string](b, `window.__labels`)
	if len(labels) < 2 {
		t.Fatalf("loader labels seen: %q", labels)
	}
	last := -1
	for _, l := range labels {
		var n int
		if _, err := fmt.Sscanf(l, "Loading whosaid… %d%%", &n); err != nil {
			t.Errorf("loader label %q is not the LoadingLabel", l)
			continue
		}
		if n < last || n > 100 {
			t.Errorf("progress went %d → %d: %q", last, n, labels)
		}
		last = n
	}
	if last != 100 {
		t.Errorf("progress ended at %d%%: %q", last, labels)
	}
	if eval[bool](b, `!!document.getElementById("app-wasm-loader")`) {
		t.Errorf("the loader is still there once the app runs")
	}
}

// waitPromise evaluates an expression that gives a promise and returns
// whether it resolved to true.
func waitPromise(b *browser, expr string) bool {
	b.t.Helper()
	v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[bool](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// TestInstallableManifest: the web app manifest names the app, starts at
// the annotator standalone, and has local icons (an off-site icon would
// break the service worker's install, and so the offline start).
func TestInstallableManifest(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	href := eval[string](b, `document.querySelector('link[rel="manifest"]')?.href ?? ""`)
	if href == "" {
		t.Fatal("no manifest link")
	}
	m, err := chromedp.Run(b.Ctx, chromedp.Evaluate[map[string]any](`fetch(document.querySelector('link[rel="manifest"]').href).then(r => r.json())`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatal(err)
	}
	if m["name"] != "whosaid" || m["start_url"] != "/" || m["display"] != "standalone" {
		t.Errorf("manifest = %v", m)
	}
	icons, _ := m["icons"].([]any)
	sizes := map[string]bool{}
	for _, i := range icons {
		icon, _ := i.(map[string]any)
		src, _ := icon["src"].(string)
		if !strings.HasPrefix(src, "/web/") {
			t.Errorf("icon %q is not served by whosaid", src)
		}
		size, _ := icon["sizes"].(string)
		sizes[size] = true
	}
	if !sizes["192x192"] || !sizes["512x512"] {
		t.Errorf("manifest icons %v lack 192x192 and 512x512", icons)
	}
}
