package browsertest

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestDashboardHeatLegendAndResultsName: the heat map has a legend (what a
// shade means, in students), shades a passage as one box (not a box per
// word with gaps), and the results download is named after the exercise
// and the day.
func TestDashboardHeatLegendAndResultsName(t *testing.T) {
	s := startServer(t)
	_, code, teacherPath := publishExercise(t, s, classKey[3].quote, map[string]any{"title": "Week 3: sanctions", "feedback": "after-submit"})
	for _, name := range []string{"Ana", "Ben"} {
		st := newBrowser(t, "")
		joinClass(t, st, s.URL, code, name)
		mark(st, classKey[3].context, classKey[3].quote, "Janet Yellen")
		submitWhenSaved(st)
		st.Wait(`!!document.querySelector("#fb-keys li.fb-key")`)
	}
	teacher := newBrowser(t, "")
	openLive(teacher, s.URL+teacherPath)
	teacher.Wait(`document.querySelectorAll("#roster tbody tr").length === 2 && !!document.querySelector("#heatmap .heat")`)
	legend := eval[string](teacher, `document.querySelector("#heat-legend")?.textContent ?? ""`)
	if !strings.Contains(legend, "1 student") || !strings.Contains(legend, "2 students") {
		t.Errorf("heat map legend %q; want the shades for 1 and 2 students", legend)
	}
	boxes := eval[[]string](teacher, `[...document.querySelectorAll("#heatmap .heat")].map(e => e.textContent)`)
	if len(boxes) != 1 || boxes[0] != classKey[3].quote {
		t.Errorf("heat boxes %q; want the one marked passage as one box", boxes)
	}
	dir := enableDownloads(teacher)
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-csv")))
	name, _ := awaitDownload(t, dir, ".csv")
	if !regexp.MustCompile(`^week-3-sanctions-results-\d{4}-\d{2}-\d{2}\.csv$`).MatchString(name) {
		t.Errorf("results downloaded as %q, want week-3-sanctions-results-<day>.csv", name)
	}
}

// TestExpectedAnswersAreNotConsoleErrors: the first open of an article
// (the server has no copy yet) and a name already taken in a class are
// expected answers, not errors in the browser's console; the join page
// still says the name is taken.
func TestExpectedAnswersAreNotConsoleErrors(t *testing.T) {
	s := startServer(t)
	_, code, _ := publishExercise(t, s, classKey[3].quote, map[string]any{"title": "Console", "feedback": "after-submit"})
	ana := newBrowser(t, "")
	joinClass(t, ana, s.URL, code, "Ana")

	b := newBrowser(t, "")
	openApp(b, s.URL+"/")
	waitSync(b, "synced")
	openLive(b, s.URL+"/join?code="+code)
	b.Wait(`!!document.querySelector("#join-name")`)
	b.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), "Ana"))
	b.Do(chromedp.Click(chromedp.CSS("#join-btn")))
	b.Wait(`document.querySelector("#join")?.textContent.includes("already uses the name")`)
	for _, m := range b.Console() {
		if strings.HasPrefix(m, "error") && (strings.Contains(m, "404") || strings.Contains(m, "409")) {
			t.Errorf("console: %s", m)
		}
	}
}

// TestSyncLabelFits: the sync button's word is never cut (it said
// "Sync …: Fetching y…"): whatever the state, its text fits its box.
func TestSyncLabelFits(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	openApp(b, s.URL+"/")
	fits := `(() => { const e = document.querySelector("#sync-status"); return !!e && e.scrollWidth <= e.clientWidth })()`
	for _, state := range []string{"pending", "synced"} {
		b.Wait(`document.querySelector("#sync-status")?.dataset.state === "` + state + `" || document.querySelector("#sync-status")?.dataset.state === "synced"`)
		if !eval[bool](b, fits) {
			t.Errorf("the sync label %q overflows its box", eval[string](b, `document.querySelector("#sync-status").textContent`))
		}
	}
}

// TestHTMLArticleBylineOnce: an HTML article whose author is both in its
// metadata and in its text shows the byline once.
func TestHTMLArticleBylineOnce(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	openApp(b, s.URL+"/")
	page := `<html><head><title>Talks stall</title><meta name="author" content="Jane Doe"></head><body><article>
<h1>Talks stall</h1><p class="byline">By Jane Doe</p><p>“We will not move,” said Sergei Lavrov on Tuesday.</p></article></body></html>`
	openArticleDialog(b)
	uploadTo(b, "#article-file", writeTemp(t, "talks.html", []byte(page)))
	b.Wait(`document.querySelector("#article")?.textContent.includes("We will not move")`)
	if n := eval[int](b, `(document.querySelector("#annotator .main-col").innerText.match(/Jane Doe/g) || []).length`); n != 1 {
		t.Errorf("the byline shows %d times, want once", n)
	}
}
