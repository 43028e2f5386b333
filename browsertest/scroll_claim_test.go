package browsertest

import (
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// fixtureOn opens the app in a browser of the given size, optionally
// asking for reduced motion, with the fixture's claims.
func fixtureOn(t *testing.T, w, h int64, phone, reduced bool) *browser {
	_, data := fixtureSet(t)
	s := startServer(t)
	b := newBrowser(t, "")
	if phone {
		b.Do(chromedp.EmulateViewport(w, h, chromedp.EmulateMobile, chromedp.EmulateTouch))
	} else {
		b.Do(chromedp.EmulateViewport(w, h))
	}
	if reduced {
		_, err := chromedp.Call(b.Ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}}})
		if err != nil {
			t.Fatal(err)
		}
	}
	reopen(b, s.URL+"/")
	importAnnotations(b, writeTemp(t, "sample.whosaid.json", data))
	waitSaved(b)
	eval[bool](b, `(() => { document.querySelector('.notice[data-key="import"] .notice-dismiss')?.click(); return true })()`)
	b.Wait(`!document.querySelector('.notice[data-key="import"]')`)
	return b
}

// recordScrolls starts keeping every page scroll position.
func recordScrolls(b *browser) {
	eval[bool](b, `(() => {
		window.__ys = [];
		window.__y0 = scrollY;
		// (Not the pixel chromedp may nudge the page by to click.)
		if (!window.__rec) addEventListener("scroll", () => { if (Math.abs(scrollY - __y0) > 2) __ys.push(scrollY); window.__lastScroll = performance.now() });
		window.__rec = true;
		return true;
	})()`)
	// A scroll made just before may still report: let it, then start afresh.
	b.Wait(`performance.now() - (window.__lastScroll || 0) > 300`)
	eval[bool](b, `(() => { window.__ys = []; window.__y0 = scrollY; return true })()`)
}

// checkOneScroll waits until claim id is open and the page has stopped
// scrolling, then checks that its highlight is in view, clear of a phone's
// editor sheet, and that the page moved one way only: one scroll, smooth
// (many positions) or, with reduced motion, a single jump.
func checkOneScroll(t *testing.T, b *browser, id string, reduced bool) {
	t.Helper()
	b.Wait(`document.querySelector("#claims-list li.cur button.claim-row")?.dataset.claimId === "` + id + `" && __ys.length > 0 && performance.now() - __lastScroll > 500`)
	mark := `document.querySelector('#article mark[data-ids~="` + id + `"]').getBoundingClientRect()`
	where := eval[map[string]float64](b, `(() => {
		const m = `+mark+`, ed = document.querySelector("#claim-editor"), sheet = getComputedStyle(ed).position === "fixed";
		return {top: m.top, bottom: m.bottom, clear: sheet ? ed.getBoundingClientRect().top : innerHeight};
	})()`)
	if where["top"] < 0 || where["bottom"] > where["clear"] {
		t.Errorf("highlight at %v..%v, not within the free part of the screen 0..%v", where["top"], where["bottom"], where["clear"])
	}
	ys := eval[[]float64](b, `__ys`)
	for i := 2; i < len(ys); i++ {
		if (ys[i]-ys[i-1])*(ys[1]-ys[0]) < 0 {
			t.Errorf("the page scrolled one way then the other (two scrolls): %v", ys)
			break
		}
	}
	if reduced && len(ys) != 1 {
		t.Errorf("with reduced motion the page moved through %d positions, want one jump: %v", len(ys), ys)
	}
	if !reduced && len(ys) < 3 {
		t.Errorf("the scroll was not smooth: positions %v", ys)
	}
}

// TestClaimScrollsOnceOnPhone: on a phone the claims list is under the
// article. Clicking a claim there, or J to the next, scrolls the page once,
// to the highlight (not also to the list entry), above the editor sheet.
func TestClaimScrollsOnceOnPhone(t *testing.T) {
	for _, c := range []struct {
		name    string
		reduced bool
	}{{"smooth", false}, {"reduced motion", true}} {
		t.Run(c.name, func(t *testing.T) {
			b := fixtureOn(t, 390, 844, true, c.reduced)
			// The first claim: its highlight is far above the list.
			const row = `document.querySelector("#claims-list button.claim-row")`
			b.Wait("!!" + row)
			id := eval[string](b, row+`.dataset.claimId`)
			eval[bool](b, `(() => { `+row+`.scrollIntoView({block: "center"}); return true })()`)
			b.Wait(`(() => { const r = ` + row + `.getBoundingClientRect(); return r.top > 0 && r.bottom < innerHeight })()`)
			recordScrolls(b)
			b.Do(chromedp.Click(chromedp.CSS(`#claims-list button.claim-row`)))
			checkOneScroll(t, b, id, c.reduced)

			next := eval[string](b, `document.querySelectorAll("#claims-list button.claim-row")[1].dataset.claimId`)
			recordScrolls(b)
			b.Do(chromedp.KeyEvent("j"))
			checkOneScroll(t, b, next, c.reduced)
		})
	}
}

// TestClaimScrollDesktopMovesListInPanel: on a desktop K opens the last
// claim; the page scrolls once to its highlight and the list entry comes
// into view inside the side panel's own scroller.
func TestClaimScrollDesktopMovesListInPanel(t *testing.T) {
	b := fixtureOn(t, 1280, 700, false, false)
	if !eval[bool](b, `(() => { const s = document.querySelector(".side-inner"); return s.scrollHeight > s.clientHeight })()`) {
		t.Fatal("the side panel does not scroll: this test needs a list longer than the screen")
	}
	last := eval[string](b, `[...document.querySelectorAll("#claims-list button.claim-row")].pop().dataset.claimId`)
	recordScrolls(b)
	b.Do(chromedp.KeyEvent("k"))
	checkOneScroll(t, b, last, false)
	b.Wait(`(() => {
		const s = document.querySelector(".side-inner").getBoundingClientRect(), r = document.querySelector("#claims-list li.cur").getBoundingClientRect();
		return r.top >= s.top - 1 && r.bottom <= s.bottom + 1 && r.top >= 0 && r.bottom <= innerHeight; // 1px: rounding
	})()`)
}
