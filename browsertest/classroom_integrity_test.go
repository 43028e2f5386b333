package browsertest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
)

// studentPageOffersOnlyExport: the student page's annotator has none of
// the controls that lead to another article or another store (Open
// article, Import, Library, Sync, Print view); Export is there.
func studentPageOffersOnlyExport(t *testing.T, b *browser) {
	t.Helper()
	b.Wait(`!!document.querySelector("#export-native")`)
	got := eval[[]string](b, `["#open-article", "#import-annotations", "#library-link", "#sync-status", "a[href='/summary']", "#export-native", "#export-w3c", "#export-csv"]
  .filter(sel => !!document.querySelector(sel))`)
	if want := []string{"#export-native", "#export-w3c", "#export-csv"}; strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("the student page offers %q, want only %q", got, want)
	}
}

// sampleParagraph is the number (from 1) of the sample article's block
// that holds quote.
func sampleParagraph(t *testing.T, quote string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "annotate", "testdata", "sample-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := article.Import("sample-article.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	for i, bl := range doc.Blocks {
		if strings.Contains(bl.Text, quote) {
			return i + 1
		}
	}
	t.Fatalf("%q is in no paragraph", quote)
	return 0
}

// checkFeedbackHidesKey: while the exercise is open, the student's
// feedback names no key claim it did not find (none of hidden is in it)
// and says of each missed one which paragraph it is in; "Show paragraph"
// scrolls the article there and marks it.
func checkFeedbackHidesKey(t *testing.T, b *browser, hidden []string, missed []string) {
	t.Helper()
	b.Wait(`document.querySelector("#feedback")?.dataset.keyShown === "false"`)
	text := eval[string](b, `document.querySelector("#feedback").textContent`)
	for _, h := range hidden {
		if strings.Contains(text, h) {
			t.Errorf("the feedback shows %q of the key while the exercise is open:\n%s", h, text)
		}
	}
	if n := eval[int](b, `document.querySelectorAll("#fb-keys .fb-quote").length`); n != 0 {
		t.Errorf("the feedback quotes %d key claims while the exercise is open", n)
	}
	var want []string
	for _, q := range missed {
		want = append(want, fmt.Sprintf("A claim in paragraph %d was missed.", sampleParagraph(t, q)))
	}
	got := eval[[]string](b, `[...document.querySelectorAll("#fb-keys li.fb-key[data-outcome=missed] .fb-where")].map(e => e.textContent)`)
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("missed claims %q, want %q", got, want)
	}
	if len(missed) == 0 {
		return
	}
	n := sampleParagraph(t, missed[0])
	clickSel(b, fmt.Sprintf(`#fb-keys li.fb-key[data-outcome=missed] button.fb-goto[data-paragraph="%d"]`, n))
	b.Wait(fmt.Sprintf(`(() => { const p = document.querySelectorAll("#article [data-base]")[%d];
  const r = p.getBoundingClientRect(); return p.classList.contains("ex-flash") && r.bottom > 0 && r.top < innerHeight })()`, n-1))
}

// TestStudentStaysOnTheExercise: a mischievous student tries to work on
// another article. The student page has no Open article, Import, Library
// or Sync (Export works, on the exercise's article); an address with
// ?open= still shows the exercise's article; another article opened in
// the plain annotator does not replace the exercise work; and work on
// another article sent to the class from the page (as from the browser's
// console) is refused with a message saying so.
func TestStudentStaysOnTheExercise(t *testing.T) {
	web := webWith(t, map[string][]byte{"other.txt": []byte("Another story\n\nThe mayor said the harbour would reopen.")})
	s := startServer(t, "--web", web)
	doc, code, _ := publishViaAPI(t, s, "after-submit")
	st := newBrowser(t, "")
	joinClass(t, st, s.URL, code, "Mallory")
	studentPageOffersOnlyExport(t, st)
	st.screenshot("classroom-student-bar")
	mark(st, classKey[3].context, classKey[3].quote, "")
	waitSaved(st)
	st.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)
	dir := enableDownloads(st)
	if got := exportNativeSet(st, dir); got.Document.ID != doc.ID || len(got.Claims) != 1 {
		t.Errorf("Export on the student page: document %s with %d claims, want the exercise's with 1", got.Document.ID, len(got.Claims))
	}

	// An address that opens another article opens the exercise's.
	openLive(st, s.URL+"/exercise/"+code+"?open=/web/other.txt")
	st.Wait(`document.querySelectorAll("#article [data-base]").length > 5 && document.querySelectorAll("#claims-list li[data-claim-id]").length === 1`)
	if eval[bool](st, `document.querySelector("#article").textContent.includes("harbour would reopen")`) {
		t.Errorf("?open= put another article on the student page")
	}
	studentPageOffersOnlyExport(t, st)

	// The plain annotator, in the same browser, opens another article;
	// the exercise page still has the exercise's, with the work.
	openLive(st, s.URL+"/?open=/web/other.txt")
	st.Wait(`document.querySelector("#article")?.textContent.includes("harbour would reopen")`)
	waitSaved(st)
	openLive(st, s.URL+"/exercise/"+code)
	st.Wait(`document.querySelectorAll("#article [data-base]").length > 5 && document.querySelectorAll("#claims-list li[data-claim-id]").length === 1`)
	if eval[bool](st, `document.querySelector("#article").textContent.includes("harbour would reopen")`) {
		t.Errorf("the exercise page shows the article opened elsewhere")
	}

	// Work on another article sent from the page itself is refused.
	other := annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "Pasted"}, "The mayor said the harbour would reopen."))
	data, err := native.Encode(other)
	if err != nil {
		t.Fatal(err)
	}
	token := eval[string](st, fmt.Sprintf(`JSON.parse(localStorage.getItem(%q)).token`, "whosaid/v1/class/"+code))
	answer := awaitText(st, fmt.Sprintf(`fetch("/api/v1/classes/%s/me/submit", {method: "POST", headers: {"Authorization": "Bearer %s", "Content-Type": "application/json"}, body: %q})
  .then(r => r.text().then(t => r.status + " " + t))`, code, token, string(data)))
	if !strings.HasPrefix(answer, "400 ") || !strings.Contains(answer, "another article than the exercise's") {
		t.Errorf("submitting work on another article: %s", answer)
	}
	// Nothing was handed in: Submit hands in the exercise work.
	submitWhenSaved(st)
	st.Wait(`document.querySelector("#ex-status").dataset.status === "submitted"`)
	var me struct {
		Attempts int             `json:"attempts"`
		Work     json.RawMessage `json:"work"`
	}
	req, _ := http.NewRequest("GET", s.URL+"/api/v1/classes/"+code+"/me", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	json.NewDecoder(res.Body).Decode(&me)
	work, err := native.Decode(me.Work)
	if err != nil || me.Attempts != 1 || work.Document.ID != doc.ID || len(work.Claims) != 1 {
		t.Errorf("on the server: %d attempts, work %v (%v); want 1 attempt of 1 claim on the exercise", me.Attempts, work, err)
	}
}

// TestClassroomOneSubmission: with "One submission only", the student is
// told before submitting, and after it Submit is off with the reason; the
// teacher's dashboard says so too and lists the attempt.
func TestClassroomOneSubmission(t *testing.T) {
	s := startServer(t)
	_, code, teacherPath := publishExercise(t, s, classKey[3].quote, map[string]any{"title": "Once", "feedback": "after-submit", "oneSubmission": true})
	st := newBrowser(t, "")
	joinClass(t, st, s.URL, code, "Ola")
	st.Wait(`document.querySelector("#ex-next").textContent.includes("one submission")`)
	mark(st, classKey[3].context, "they will face significant consequences", "")
	submitWhenSaved(st)
	st.Wait(`document.querySelector("#ex-status").dataset.status === "submitted" && document.querySelector("#btn-submit").disabled`)
	st.Wait(`document.querySelector("#ex-next").textContent.startsWith("You have submitted: this exercise takes one submission")`)
	st.Wait(`document.querySelector("#fb-keys li.fb-key")?.dataset.outcome === "partly"`)
	if got := eval[string](st, `document.querySelector("#fb-keys .fb-where").textContent`); got != fmt.Sprintf("A claim in paragraph %d was partly found.", sampleParagraph(t, classKey[3].quote)) {
		t.Errorf("feedback line %q", got)
	}
	teacher := newBrowser(t, "")
	openLive(teacher, s.URL+teacherPath)
	teacher.Wait(`!!document.querySelector("#ex-one-submission") && document.querySelector("#roster tbody tr .attempts")?.textContent === "1"`)
	teacher.Do(chromedp.Click(chromedp.CSS(`#roster button.open-student`)))
	teacher.Wait(`document.querySelectorAll("#attempts tr.attempt").length === 1`)
	if got := eval[string](teacher, `[...document.querySelectorAll("#attempts tr.attempt td")].slice(2).map(td => td.textContent).join("|")`); got != "1|0|1|0|0.000|0.769" {
		t.Errorf("the attempt on the dashboard: %q", got)
	}
}

// awaitText evaluates a promise of a string.
func awaitText(b *browser, expr string) string {
	b.t.Helper()
	v, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}
