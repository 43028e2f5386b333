package browsertest

import (
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestOfflineStart: after one visit the service worker has cached the app,
// so it starts with the server gone — and reopens the saved annotations.
func TestOfflineStart(t *testing.T) {
	s, b, set := withFixture(t)
	// The worker is installed and active (it precaches on install).
	waitPromise(b, `(async () => { const r = await navigator.serviceWorker.ready; return r.active?.state === "activated" })()`)
	// The page asks the worker to keep the module once it has it.
	b.Wait(`caches.keys().then(async ks => { for (const k of ks) for (const r of await (await caches.open(k)).keys()) if (r.url.endsWith(".wasm")) window.__kept = true }) && window.__kept`)
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
