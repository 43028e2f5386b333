package browsertest

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestAccessibilityEveryPage runs axe-core on every page of the app, in
// the states people use it in: the annotator with a claim open in the
// editor and with the suggestions listed, the summary, the library, the
// teacher's page with a key, the dashboard of a class with submitted
// work, the join page, the student's page with feedback after Submit,
// and the two pages of the file-only classroom. No page may have a
// critical or a serious violation.
func TestAccessibilityEveryPage(t *testing.T) {
	s, teacher, _ := withFixture(t)
	teacher.Wait(`document.querySelectorAll("#claims-list li[data-claim-id]").length > 3`)
	if px := eval[float64](teacher, badgePx); px < 12 {
		t.Errorf("speaker badges are %.1f px, want 12 at least", px)
	}
	clickSel(teacher, "#claims-list li[data-claim-id]")
	teacher.Wait(`!!document.querySelector("#claim-editor[data-claim-id]")`)
	axeCheck(teacher, "annotator, a claim in the editor")
	clickSel(teacher, "#suggest-btn")
	teacher.Wait(`document.querySelector("#suggestions")?.dataset.count > 0`)
	axeCheck(teacher, "annotator, suggestions")

	for _, p := range []struct{ path, ready, name string }{
		{"/summary", `!!document.querySelector("#summary .summary-group")`, "summary"},
		{"/library", `!!document.querySelector("#library")`, "library"},
		{"/teach/files", `!!document.querySelector("#teach-files")`, "teacher's file-only page"},
		{"/exercise/file", `!!document.querySelector("#exercise-file")`, "student's file-only page"},
		{"/join", `!!document.querySelector("#join-name")`, "join"},
	} {
		reopen(teacher, s.URL+p.path)
		teacher.Wait(p.ready)
		axeCheck(teacher, p.name)
	}

	reopen(teacher, s.URL+"/teach")
	teacher.Wait(`Number(document.querySelector("#key-count")?.textContent) > 3`)
	axeCheck(teacher, "teach, the key")
	teacher.Do(chromedp.Click(chromedp.CSS("#ex-create")))
	teacher.Wait(`location.pathname.startsWith("/teach/") && !!document.querySelector("#class-code")`)
	code := eval[string](teacher, `document.querySelector("#class-code").textContent`)

	student := newBrowser(t, "")
	joinClass(t, student, s.URL, code, "Ana")
	axeCheck(student, "student, annotating")
	mark(student, classKey[0].context, classKey[0].quote, "Sergei Lavrov")
	submitWhenSaved(student)
	student.Wait(`document.querySelector("#ex-status").dataset.status === "submitted" && !!document.querySelector("#fb-keys li.fb-key")`)
	axeCheck(student, "student, feedback")

	teacher.Wait(`[...document.querySelectorAll("#roster tbody tr .status")].map(e => e.textContent).join() === "submitted"`)
	teacher.Wait(`!!document.querySelector("#heatmap .heat")`)
	axeCheck(teacher, "dashboard")
	if strings.Contains(eval[string](teacher, `document.querySelector('meta[name="viewport"]').content`), "user-scalable") {
		t.Errorf("the page blocks zooming")
	}
}
