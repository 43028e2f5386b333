package browsertest

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// activeID is the id of the focused element ("BODY" when none has focus).
func activeID(b *browser) string {
	return eval[string](b, `document.activeElement === document.body ? "BODY" : (document.activeElement.id || document.activeElement.tagName)`)
}

// TestKeyboardSkipLinkAndNewSpeaker: the first Tab reaches a skip link
// that takes the keyboard to the article; a claim attributed to a new
// speaker with "Add and attribute" keeps the keyboard in the editor (it
// fell to the page's body), where the speaker box now names the speaker.
func TestKeyboardSkipLinkAndNewSpeaker(t *testing.T) {
	b := openSample(t)
	eval[bool](b, `(document.activeElement.blur(), true)`)
	b.Do(chromedp.KeyEvent(kb.Tab))
	if id := activeID(b); id != "skip-to-article" {
		t.Fatalf("the first Tab focuses %q, want the skip link", id)
	}
	b.Do(chromedp.KeyEvent(kb.Enter))
	b.Wait(`document.activeElement.id === "article"`)

	claimBySelection(b, "We have a common goal of increasing security in Eurasia", "common goal")
	b.Do(chromedp.Focus(chromedp.CSS("#speaker-input")))
	b.Do(chromedp.SendKeys(chromedp.CSS("#speaker-input"), "Olga Newname"))
	b.Wait(`!!document.querySelector("#speaker-options .opt-new")`)
	// Down to "New speaker", Enter opens the form, Tab to its button.
	for eval[string](b, `document.querySelector("#speaker-options .opt.active")?.dataset.kind ?? ""`) != "new" {
		b.Do(chromedp.KeyEvent(kb.ArrowDown))
	}
	b.Do(chromedp.KeyEvent(kb.Enter))
	b.Wait(`document.activeElement.id === "new-speaker-name"`)
	b.Do(chromedp.Focus(chromedp.CSS("#new-speaker-save")))
	b.Do(chromedp.KeyEvent(kb.Enter))
	b.Wait(`document.querySelector("#claim-speaker").textContent.includes("Olga Newname")`)
	b.Wait(`document.activeElement !== document.body && !!document.activeElement.closest("#claim-editor")`)
	if v := eval[string](b, `document.querySelector("#speaker-input").value`); v != "Olga Newname" {
		t.Errorf("the speaker box shows %q after attributing, want the speaker's name", v)
	}
}

// TestKeyboardSuggestListFollows: Tab through the suggestions keeps the
// current one in view inside the list, and the list can be scrolled from
// the keyboard (it takes focus).
func TestKeyboardSuggestListFollows(t *testing.T) {
	b := openSample(t)
	clickSel(b, "#suggest-btn")
	b.Wait(`document.querySelector("#suggestions")?.dataset.count > 5`)
	inView := `(() => {
	  const list = document.querySelector("#suggestions .sg-list"), cur = document.querySelector("#suggestions .sg-item.cur");
	  if (!cur) return false;
	  const l = list.getBoundingClientRect(), c = cur.getBoundingClientRect();
	  return c.top >= l.top - 1 && c.bottom <= l.bottom + 1;
	})()`
	n := eval[int](b, `document.querySelectorAll("#suggestions .sg-item").length`)
	for i := 0; i < n-1; i++ {
		b.Do(chromedp.KeyEvent(kb.Tab))
		b.Wait(fmt.Sprintf(`document.querySelector("#suggestions .sg-item.cur")?.dataset.index === "%d"`, i+1))
		b.Wait(inView)
	}
	if tabindex := eval[string](b, `document.querySelector("#suggestions .sg-list").getAttribute("tabindex") ?? ""`); tabindex != "0" {
		t.Errorf("the suggestion list cannot take the keyboard's focus (tabindex %q)", tabindex)
	}
}
