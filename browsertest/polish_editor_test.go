package browsertest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestEditorNamesAndFindsSpeakers: the editor labels the claim's type
// "Claim type" and a new speaker's "Speaker type" (both were "Kind");
// typing "S. Lavrov" offers the existing Sergei Lavrov before a new
// speaker; a new speaker named like an existing one ("Lavrov") is pointed
// at the existing one; after attributing, the speaker box names the
// speaker.
func TestEditorNamesAndFindsSpeakers(t *testing.T) {
	_, b, _ := withFixture(t)
	claimBySelection(b, "Russia and China agreed to start a dialogue on Eurasian security", "agreed to start a dialogue")
	if got := eval[string](b, `document.querySelector('label[for="kind-select"]').textContent`); got != "Claim type" {
		t.Errorf("the claim's kind is labelled %q, want %q", got, "Claim type")
	}
	b.Do(chromedp.SendKeys(chromedp.CSS("#speaker-input"), "S. Lavrov"))
	b.Wait(`!!document.querySelector("#speaker-options .opt")`)
	opts := eval[[]string](b, `[...document.querySelectorAll("#speaker-options .opt")].map(o => o.dataset.kind + ":" + o.querySelector(".opt-label").textContent)`)
	if len(opts) < 2 || opts[0] != "speaker:Sergei Lavrov" || !strings.HasPrefix(opts[1], "new:") {
		t.Errorf("options for %q: %q; want Sergei Lavrov first, then a new speaker", "S. Lavrov", opts)
	}
	// A new speaker who may be an existing one.
	clickSel(b, "#speaker-options .opt-new")
	b.Wait(`!!document.querySelector("#new-speaker-form")`)
	if got := eval[string](b, `document.querySelector('label[for="new-speaker-kind"]').textContent`); got != "Speaker type" {
		t.Errorf("the new speaker's kind is labelled %q, want %q", got, "Speaker type")
	}
	b.Wait(`document.querySelector("#new-speaker-same")?.textContent.includes("Sergei Lavrov")`)
	clickSel(b, "#new-speaker-same button")
	b.Wait(`document.querySelector("#claim-speaker").textContent.includes("Sergei Lavrov")`)
	if n := eval[int](b, `document.querySelectorAll("#speakers-list .speaker-name").length`); n != 10 {
		t.Errorf("%d speakers, want the 10 of the fixture (no duplicate)", n)
	}
	if v := eval[string](b, `document.querySelector("#speaker-input").value`); v != "Sergei Lavrov" {
		t.Errorf("the speaker box shows %q after attributing, want %q", v, "Sergei Lavrov")
	}
}

// TestSummaryQuotesAndBack: the Summary button shows the summary (the
// one view for reading and printing: no separate print view); only direct
// quotes are in quotation marks, a quote inside a claim in the inner
// marks; the browser's Back returns to the annotator.
func TestSummaryQuotesAndBack(t *testing.T) {
	_, b, _ := withFixture(t)
	if n := eval[int](b, `[...document.querySelectorAll(".topbar a, .topbar button")].filter(e => /print view/i.test(e.textContent)).length`); n != 0 {
		t.Errorf("the top bar still has a separate print view")
	}
	clickSel(b, "#summary-btn")
	b.Wait(`!!document.querySelector("#summary .summary-group")`)
	lines := eval[[]string](b, `[...document.querySelectorAll("#summary .summary-claim .claim-text")].map(e => e.textContent)`)
	want := map[string]bool{
		"“We have a common goal of increasing security in Eurasia”":                                                                                   true,
		"Russia and China confirmed there is no prospect of holding meetings to settle the conflict with Ukraine when Russia’s positions are ignored": true,
		"a “new paradigm” in China’s ties with Russia":                                                                                                true,
	}
	for _, l := range lines {
		delete(want, l)
		if strings.HasPrefix(l, "“") && strings.Count(l, "“") > 1 {
			t.Errorf("a quote inside a quote is in the outer marks: %q", l)
		}
	}
	for l := range want {
		t.Errorf("the summary lacks the line %q (has %q)", l, lines)
	}
	if !eval[bool](b, `!!document.querySelector("#summary-print")`) {
		t.Errorf("the summary has no Print button")
	}
	b.Do(chromedp.NavigateBack())
	b.Wait(`!!document.querySelector("#annotator[data-live]") && !document.querySelector("#summary") && document.querySelectorAll("#article [data-base]").length > 5`)
}
