package browsertest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots takes the screenshots of docs/screenshots: the
// annotator, the claim editor, the summary, the class dashboard (and its
// heat map) and a student's feedback, each on a 1280×800 screen and a 390×844 phone.
// `make screenshots` writes them there; otherwise they go with the other
// test screenshots (tmp/browsertest/screenshots).
func TestScreenshots(t *testing.T) {
	s, teacher, _ := withFixture(t)
	eval[bool](teacher, `(() => { document.querySelector('.notice[data-key="import"] .notice-dismiss')?.click(); return true })()`)
	teacher.Wait(`!document.querySelector('.notice[data-key="import"]')`)
	both(teacher, "annotator", func() {
		eval[bool](teacher, `(() => { getSelection().removeAllRanges(); scrollTo(0, 0); return true })()`)
	})
	both(teacher, "editor", func() {
		eval[bool](teacher, `(document.querySelector("#article mark.hl[data-ids]").click(), true)`)
		teacher.Wait(`!!document.querySelector("#claim-editor[data-claim-id]")`)
	})
	// The summary as the Summary button shows it (on a phone it is in the
	// menu; a DOM click reaches it either way).
	eval[bool](teacher, `(document.querySelector("#summary-btn").click(), true)`)
	teacher.Wait(`!!document.querySelector("#summary .summary-group")`)
	both(teacher, "summary", func() { eval[bool](teacher, `(scrollTo(0, 0), true)`) })

	reopen(teacher, s.URL+"/teach")
	teacher.Wait(`Number(document.querySelector("#key-count")?.textContent) > 3`)
	eval[bool](teacher, `(() => { const e = document.querySelector("#ex-title"); e.value = "Who said what: China and Russia";
	  e.dispatchEvent(new Event("change", {bubbles: true})); return true })()`)
	teacher.Do(chromedp.Click(chromedp.CSS("#ex-create")))
	teacher.Wait(`location.pathname.startsWith("/teach/") && !!document.querySelector("#class-code")`)
	code := eval[string](teacher, `document.querySelector("#class-code").textContent`)
	var student *browser
	for i, name := range []string{"Ben", "Ana"} {
		student = newBrowser(t, "")
		joinClass(t, student, s.URL, code, name)
		for _, k := range classKey[i : i+3] {
			mark(student, k.context, k.quote, k.speaker)
		}
		submitWhenSaved(student)
		student.Wait(`document.querySelector("#ex-status").dataset.status === "submitted" && !!document.querySelector("#fb-keys li.fb-key")`)
	}
	both(student, "feedback", func() {
		eval[bool](student, `(document.querySelector("#feedback").scrollIntoView(), true)`)
	})
	teacher.Wait(`[...document.querySelectorAll("#roster tbody tr .status")].map(e => e.textContent).join() === "submitted,submitted"`)
	teacher.Wait(`!!document.querySelector("#heatmap .heat")`)
	both(teacher, "dashboard", func() { eval[bool](teacher, `(scrollTo(0, 0), true)`) })
	both(teacher, "dashboard-heatmap", func() {
		eval[bool](teacher, `(document.querySelector("#heat-section").scrollIntoView(), true)`)
	})
}

// both takes a screenshot of b on a 1280×800 screen and one on a 390×844
// phone (at twice the pixels, as phones show it), after arrange puts the
// page in the state to show.
func both(b *browser, name string, arrange func()) {
	b.t.Helper()
	dir := os.Getenv("WHOSAID_SCREENSHOTS")
	if dir == "" {
		dir = filepath.Join(repoRoot, "tmp", "browsertest", "screenshots")
	}
	for _, size := range []struct {
		suffix string
		view   chromedp.Action[chromedp.Void]
	}{
		{"desktop", chromedp.EmulateViewport(1280, 800)},
		{"phone", chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile, chromedp.EmulateTouch)},
	} {
		b.Do(size.view)
		arrange()
		// Two frames: the layout and go-app's render settle.
		// The layout and a smooth scroll settle: the same scroll position
		// over a few frames.
		b.Wait(`(() => { const y = Math.round(scrollY); const same = window.__shotY === y; window.__shotY = y;
		  return same && (window.__shotSame = (window.__shotSame || 0) + 1) > 5 || (same || (window.__shotSame = 0), false) })()`)
		eval[bool](b, `(window.__shotY = undefined, window.__shotSame = 0, true)`)
		buf, err := chromedp.Run(b.Ctx, chromedp.CaptureScreenshot())
		if err != nil {
			b.t.Fatalf("screenshot: %v", err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			b.t.Fatal(err)
		}
		path := filepath.Join(dir, name+"-"+size.suffix+".png")
		if err := os.WriteFile(path, buf, 0o644); err != nil {
			b.t.Fatal(err)
		}
		b.t.Logf("screenshot: %s", path)
	}
	b.Do(chromedp.EmulateViewport(1280, 900))
}
