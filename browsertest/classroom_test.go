package browsertest

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
)

// Classroom exercises (docs/classroom.md): a teacher, two students, a key
// of five claims on the sample article.

// The key's claims, in document order, with their speakers.
var classKey = []struct{ context, quote, speaker string }{
	{"We have a common goal of increasing security in Eurasia", "We have a common goal of increasing security in Eurasia", "Sergei Lavrov"},
	{"We agreed with our Chinese friends to start a dialogue and get other like-minded countries to join us", "We agreed with our Chinese friends to start a dialogue and get other like-minded countries to join us", "Sergei Lavrov"},
	{"China on Monday said it hasn’t sought to benefit from Russia’s war in Ukraine", "it hasn’t sought to benefit from Russia’s war in Ukraine", "China"},
	{"they will face significant consequences if they do", "they will face significant consequences if they do", "Janet Yellen"},
	{"China supports the holding in due course of an international peace conference that is recognized by both sides", "China supports the holding in due course of an international peace conference that is recognized by both sides", "Mao Ning"},
}

// openLive is b.Open, riding out a page that replaces itself while it
// starts (go-app's first visit may reload once, which destroys the
// JavaScript context a wait is polling in).
func openLive(b *browser, url string) {
	b.t.Helper()
	b.Open(url) // rides out a replaced document (browser.poll)
}

// attribute gives the current claim a speaker through the speaker box: an
// existing one by type-ahead, else a new one.
func attribute(b *browser, name string) {
	b.t.Helper()
	exists := eval[bool](b, fmt.Sprintf(`[...document.querySelectorAll("#speakers-list .speaker-name")].some(e => e.textContent === %q)`, name))
	b.Do(chromedp.SendKeys(chromedp.CSS("#speaker-input"), name))
	if exists {
		opt := fmt.Sprintf(`[...document.querySelectorAll("#speaker-options .opt")].find(o => o.querySelector(".opt-label")?.textContent === %q)`, name)
		b.Wait("!!" + opt)
		eval[bool](b, opt+".click() || true")
	} else {
		clickSel(b, "#speaker-options .opt-new")
		b.Wait(`!!document.querySelector("#new-speaker-form")`)
		b.Do(chromedp.Click(chromedp.CSS("#new-speaker-save")))
	}
	b.Wait(fmt.Sprintf(`document.querySelector("#claim-speaker").textContent.includes(%q)`, name))
}

// mark makes a claim of quote (inside context) and attributes it.
func mark(b *browser, context, quote, speaker string) {
	b.t.Helper()
	claimBySelection(b, context, quote)
	if speaker != "" {
		attribute(b, speaker)
	}
}

// buildKey marks the five key claims in the annotator at /.
func buildKey(t *testing.T, b *browser, url string) {
	openLive(b, url+"/")
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	for _, k := range classKey {
		mark(b, k.context, k.quote, k.speaker)
	}
	waitSaved(b)
}

// joinClass joins as name and waits for the annotator on the exercise.
func joinClass(t *testing.T, b *browser, url, code, name string) {
	openLive(b, url+"/join?code="+code)
	b.Wait(`!!document.querySelector("#join-name")`)
	b.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), name))
	b.Do(chromedp.Click(chromedp.CSS("#join-btn")))
	b.Wait(`location.pathname === "/exercise/` + code + `" && !!document.querySelector("#student-bar")`)
	b.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
}

// submitWork waits until the work is saved (in the browser and on the
// server), submits, and waits for the feedback.
func submitWork(b *browser) {
	b.t.Helper()
	submitWhenSaved(b)
	b.Wait(`document.querySelector("#ex-status").dataset.status === "submitted"`)
	b.Wait(`document.querySelectorAll("#fb-keys li.fb-key").length === 5`)
}

// submitWhenSaved waits until the work is saved in the browser and on the
// server, then presses Submit.
func submitWhenSaved(b *browser) {
	b.t.Helper()
	waitSaved(b)
	b.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)
	b.Wait(`!document.querySelector("#btn-submit").disabled`)
	b.Do(chromedp.Click(chromedp.CSS("#btn-submit")))
}

// feedbackLines reads the feedback: each key claim's outcome and speaker
// verdict, and the strict and lenient F1.
func feedbackLines(b *browser) []string {
	return eval[[]string](b, `[
  ...[...document.querySelectorAll("#fb-keys li.fb-key")].map(li => li.dataset.outcome + ":" + (li.querySelector(".fb-speaker")?.dataset.verdict ?? "-")),
  "strict " + document.querySelector("#score-strict-f1").textContent,
  "lenient " + document.querySelector("#score-lenient-f1").textContent,
  "extras " + document.querySelectorAll("#fb-extras li").length]`)
}

// TestClassroom runs a whole exercise: the teacher builds a 5-claim key on
// the sample article and publishes; Ana and Ben join from their own
// browsers, annotate differently, submit and read their feedback; the
// dashboard and the CSV show the hand-computed scores.
//
// Ana: claims 1 and 3 exactly, claim 4 partly ("they will face significant
// consequences": 5 of its 8 words), speakers right. Strict: 2 exact of 3
// claims and 5 key claims: P 2/3, R 2/5, F1 0.500. Lenient: P (1+1+5/5)/3
// = 1, R (1+1+5/8)/5 = 0.525, F1 = 1.05/1.525 = 0.689.
//
// Ben: claims 1, 2, 5 exactly (claim 1 with the wrong speaker, Wang Yi) and
// an extra claim. Strict and lenient: P 3/4, R 3/5, F1 0.667.
//
// Agreement (Ana's set against Ben's): only claim 1 matches: P 1/4, R 1/3,
// F1 2/7 = 0.286, strict and lenient.
func TestClassroom(t *testing.T) {
	s := startServer(t)
	teacher := newBrowser(t, "")
	buildKey(t, teacher, s.URL)

	openLive(teacher, s.URL+"/teach")
	teacher.Wait(`document.querySelector("#key-count")?.textContent === "5"`)
	teacher.Do(chromedp.SendKeys(chromedp.CSS("#ex-instructions"), "Mark every claim and who made it."))
	teacher.Do(chromedp.Click(chromedp.CSS("#ex-create")))
	// (The click moves the focus: the instructions' change event runs first.)
	teacher.Wait(`location.pathname.startsWith("/teach/") && !!document.querySelector("#class-code")`)
	code := eval[string](teacher, `document.querySelector("#class-code").textContent`)
	if !regexp.MustCompile(`^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$`).MatchString(code) {
		t.Fatalf("class code %q", code)
	}
	if got := eval[string](teacher, `document.querySelector("#join-link").textContent`); got != s.URL+"/join?code="+code {
		t.Errorf("join link %q", got)
	}
	if h := eval[string](teacher, `location.hash`); !strings.HasPrefix(h, "#secret=") {
		t.Errorf("the teacher link has no secret: %q", h)
	}

	ana := newBrowser(t, "")
	joinClass(t, ana, s.URL, code, "Ana")
	if got := eval[string](ana, `document.querySelector("#ex-instructions").textContent`); got != "Mark every claim and who made it." {
		t.Errorf("instructions %q", got)
	}
	// The key never reaches a student's browser before feedback.
	if n := eval[int](ana, `document.querySelectorAll("#claims-list li[data-claim-id]").length`); n != 0 {
		t.Fatalf("Ana starts with %d claims", n)
	}
	mark(ana, classKey[0].context, classKey[0].quote, "Sergei Lavrov")
	mark(ana, classKey[2].context, classKey[2].quote, "China")
	mark(ana, classKey[3].context, "they will face significant consequences", "Janet Yellen")

	ben := newBrowser(t, "")
	joinClass(t, ben, s.URL, code, "Ben")
	mark(ben, classKey[0].context, classKey[0].quote, "Wang Yi")
	mark(ben, classKey[1].context, classKey[1].quote, "Sergei Lavrov")
	mark(ben, classKey[4].context, classKey[4].quote, "Mao Ning")
	mark(ben, "Two-way trade hit a record $240 billion last year", "Two-way trade hit a record $240 billion last year", "")

	// The dashboard sees them working before they submit.
	teacher.Wait(`[...document.querySelectorAll("#roster tbody tr .status")].map(e => e.textContent).join() === "working,working"`)

	submitWork(ana)
	if diff := cmp.Diff([]string{"found:right", "missed:-", "found:right", "partly:right", "missed:-", "strict 50%", "lenient 69%", "extras 0"}, feedbackLines(ana)); diff != "" {
		t.Errorf("Ana's feedback (-want +got):\n%s", diff)
	}
	ana.screenshot("classroom-feedback")
	submitWork(ben)
	if diff := cmp.Diff([]string{"found:wrong", "found:right", "missed:-", "missed:-", "found:right", "strict 67%", "lenient 67%", "extras 1"}, feedbackLines(ben)); diff != "" {
		t.Errorf("Ben's feedback (-want +got):\n%s", diff)
	}
	// While the exercise is open the feedback says where each key claim
	// is and what became of it, never what the key says.
	if got := eval[string](ben, `document.querySelector("#fb-keys li.fb-key .fb-speaker").textContent`); got != "Speaker wrong (you said Wang Yi)" {
		t.Errorf("Ben's speaker feedback: %q", got)
	}
	checkFeedbackHidesKey(t, ana, []string{classKey[1].quote, classKey[4].quote, "Mao Ning"}, []string{classKey[1].quote, classKey[4].quote})

	// The dashboard (polling) shows the hand-computed scores.
	teacher.Wait(`[...document.querySelectorAll("#roster tbody tr .status")].map(e => e.textContent).join() === "submitted,submitted"`)
	teacher.Wait(`!!document.querySelector("#agree-strict")`)
	roster := eval[[]string](teacher, `[...document.querySelectorAll("#roster tbody tr")].map(tr => [...tr.querySelectorAll("td")].slice(0, 7).map(td => td.textContent).join("|"))`)
	if diff := cmp.Diff([]string{"Ana|submitted|1|3|0.500|0.689|3/3", "Ben|submitted|1|4|0.667|0.667|2/3"}, roster); diff != "" {
		t.Errorf("roster (-want +got):\n%s", diff)
	}
	figures := eval[[]string](teacher, `[document.querySelector("#agree-strict").textContent, document.querySelector("#agree-lenient").textContent,
  document.querySelector("#most-missed li").textContent, document.querySelector("#wrong-speakers li").textContent,
  [...document.querySelectorAll("#heatmap .heat[data-count='2']")].map(e => e.textContent).join("|")]`)
	want := []string{"0.286", "0.286",
		"they will face significant consequences if they do — missed by 1, partly found by 1, found by 0",
		"Wang Yi instead of Sergei Lavrov: 1",
		classKey[0].quote} // claim 1, marked by both: one box
	if diff := cmp.Diff(want, figures); diff != "" {
		t.Errorf("class figures (-want +got):\n%s", diff)
	}
	checkHeatCounts(t, teacher)
	teacher.screenshot("classroom-dashboard")

	// Opening Ben's work shows his feedback to the teacher.
	teacher.Do(chromedp.Click(chromedp.CSS(`#roster tbody tr:nth-child(2) button.open-student`)))
	teacher.Wait(`document.querySelectorAll("#student-work li.fb-key").length === 5`)
	overlay := eval[[]string](teacher, `["both", "key", "student"].map(c => [...document.querySelectorAll("#overlay > div p .ov-" + c)].map(e => e.textContent).join("|"))`)
	wantOverlay := []string{
		classKey[0].quote + "|" + classKey[1].quote + "|" + classKey[4].quote, // found
		classKey[2].quote + "|" + classKey[3].quote,                           // missed
		"Two-way trade hit a record $240 billion last year",                   // extra
	}
	if diff := cmp.Diff(wantOverlay, overlay); diff != "" {
		t.Errorf("Ben's work over the key (-want +got):\n%s", diff)
	}

	// The CSV export.
	dir := enableDownloads(teacher)
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-csv")))
	_, data := awaitDownload(t, dir, ".csv")
	if !strings.HasPrefix(string(data), "\uFEFF") || !strings.Contains(string(data), "\r\n") {
		t.Errorf("the CSV lacks its BOM or CRLF line ends")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(data), "\uFEFF"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var got [][]string
	for _, r := range rows {
		got = append(got, r[:16])
	}
	wantCSV := [][]string{
		{"name", "status", "attempts", "claims", "found", "partly", "missed", "extra", "strict_precision", "strict_recall", "strict_f1", "lenient_precision", "lenient_recall", "lenient_f1", "speaker_right", "speaker_scored"},
		{"Ana", "submitted", "1", "3", "2", "1", "2", "0", "0.667", "0.400", "0.500", "1.000", "0.525", "0.689", "3", "3"},
		{"Ben", "submitted", "1", "4", "3", "0", "2", "1", "0.750", "0.600", "0.667", "0.750", "0.600", "0.667", "2", "3"},
	}
	if diff := cmp.Diff(wantCSV, got); diff != "" {
		t.Errorf("CSV (-want +got):\n%s", diff)
	}

	// Closing stops submissions; the student sees it.
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-close")))
	teacher.Wait(`document.querySelector("#ex-state").textContent === "closed"`)
	ana.Wait(`document.querySelector("#btn-submit").disabled && document.querySelector("#ex-status").textContent.includes("closed")`)
	// Closed, the feedback shows the key (the page looks every 10 s).
	ana.Wait(`document.querySelector("#feedback")?.dataset.keyShown === "true"`)
	if got := eval[[]string](ana, `[...document.querySelectorAll("#fb-keys .fb-quote")].map(q => q.textContent)`); len(got) != 5 || got[1] != classKey[1].quote {
		t.Errorf("Ana's feedback once closed shows the key claims %q", got)
	}

	// Deleting the class's data empties the roster.
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-delete")))
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-delete-confirm")))
	teacher.Wait(`document.querySelectorAll("#roster tbody tr").length === 0`)
	// A student still on the page is told, and offered to join again.
	ana.Wait(`!!document.querySelector("#rejoin-link") && document.querySelector("#student-error").textContent.includes("Join again")`)
}

// TestClassroomFileOnly runs an exercise without the server's classroom:
// the teacher exports an exercise file (no key in it), a student opens it,
// annotates and exports their file, and the teacher's browser scores it.
//
// Key: claims 1 (Lavrov) and 4 (Yellen). Cleo: claim 1 exactly, claim 4
// partly (5 of 8 words), speakers right. Strict P 1/2, R 1/2, F1 0.500;
// lenient P (1+1)/2 = 1, R (1+5/8)/2 = 0.8125, F1 1.625/1.8125 = 0.897.
func TestClassroomFileOnly(t *testing.T) {
	s := startServer(t)
	teacher := newBrowser(t, "")
	openLive(teacher, s.URL+"/")
	teacher.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	mark(teacher, classKey[0].context, classKey[0].quote, classKey[0].speaker)
	mark(teacher, classKey[3].context, classKey[3].quote, classKey[3].speaker)
	waitSaved(teacher)
	openLive(teacher, s.URL+"/teach")
	teacher.Wait(`document.querySelector("#key-count")?.textContent === "2"`)
	tdir := enableDownloads(teacher)
	teacher.Do(chromedp.Click(chromedp.CSS("#ex-export-file")))
	_, exData := awaitDownload(t, tdir, ".whosaid-exercise.json")
	ef, err := exercise.DecodeExerciseFile(exData)
	if err != nil {
		t.Fatalf("the exercise file does not decode (strictly: no key fields): %v", err)
	}
	if strings.Contains(string(exData), `"span"`) || strings.Contains(string(exData), `"aliases"`) {
		t.Fatalf("the exercise file holds annotations")
	}

	student := newBrowser(t, "")
	openLive(student, s.URL+"/exercise/file")
	uploadTo(student, "#exercise-file", writeTemp(t, "exercise.whosaid-exercise.json", exData))
	student.Wait(`document.querySelector("#ex-title")?.textContent === ` + fmt.Sprintf("%q", ef.Exercise.Title))
	student.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	mark(student, classKey[0].context, classKey[0].quote, "Sergei Lavrov")
	mark(student, classKey[3].context, "they will face significant consequences", "Janet Yellen")
	waitSaved(student)
	// Without a name, the page asks for one, on the name field.
	student.Do(chromedp.Click(chromedp.CSS("#export-work")))
	student.Wait(`document.querySelector("#file-error")?.textContent === "Type your name, as your teacher should see it." && document.activeElement.id === "file-name"`)
	student.Do(chromedp.SendKeys(chromedp.CSS("#file-name"), "Cleo"))
	sdir := enableDownloads(student)
	student.screenshot("classroom-file-student")
	student.Do(chromedp.Click(chromedp.CSS("#export-work")))
	student.Wait(`!!document.querySelector("#file-msg, #file-error")`)
	if msg := eval[string](student, `document.querySelector("#file-error")?.textContent ?? ""`); msg != "" {
		t.Fatalf("export: %s", msg)
	}
	_, subData := awaitDownload(t, sdir, ".whosaid-submission.json")
	sub, err := exercise.DecodeSubmissionFile(subData)
	if err != nil || sub.Name != "Cleo" || ef.Matches(sub) != nil || len(sub.Set.Claims) != 2 {
		t.Fatalf("submission file: %v %+v", err, sub)
	}

	openLive(teacher, s.URL+"/teach/files")
	uploadTo(teacher, "#score-files-input", writeTemp(t, "Cleo.whosaid-submission.json", subData))
	teacher.Wait(`document.querySelectorAll("#file-roster tbody tr").length === 1`)
	roster := eval[[]string](teacher, `[...document.querySelectorAll("#file-roster tbody tr")].map(tr => [...tr.querySelectorAll("td")].slice(0, 7).map(td => td.textContent).join("|"))`)
	if diff := cmp.Diff([]string{"Cleo|submitted|1|2|0.500|0.897|2/2"}, roster); diff != "" {
		t.Errorf("scores in the browser (-want +got):\n%s", diff)
	}
	teacher.Do(chromedp.Click(chromedp.CSS(`#file-roster button.open-student`)))
	teacher.Wait(`document.querySelectorAll("#student-work li.fb-key").length === 2`)
	outcomes := eval[[]string](teacher, `[...document.querySelectorAll("#student-work li.fb-key")].map(li => li.dataset.outcome)`)
	if diff := cmp.Diff([]string{"found", "partly"}, outcomes); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
}

// TestClassroomKeepsOwnAnnotations: a browser that had its own annotations
// of the article (a teacher trying the join link) gets them put aside, not
// lost, when the exercise opens; the student starts from nothing.
func TestClassroomKeepsOwnAnnotations(t *testing.T) {
	s := startServer(t)
	doc, code, _ := publishViaAPI(t, s, "after-submit")
	br := newBrowser(t, "")
	openLive(br, s.URL+"/")
	br.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	mark(br, classKey[0].context, classKey[0].quote, "")
	waitSaved(br)
	waitSync(br, "synced")
	token := localItem(br, tokenKey)
	joinClass(t, br, s.URL, code, "Teacher preview")
	if n := eval[int](br, `document.querySelectorAll("#claims-list li[data-claim-id]").length`); n != 0 {
		t.Errorf("the exercise opened with %d claims of the browser's own", n)
	}
	// Exercise work is kept apart (its own corner of localStorage) and
	// goes to the class only, not to the browser's synced sets.
	studentPageOffersOnlyExport(t, br)
	mark(br, classKey[1].context, classKey[1].quote, "")
	waitSaved(br)
	br.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)
	work, err := native.Decode([]byte(localItem(br, "whosaid/v1/ex/"+code+"/doc/"+doc.ID)))
	if err != nil || len(work.Claims) != 1 || work.Claims[0].Span.Exact != classKey[1].quote {
		t.Errorf("exercise work in the browser: %v %v", err, work)
	}
	own, err := native.Decode([]byte(localItem(br, "whosaid/v1/doc/"+doc.ID)))
	if err != nil || len(own.Claims) != 1 || own.Claims[0].Span.Exact != classKey[0].quote {
		t.Errorf("the browser's own annotations after exercise work: %v %v", err, own)
	}
	onServer, _ := serverSet(t, s.URL, token, doc.ID)
	if len(onServer.Claims) != 1 || onServer.Claims[0].Span.Exact != classKey[0].quote {
		t.Errorf("the browser's own set on the server has %d claims after exercise work, want its 1", len(onServer.Claims))
	}
	// Back in the annotator, the own claim is there, and the Library does
	// not list the exercise.
	openLive(br, s.URL+"/")
	waitClaims(br, 1)
	if got := claimQuotes(br); len(got) != 1 || got[0] != classKey[0].quote {
		t.Errorf("own claims after the exercise = %q", got)
	}
	openLive(br, s.URL+"/library")
	br.Wait(`document.querySelectorAll("#library-list tr.library-entry").length === 1`)
}

// TestClassroomReleaseFeedback: with feedback on release, a student who
// submitted sees none until the teacher releases it on the dashboard.
func TestClassroomReleaseFeedback(t *testing.T) {
	s := startServer(t)
	_, code, teacherPath := publishViaAPI(t, s, "on-release")
	st := newBrowser(t, "")
	joinClass(t, st, s.URL, code, "Dee")
	mark(st, classKey[3].context, classKey[3].quote, "")
	submitWhenSaved(st)
	st.Wait(`document.querySelector("#ex-status").dataset.status === "submitted" && !!document.querySelector("#fb-wait")`)
	if eval[bool](st, `!!document.querySelector("#feedback")`) {
		t.Fatal("feedback shown before the release")
	}
	teacher := newBrowser(t, "")
	openLive(teacher, s.URL+teacherPath)
	teacher.Wait(`[...document.querySelectorAll("#roster tbody tr .status")].map(e => e.textContent).join() === "submitted"`)
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-release")))
	teacher.Wait(`!!document.querySelector("#btn-withhold")`)
	// The student's page looks again every 10 s.
	st.Wait(`document.querySelectorAll("#fb-keys li.fb-key[data-outcome=found]").length === 1`)
}

// publishViaAPI creates and publishes, over HTTP, an exercise on the
// app's sample article whose key is claim 4 of classKey; it returns the
// document, the class code and the teacher link.
func publishViaAPI(t *testing.T, s *server, feedback string) (annotate.Document, string, string) {
	t.Helper()
	return publishExercise(t, s, classKey[3].quote, map[string]any{"title": "API exercise", "feedback": feedback})
}

// publishExercise creates and publishes, over HTTP, an exercise on the
// app's sample article (to find: claims) whose key is one direct quote.
// settings are the exercise's fields besides those. It returns the
// document, the class code and the teacher link.
func publishExercise(t *testing.T, s *server, quote string, settings map[string]any) (annotate.Document, string, string) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, "annotate", "testdata", "sample-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := article.Import("sample-article.txt", data)
	if err != nil {
		t.Fatal(err)
	}
	key := annotate.NewSet(doc)
	ix := annotate.NewTextIndex(doc.Text())
	at, _ := ix.FromByte(strings.Index(doc.Text(), quote))
	key.Claims = []annotate.Claim{{ID: "k1", Span: annotate.MakeSpan(ix, at, at+annotate.RuneLen(quote)),
		Attribution: annotate.AttrDirect, Kind: annotate.KindOther}}
	keyJSON, err := native.Encode(key)
	if err != nil {
		t.Fatal(err)
	}
	exercise := map[string]any{"find": map[string]bool{"claims": true}}
	for k, v := range settings {
		exercise[k] = v
	}
	body, _ := json.Marshal(map[string]any{"exercise": exercise, "document": doc, "key": json.RawMessage(keyJSON)})
	post := func(path, auth string, body []byte, v any) {
		req, _ := http.NewRequest("POST", s.URL+path, bytes.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+auth)
		if body != nil {
			req.Header.Set("Content-Type", "application/json")
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		if err := json.NewDecoder(res.Body).Decode(v); err != nil || res.StatusCode >= 300 {
			t.Fatalf("POST %s: %d %v", path, res.StatusCode, err)
		}
	}
	var c struct {
		ID            string `json:"id"`
		TeacherSecret string `json:"teacherSecret"`
		TeacherPath   string `json:"teacherPath"`
	}
	post("/api/v1/exercises", "", body, &c)
	var pub struct {
		Code string `json:"code"`
	}
	post("/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil, &pub)
	return doc, pub.Code, c.TeacherPath
}

// cutClassServer makes the page's calls to the API fail as when the
// server is out of reach (on: cut; off: back), in this document only.
func cutClassServer(b *browser, on bool) {
	b.t.Helper()
	eval[bool](b, fmt.Sprintf(`(() => {
  if (!window.__realFetch) {
    window.__realFetch = window.fetch;
    window.fetch = (u, i) => window.__cut && String(u).includes("/api/") ? Promise.reject(new TypeError("Failed to fetch")) : window.__realFetch(u, i);
  }
  window.__cut = %v;
  return true })()`, on))
}

// classWork reads the student's work as the server has it, with the
// page's own token.
func classWork(b *browser, code string) []string {
	b.t.Helper()
	var out []string
	raw, err := chromedp.Run(b.Ctx, chromedp.Evaluate[string](fmt.Sprintf(`(async () => {
  const t = JSON.parse(localStorage.getItem("whosaid/v1/class/%[1]s")).token;
  const r = await (window.__realFetch || fetch)("/api/v1/classes/%[1]s/me", {headers: {Authorization: "Bearer " + t}});
  return JSON.stringify(await r.json()) })()`, code), chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("me: %v", err)
	}
	var me struct {
		Work *struct {
			Claims []struct {
				Span struct {
					Exact string `json:"exact"`
				} `json:"span"`
			} `json:"claims"`
		} `json:"work"`
	}
	if err := json.Unmarshal([]byte(raw), &me); err != nil {
		b.t.Fatalf("me: %v: %s", err, raw)
	}
	if me.Work != nil {
		for _, c := range me.Work.Claims {
			out = append(out, c.Span.Exact)
		}
	}
	return out
}

// TestClassroomNeverLosesWork: a student whose changes could not reach the
// server (offline) keeps them: the page says they are not sent yet, sends
// them when the server answers again, and a reload opens the browser's
// newer copy instead of the server's older one. A change after
// submitting is flagged until submitted again; after the teacher closes
// the exercise, the page says new changes stay in the browser.
func TestClassroomNeverLosesWork(t *testing.T) {
	s := startServer(t)
	_, code, teacherPath := publishViaAPI(t, s, "after-submit")
	st := newBrowser(t, "")
	joinClass(t, st, s.URL, code, "Gus")
	st.Wait(`document.querySelector("#ex-next")?.textContent.includes("press Submit")`)
	mark(st, classKey[3].context, classKey[3].quote, "")
	submitWhenSaved(st)
	st.Wait(`document.querySelector("#ex-status").dataset.status === "submitted" && !!document.querySelector("#feedback")`)
	// Hiding and showing the feedback leaves the annotator working (it
	// used to end the page's program).
	st.Do(chromedp.Click(chromedp.CSS("#btn-feedback")))
	st.Wait(`!document.querySelector("#feedback") && document.querySelector("#btn-feedback").textContent === "Show feedback"`)
	st.Do(chromedp.Click(chromedp.CSS("#btn-feedback")))
	st.Wait(`!!document.querySelector("#feedback")`)
	if eval[bool](st, `!!document.querySelector("#ex-next")`) {
		t.Errorf("a note under the title right after submitting: %q", eval[string](st, `document.querySelector("#ex-next").textContent`))
	}

	// Offline: the change stays in the browser, and the page says so.
	cutClassServer(st, true)
	mark(st, classKey[0].context, classKey[0].quote, "")
	waitSaved(st)
	st.Wait(`document.querySelector("#server-save").dataset.ok === "false" && document.querySelector("#server-save").textContent.includes("kept in this browser")`)
	if got := classWork(st, code); len(got) != 1 {
		t.Fatalf("the server has %d claims while cut off, want 1", len(got))
	}

	// A reload (the server back) opens the newer work and sends it.
	reopen(st, s.URL+"/exercise/"+code)
	waitClaims(st, 2)
	st.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)
	if got := classWork(st, code); len(got) != 2 {
		t.Fatalf("after the reload the server has %q, want both claims", got)
	}
	// The teacher still scores the submission: the page says so.
	st.Wait(`document.querySelector("#ex-next")?.dataset.changed === "true"`)
	st.viewportShot("classroom-changed-since-submit")

	// Cut off again: the change is sent when the server answers again,
	// without another change or a reload.
	cutClassServer(st, true)
	mark(st, classKey[1].context, classKey[1].quote, "")
	waitSaved(st)
	st.Wait(`document.querySelector("#server-save").dataset.ok === "false"`)
	cutClassServer(st, false)
	st.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)
	if got := classWork(st, code); len(got) != 3 {
		t.Fatalf("after the server came back it has %q, want 3 claims", got)
	}
	submitWhenSaved(st)
	st.Wait(`!document.querySelector("#ex-next")`)

	// Closed: a change is not sent, and the page says where it is.
	id, secret, _ := strings.Cut(strings.TrimPrefix(teacherPath, "/teach/"), "#secret=")
	req, _ := http.NewRequest("POST", s.URL+"/api/v1/exercises/"+id+"/close", nil)
	req.Header.Set("Authorization", "Bearer "+mustUnescape(t, secret))
	res, err := http.DefaultClient.Do(req)
	if err != nil || res.StatusCode != 200 {
		t.Fatalf("close: %v %v", err, res)
	}
	res.Body.Close()
	st.Wait(`document.querySelector("#ex-status").textContent.includes("closed")`)
	mark(st, classKey[4].context, classKey[4].quote, "")
	waitSaved(st)
	st.Wait(`document.querySelector("#server-save").textContent.includes("closed") && document.querySelector("#server-save").dataset.ok === "false"`)
}

func mustUnescape(t *testing.T, s string) string {
	t.Helper()
	u, err := url.QueryUnescape(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// TestClassroomGuidance: after publishing, the dashboard says how to hand
// out the code and copies the join link, and offers the private teacher
// link to keep; a student who mistypes the code or picks a taken name is
// told what to change, with the focus on that field (on a phone); opening
// a student's work takes the teacher (and the focus) there.
func TestClassroomGuidance(t *testing.T) {
	s := startServer(t)
	_, code, teacherPath := publishViaAPI(t, s, "after-submit")
	teacher := newBrowser(t, "")
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(teacher.Ctx, cdpbrowser.SetPermission, cdpbrowser.SetPermissionParams{
			Permission: &cdpbrowser.PermissionDescriptor{Name: name}, Setting: cdpbrowser.PermissionSettingGranted}); err != nil {
			t.Fatal(err)
		}
	}
	openLive(teacher, s.URL+teacherPath)
	teacher.Wait(`!!document.querySelector("#roster-empty")`)
	if got := eval[string](teacher, `document.querySelector("#share-how").textContent`); !strings.Contains(got, s.URL+"/join") {
		t.Errorf("the dashboard does not say where students go: %q", got)
	}
	if got := eval[string](teacher, `document.querySelector("#teacher-link").value`); got != s.URL+teacherPath {
		t.Errorf("private teacher link %q, want %q", got, s.URL+teacherPath)
	}
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-copy-join")))
	teacher.Wait(`document.querySelector("#dash-msg")?.textContent === "Join link copied."`)
	if !waitPromise(teacher, fmt.Sprintf(`navigator.clipboard.readText().then(t => t === %q)`, s.URL+"/join?code="+code)) {
		t.Errorf("the join link is not on the clipboard")
	}
	teacher.viewportShot("classroom-dashboard-share")

	// A name already taken (joined over HTTP) and a wrong code.
	res, err := http.Post(s.URL+"/api/v1/classes/"+code+"/join", "application/json", strings.NewReader(`{"name":"Dee"}`))
	if err != nil || res.StatusCode != 201 {
		t.Fatalf("join Dee: %v %v", err, res)
	}
	res.Body.Close()
	st := newBrowser(t, "")
	st.Do(chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile, chromedp.EmulateTouch))
	openLive(st, s.URL+"/join")
	wrong := "ABC-DEF"
	if wrong == code {
		wrong = "ABC-DEG"
	}
	st.Do(chromedp.SendKeys(chromedp.CSS("#join-code"), wrong))
	st.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), "dee"))
	st.Do(chromedp.Click(chromedp.CSS("#join-btn")))
	st.Wait(`document.querySelector("#join-error")?.textContent.startsWith("No class has the code ` + wrong + `")`)
	st.Wait(`document.activeElement.id === "join-code" && document.querySelector("#join-code").getAttribute("aria-invalid") === "true"`)
	eval[bool](st, `(document.querySelector("#join-code").value = "", true)`)
	st.Do(chromedp.SendKeys(chromedp.CSS("#join-code"), strings.ToLower(code)))
	st.Do(chromedp.Click(chromedp.CSS("#join-btn")))
	st.Wait(`document.querySelector("#join-error")?.textContent.startsWith("Someone in this class already uses the name")`)
	st.Wait(`document.activeElement.id === "join-name" && document.querySelector("#join-code").getAttribute("aria-invalid") === "false"`)
	st.viewportShot("classroom-join-taken-phone")
	st.Do(chromedp.SendKeys(chromedp.CSS("#join-name"), " B"))
	st.Do(chromedp.Click(chromedp.CSS("#join-btn")))
	st.Wait(`location.pathname === "/exercise/` + code + `" && !!document.querySelector("#student-bar")`)
	st.Wait(`document.querySelectorAll("#article [data-base]").length > 5`)
	if w := eval[float64](st, `document.documentElement.scrollWidth`); w > 391 {
		t.Errorf("the exercise page is %.0f px wide on a 390 px phone", w)
	}
	st.viewportShot("classroom-student-phone")
	mark(st, classKey[3].context, classKey[3].quote, "")
	waitSaved(st)
	st.Wait(`document.querySelector("#server-save").textContent === "Saved to the class"`)

	// Opening Dee B's work moves the focus there; closing it, back.
	teacher.Wait(`!!document.querySelector("#roster button.open-student")`)
	teacher.Do(chromedp.Click(chromedp.CSS("#roster button.open-student")))
	teacher.Wait(`document.activeElement.id === "student-work-title"`)
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-close-student")))
	teacher.Wait(`document.activeElement.classList.contains("open-student")`)
	teacher.Do(chromedp.Click(chromedp.CSS("#btn-delete")))
	teacher.Wait(`document.activeElement.id === "btn-delete-cancel"`)
}
