package browsertest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"whosaid/annotate"
	"whosaid/annotate/w3c"
)

// The server draws the page it is asked for, so the article can be read
// before the WebAssembly runs (app/annotator/prerender.go); the app then
// takes the page over.

// lessonFiles is the sample article (article.txt) and its annotations as
// a W3C file (claims.w3c.jsonld) for a web folder, and the set they hold.
func lessonFiles(t *testing.T) (*annotate.Set, map[string][]byte) {
	t.Helper()
	want, _ := fixtureSet(t)
	article, err := os.ReadFile(filepath.Join(repoRoot, "annotate", "testdata", "sample-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	w3cData, err := w3c.Export(want)
	if err != nil {
		t.Fatal(err)
	}
	return want, map[string][]byte{"article.txt": article, "claims.w3c.jsonld": w3cData}
}

// lessonLink serves lessonFiles and returns the server and the link that
// opens both.
func lessonLink(t *testing.T) (*server, string, int) {
	t.Helper()
	want, files := lessonFiles(t)
	s := startServer(t, "--web", webWith(t, files))
	return s, s.URL + "/?open=/web/article.txt&annotations=/web/claims.w3c.jsonld", len(want.Claims)
}

// blockModule makes the browser fail every request for a .wasm file.
func blockModule(b *browser) {
	b.t.Helper()
	if _, err := chromedp.Call(b.Ctx, network.Enable, network.EnableParams{}); err != nil {
		b.t.Fatal(err)
	}
	if _, err := chromedp.Call(b.Ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{
		URLPatterns: []*network.BlockPattern{{URLPattern: "*://*:*/*.wasm", Block: true}}}); err != nil {
		b.t.Fatal(err)
	}
}

// TestArticleDrawnBeforeTheApp: with the module never arriving, the page
// still shows the sample article, and a lesson link shows its article with
// every claim highlighted; the controls that need the app take no clicks
// and the loader says the app could not start.
func TestArticleDrawnBeforeTheApp(t *testing.T) {
	s, link, claims := lessonLink(t)
	b := newBrowser(t, "")
	blockModule(b)
	b.Do(chromedp.Navigate(s.URL + "/"))
	b.Wait(`document.querySelectorAll("#article .blk").length > 5`)
	if title := eval[string](b, `document.querySelector("#article .blk").textContent`); !strings.Contains(title, "China Russia") {
		t.Errorf("the sample's first block is %q", title)
	}
	b.Do(chromedp.Navigate(link))
	b.Wait(fmt.Sprintf(`new Set([...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" "))).size === %d`, claims))
	b.Wait(`document.documentElement.dataset.loading === "failed"`)
	if label := eval[string](b, `document.getElementById("app-wasm-loader-label").textContent`); !strings.Contains(label, "could not start") {
		t.Errorf("loader label %q", label)
	}
	got := eval[[]string](b, `[
	  String(!!document.querySelector("main[data-live]")),
	  getComputedStyle(document.getElementById("undo")).pointerEvents,
	  String(!!document.querySelector('.notice[data-key="import"]')),
	  String(getComputedStyle(document.getElementById("suggest-btn")).display !== "none")]`)
	if want := []string{"false", "none", "true", "true"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("live, undo's pointer-events, import notice, suggest button shown = %q, want %q", got, want)
	}
}

// TestTakeOverKeepsThePage: the app takes a lesson link's drawn page over
// with no frame without the article and no block moving; once live it has
// the claims (listed, saved) and a clean address.
func TestTakeOverKeepsThePage(t *testing.T) {
	_, link, claims := lessonLink(t)
	b := newBrowser(t, "")
	// Every frame: blocks, highlighted claims, the first block's top, live.
	if _, err := chromedp.Call(b.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `
	  window.__frames = [];
	  const tick = () => {
	    const first = document.querySelector("#article .blk");
	    const ids = new Set([...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" ")));
	    const f = [document.querySelectorAll("#article .blk").length, ids.size, first ? Math.round(first.getBoundingClientRect().top) : -1, !!document.querySelector("main[data-live]")].join(" ");
	    if (window.__frames[window.__frames.length - 1] !== f) window.__frames.push(f);
	    requestAnimationFrame(tick);
	  };
	  requestAnimationFrame(tick);`}); err != nil {
		t.Fatal(err)
	}
	reopen(b, link)
	b.Wait(fmt.Sprintf(`document.querySelectorAll("#claims-list li[data-claim-id]").length === %d`, claims))
	b.Wait(`location.search === ""`)
	waitSaved(b)
	frames := eval[[]string](b, `window.__frames`)
	var drawn, live string
	for _, f := range frames {
		var blocks, ids, top int
		var isLive bool
		fmt.Sscan(f, &blocks, &ids, &top, &isLive)
		switch {
		case blocks == 0 && drawn != "":
			t.Errorf("a frame without the article after it was drawn: %q", frames)
		case ids == claims && !isLive && drawn == "":
			drawn = f
		case ids == claims && isLive && live == "":
			live = f
		}
	}
	if drawn == "" || live == "" {
		t.Fatalf("frames %q: want the drawn page with %d claims, then the live one", frames, claims)
	}
	if strings.TrimSuffix(drawn, " false") != strings.TrimSuffix(live, " true") {
		t.Errorf("the page changed when the app took over: drawn %q, live %q (blocks, claims, first block's top, live); frames %q", drawn, live, frames)
	}
	if text := waitNotice(b, "import"); !strings.Contains(text, fmt.Sprintf("Imported %d claims", claims)) {
		t.Errorf("import notice %q", text)
	}
}

// TestReturningReaderNotShownTheSample: the server draws the sample at
// "/", but a reader who has worked here opens their last article; the
// sample stays hidden until the app shows it (web/start.js), then theirs
// is there.
func TestReturningReaderNotShownTheSample(t *testing.T) {
	s, link, claims := lessonLink(t)
	b := newBrowser(t, "")
	reopen(b, link)
	waitSaved(b)
	reopen(b, s.URL+"/")
	b.Wait(fmt.Sprintf(`new Set([...document.querySelectorAll("#article mark[data-ids]")].flatMap(m => m.dataset.ids.split(" "))).size === %d`, claims))
	blockModule(b)
	b.Do(chromedp.Navigate(s.URL + "/"))
	b.Wait(`document.querySelectorAll("#article .blk").length > 5`)
	if got := eval[string](b, `"restoring" in document.documentElement.dataset ? getComputedStyle(document.querySelector(".columns")).visibility : "not restoring"`); got != "hidden" {
		t.Errorf("the drawn sample, for a returning reader: %q, want hidden", got)
	}
}
