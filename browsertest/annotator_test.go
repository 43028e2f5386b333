package browsertest

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// selectText selects the first occurrence of want in the article with a DOM
// Range (as a mouse drag would), across highlight boundaries.
func selectText(b *browser, want string) {
	b.t.Helper()
	js := fmt.Sprintf(`(() => {
  const root = document.querySelector("#article");
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = []; let all = "";
  while (w.nextNode()) { nodes.push([w.currentNode, all.length]); all += w.currentNode.data; }
  const i = all.indexOf(%q);
  if (i < 0) return "";
  const j = i + %d;
  const at = (k, end) => {
    for (const [n, s] of nodes) {
      const e = s + n.data.length;
      if (k >= s && (k < e || (end && k === e))) return [n, k - s];
    }
  };
  const [sn, so] = at(i, false), [en, eo] = at(j, true);
  const r = document.createRange(); r.setStart(sn, so); r.setEnd(en, eo);
  const sel = getSelection(); sel.removeAllRanges(); sel.addRange(r);
  return sel.toString();
})()`, want, utf16Len(want))
	if got := eval[string](b, js); got != want {
		b.t.Fatalf("selecting %q selected %q", want, got)
	}
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}

// markTexts lists the text of every claim highlight with its data-ids.
func markTexts(b *browser) []string {
	return eval[[]string](b, `[...document.querySelectorAll("#article mark.hl")].map(m => m.dataset.ids + ":" + m.textContent)`)
}

// claimQuotes gives the quote of each claim in the list, in order.
func claimQuotes(b *browser) []string {
	return eval[[]string](b, `[...document.querySelectorAll("#claims-list li[data-claim-id] .claim-quote")].map(e => e.textContent)`)
}

func openSample(t *testing.T) *browser {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	return b
}

func TestClaimFromSelectionAndToolbar(t *testing.T) {
	b := openSample(t)
	// A sloppy selection: starts inside "We" after the quote mark, ends
	// after the comma; snapping gives the clean words.
	selectText(b, "e have a common goal of increasing security in Eurasia,")
	b.Wait(`!!document.querySelector("#sel-toolbar #tb-claim")`)
	b.Do(chromedp.Click(chromedp.CSS("#tb-claim")))
	b.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length === 1`)
	if got, want := claimQuotes(b), []string{"We have a common goal of increasing security in Eurasia"}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("claims = %q, want %q", got, want)
	}
	// The span sits in quotation marks: prefilled as direct.
	if got := eval[string](b, `document.querySelector("#attr-select").value`); got != "direct" {
		t.Errorf("attribution = %q, want direct", got)
	}
	marks := markTexts(b)
	if len(marks) != 1 || !strings.HasSuffix(marks[0], ":We have a common goal of increasing security in Eurasia") {
		t.Errorf("marks = %q", marks)
	}
	b.screenshot("claim-toolbar")
}
