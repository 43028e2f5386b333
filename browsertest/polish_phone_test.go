package browsertest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// onPhone makes b a 390×844 touch phone.
func onPhone(b *browser) {
	b.t.Helper()
	b.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
}

// sheetLeavesInView tells whether the claim being edited (its highlight)
// is on screen, between the top bar and the editor's bottom sheet.
const sheetLeavesInView = `(() => {
  const m = document.querySelector("#article mark.hl.cur");
  const sheet = document.querySelector("#claim-editor").getBoundingClientRect();
  const bar = document.querySelector(".topbar").getBoundingClientRect();
  if (!m) return false;
  const r = m.getClientRects()[0];
  return r.top >= Math.max(bar.bottom, 0) - 1 && r.bottom <= sheet.top + 1;
})()`

// TestPhoneEditorLeavesTheSentenceInView: on a phone the claim editor is a
// bottom sheet; the sentence being attributed stays in view above it,
// for a claim far down the article too, and the touch toolbar shows no
// key letters (nor does the editor say "press V").
func TestPhoneEditorLeavesTheSentenceInView(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	onPhone(b)
	openApp(b, s.URL+"/")
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	for _, q := range []struct{ context, quote string }{
		{"We have a common goal of increasing security in Eurasia", "common goal of increasing security"},
		{"China supports the holding in due course of an international peace conference that is recognized by both sides", "an international peace conference"},
	} {
		b.Wait(`!document.querySelector("#sel-toolbar")`)
		selectIn(b, q.context, q.quote)
		waitToolbar(b, "#tb-claim")
		if keys := eval[string](b, `[...document.querySelectorAll("#sel-toolbar kbd, #sel-toolbar .key")].filter(k => k.offsetParent).map(k => k.textContent).join()`); keys != "" {
			t.Errorf("the touch toolbar shows key letters %q", keys)
		}
		b.Do(chromedp.Click(chromedp.CSS("#sel-toolbar #tb-claim")))
		b.Wait(`!!document.querySelector("#claim-editor[data-claim-id]")`)
		b.Wait(sheetLeavesInView)
		if hint := eval[string](b, `document.querySelector("#claim-editor").innerText`); strings.Contains(hint, "press V") {
			t.Errorf("the editor on a touch screen says %q", "press V")
		}
		b.Do(chromedp.Click(chromedp.CSS("#close-claim")))
		b.Wait(`!document.querySelector("#claim-editor[data-claim-id]")`)
	}
}

// badgePx is the font size of the speaker badges on the article's
// highlights, in px.
const badgePx = `parseFloat(getComputedStyle(document.querySelector("#article mark.hl[data-badge]"), "::after").fontSize)`

// TestPhoneTopBarIsCompact: on a phone the top bar keeps to one row of
// tools (the rest behind a menu button), well under a fifth of the screen,
// and stays on screen when the article scrolls, with Undo and the status;
// the speaker badges are 12 px at least (they were 9).
func TestPhoneTopBarIsCompact(t *testing.T) {
	b := fixtureOn(t, 390, 844, true, false)
	if px := eval[float64](b, badgePx); px < 12 {
		t.Errorf("speaker badges are %.1f px on a phone, want 12 at least", px)
	}
	h := eval[float64](b, `document.querySelector(".topbar").getBoundingClientRect().height`)
	if h > 844/6 {
		t.Errorf("the phone top bar is %.0f px tall, more than a sixth of the screen", h)
	}
	eval[bool](b, `(scrollTo(0, 3000), true)`)
	b.Wait(`scrollY > 1000`)
	if !eval[bool](b, `(() => { const r = document.querySelector("#undo").getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight && !!document.querySelector("#undo").offsetParent })()`) {
		t.Errorf("Undo scrolled away with the article")
	}
	// Everything the bar holds is one tap away.
	clickSel(b, "#more-tools")
	for _, sel := range []string{"#open-article", "#import-annotations", "#export-native", "#export-csv", "#summary-btn"} {
		b.Wait(`(() => { const e = document.querySelector("` + sel + `"); return !!e && !!e.offsetParent })()`)
	}
}

// TestPhoneStudentSeesInstructionsAndFeedback: a student on a phone reads
// the instructions before the article, and after Submit the feedback is
// not under the claim editor.
func TestPhoneStudentSeesInstructionsAndFeedback(t *testing.T) {
	s := startServer(t)
	_, code, _ := publishExercise(t, s, classKey[3].quote, map[string]any{"title": "Phone", "instructions": "Find who warned whom.", "feedback": "after-submit"})
	st := newBrowser(t, "")
	onPhone(st)
	joinClass(t, st, s.URL, code, "Ana")
	if !eval[bool](st, `document.querySelector("#ex-instructions").getBoundingClientRect().bottom <= document.querySelector("#article").getBoundingClientRect().top`) {
		t.Errorf("the instructions are not before the article")
	}
	mark(st, classKey[3].context, classKey[3].quote, "Janet Yellen")
	st.Wait(`!!document.querySelector("#claim-editor[data-claim-id]")`)
	submitWhenSaved(st)
	st.Wait(`!!document.querySelector("#fb-keys li.fb-key")`)
	st.Wait(`(() => {
	  const fb = document.querySelector("#feedback").getBoundingClientRect();
	  const ed = document.querySelector("#claim-editor[data-claim-id]");
	  return fb.top < innerHeight && fb.bottom > 0 && (!ed || ed.getBoundingClientRect().top >= innerHeight || getComputedStyle(ed).position !== "fixed");
	})()`)
}
