package browsertest

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// checkHeatCounts: the heat map's counts, otherwise only in hover titles,
// are in a table of the most-marked passages that a screen reader reads and
// a keyboard reaches; hidden from sight until focused, so the page looks
// the same. (TestClassroom's class: claim 1 marked by both, the rest by one.)
func checkHeatCounts(t *testing.T, b *browser) {
	t.Helper()
	const top = `document.querySelector("#heat-section .heat-top")`
	b.Wait("!!" + top)
	rows := eval[[]string](b, `[...`+top+`.querySelectorAll("tbody tr")].map(tr => [...tr.cells].map(td => td.textContent).join(" | "))`)
	want := []string{
		"We have a common goal of increasing security in Eurasia | 2 of 2 students",
		"We agreed with our Chinese friends to start a dialogue and get other like-minded countries to join us | 1 of 2 students",
		"it hasn’t sought to benefit from Russia’s war in Ukraine | 1 of 2 students",
		"they will face significant consequences | 1 of 2 students",
		"China supports the holding in due course of an international peace conference that is recognized by both sides | 1 of 2 students",
		"Two-way trade hit a record $240 billion last year | 1 of 2 students",
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("most-marked passages (-want +got):\n%s", diff)
	}
	if got := eval[string](b, top+`.querySelector("caption").textContent`); got != "The 6 most-marked of 6 passages" {
		t.Errorf("caption %q", got)
	}
	// Out of sight until a keyboard reaches it; the map itself takes focus
	// to scroll.
	width := `Math.round(` + top + `.getBoundingClientRect().width)`
	if w := eval[int](b, width); w > 1 {
		t.Errorf("the closed summary is %d px wide: it shows to mouse users", w)
	}
	eval[bool](b, top+`.querySelector("summary").focus() || true`)
	if w := eval[int](b, width); w < 100 {
		t.Errorf("the focused summary is %d px wide: a keyboard user cannot see it", w)
	}
	eval[bool](b, top+`.querySelector("summary").click() || true`)
	b.Wait(top + `.open && ` + top + `.querySelector("table").getBoundingClientRect().height > 50`)
	eval[bool](b, `document.activeElement.blur() || true`)
	if w := eval[int](b, width); w < 100 {
		t.Errorf("the opened summary is %d px wide after the focus left", w)
	}
	got := eval[[]string](b, `[document.querySelector("#heatmap").tabIndex, document.querySelector("#heatmap").getAttribute("aria-label")].map(String)`)
	if diff := cmp.Diff([]string{"0", "Heat map of the article"}, got); diff != "" {
		t.Errorf("heat map (-want +got):\n%s", diff)
	}
	eval[bool](b, top+`.open = false`)
}
