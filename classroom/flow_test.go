//go:build !wasm

package classroom

import (
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
	"whosaid/internal/wire"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var approx = cmpopts.EquateApprox(0, 1e-9)

// TestClassFlow runs a whole exercise: create with a key, publish, two
// students join, save, submit; feedback; dashboard; CSV; close; reopen.
func TestClassFlow(t *testing.T) {
	e := newEnv(t, Options{})
	doc := classDoc()
	var c struct {
		ID            string            `json:"id"`
		TeacherSecret string            `json:"teacherSecret"`
		TeacherPath   string            `json:"teacherPath"`
		View          wire.ExerciseView `json:"view"`
	}
	e.must(e.do("POST", "/api/v1/exercises", "", map[string]any{"exercise": settings(exercise.FeedbackAfterSubmit), "document": doc}), 201).json(t, &c)
	if c.View.State != wire.StateDraft || string(c.View.Key) != "null" || c.TeacherPath != "/teach/"+c.ID+"#secret="+c.TeacherSecret {
		t.Errorf("created: %+v", c)
	}
	// Publishing without a key is refused.
	r := e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil), 409)
	if !strings.Contains(string(r.body), `"path":"key"`) {
		t.Errorf("publish without key: %s", r.body)
	}
	e.must(e.do("PUT", "/api/v1/exercises/"+c.ID+"/key", c.TeacherSecret, encodeSet(t, keySet(t))), 200)
	var pub wire.ExerciseView
	e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil), 200).json(t, &pub)
	if !regexp.MustCompile(`^[2-9A-HJKMNP-Z]{3}-[2-9A-HJKMNP-Z]{3}$`).MatchString(pub.Code) || pub.JoinPath != "/join?code="+pub.Code || pub.State != wire.StateOpen {
		t.Fatalf("published: code %q join %q state %q", pub.Code, pub.JoinPath, pub.State)
	}
	var again wire.ExerciseView
	e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil), 200).json(t, &again)
	if again.Code != pub.Code {
		t.Errorf("publishing again changed the code: %q → %q", pub.Code, again.Code)
	}

	// The code works in any case, without its dash.
	var info wire.ClassInfo
	e.must(e.do("GET", "/api/v1/classes/"+strings.ToLower(strings.ReplaceAll(pub.Code, "-", "")), "", nil), 200).json(t, &info)
	if diff := cmp.Diff(wire.ClassInfo{Code: pub.Code, Title: "Who said it?", Instructions: "Mark every claim and its speaker.", Open: true}, info); diff != "" {
		t.Errorf("class info (-want +got):\n%s", diff)
	}

	ann := e.joinAs(pub.Code, "Ann")
	// The join page asks whether a name is free before joining: a taken
	// one (ignoring case and spacing) is an answer, not a refused join.
	for name, taken := range map[string]bool{"ann": true, " ANN ": true, "Ann B": false} {
		var ni wire.ClassInfo
		e.must(e.do("GET", "/api/v1/classes/"+pub.Code+"?name="+url.QueryEscape(name), "", nil), 200).json(t, &ni)
		if ni.NameTaken == nil || *ni.NameTaken != taken {
			t.Errorf("name %q: nameTaken %v, want %v", name, ni.NameTaken, taken)
		}
	}
	e.must(e.do("GET", "/api/v1/classes/"+pub.Code+"?name="+url.QueryEscape("\x00"), "", nil), 400)
	bob := e.joinAs(pub.Code, "=Bob")
	_ = e.joinAs(pub.Code, "Cy")
	// The dashboard before any work (it is cached; later reads must see
	// the work).
	var early struct {
		Dashboard exercise.Dashboard `json:"dashboard"`
	}
	e.must(e.do("GET", "/api/v1/exercises/"+c.ID+"/dashboard", c.TeacherSecret, nil), 200).json(t, &early)
	if len(early.Dashboard.Roster) != 3 || early.Dashboard.Roster[0].Status != exercise.StatusJoined {
		t.Errorf("early roster: %+v", early.Dashboard.Roster)
	}
	base := "/api/v1/classes/" + pub.Code + "/me"
	var me wire.Me
	e.must(e.do("GET", base, ann, nil), 200).json(t, &me)
	if me.Name != "Ann" || me.Status != exercise.StatusJoined || string(me.Work) != "null" || me.Document.ID != doc.ID || me.Feedback {
		t.Errorf("me before work: %+v", me)
	}
	annSet := studentSet(t, [2]string{"taxes will rise", "ann lee"})
	bobSet := studentSet(t, [2]string{"taxes will", "Bob Roe"}, [2]string{"they will fall", "Bob Roe"}, [2]string{"Ann Lee", ""})
	e.must(e.do("PUT", base+"/work", ann, encodeSet(t, annSet)), 200)
	e.must(e.do("GET", base, ann, nil), 200).json(t, &me)
	if me.Status != exercise.StatusWorking || me.Feedback {
		t.Errorf("me after autosave: status %q feedback %v", me.Status, me.Feedback)
	}
	e.must(e.do("GET", base+"/feedback", ann, nil), 403)
	e.must(e.do("POST", base+"/submit", ann, encodeSet(t, annSet)), 200)
	e.must(e.do("POST", base+"/submit", bob, encodeSet(t, bobSet)), 200)

	// Bob's feedback (after submit mode): hand-computed as in
	// annotate/exercise's tests. While the exercise is open it says where
	// each key claim is and what became of it, not what the key says.
	var fb wire.Feedback
	e.must(e.do("GET", base+"/feedback", bob, nil), 200).json(t, &fb)
	type keyLine struct {
		Paragraph                     int
		Text, Outcome, Speaker, Yours string
	}
	lines := func(fb wire.Feedback) []keyLine {
		var out []keyLine
		for _, k := range fb.Feedback.Keys {
			out = append(out, keyLine{k.Paragraph, k.Text, string(k.Outcome), string(k.Speaker), k.Yours})
		}
		return out
	}
	wantLines := []keyLine{{1, "", "partly", "wrong", "taxes will"}, {1, "", "found", "right", "they will fall"}}
	if diff := cmp.Diff(wantLines, lines(fb)); diff != "" {
		t.Errorf("feedback lines (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]score.Figures{{Precision: 1.0 / 3, Recall: 0.5, F1: 0.4}, {Precision: 2.0 / 3, Recall: 5.0 / 6, F1: 20.0 / 27}},
		[]score.Figures{fb.Feedback.Strict, fb.Feedback.Lenient}, approx); diff != "" {
		t.Errorf("strict and lenient (-want +got):\n%s", diff)
	}
	if len(fb.Feedback.Extras) != 1 || fb.Feedback.Extras[0].Text != "Ann Lee" {
		t.Errorf("extras: %+v", fb.Feedback.Extras)
	}

	// Bob keeps editing after submitting: the dashboard still scores his
	// submission, and he stays "submitted".
	// Both he and the page are told his work changed since he submitted
	// (the teacher sees the submission until he submits again).
	var meBob wire.Me
	e.must(e.do("GET", base, bob, nil), 200).json(t, &meBob)
	if meBob.Changed {
		t.Errorf("changed right after submitting")
	}
	var saved struct {
		Changed bool `json:"changed"`
	}
	e.must(e.do("PUT", base+"/work", bob, encodeSet(t, studentSet(t))), 200).json(t, &saved)
	e.must(e.do("GET", base, bob, nil), 200).json(t, &meBob)
	if !saved.Changed || !meBob.Changed || meBob.Status != exercise.StatusSubmitted {
		t.Errorf("after editing a submission: save says changed %v, me says changed %v, status %q", saved.Changed, meBob.Changed, meBob.Status)
	}
	e.must(e.do("PUT", base+"/work", ann, encodeSet(t, annSet)), 200).json(t, &saved)
	if saved.Changed {
		t.Errorf("saving the submitted work again counts as a change")
	}

	var dv struct {
		Dashboard exercise.Dashboard `json:"dashboard"`
	}
	e.must(e.do("GET", "/api/v1/exercises/"+c.ID+"/dashboard", c.TeacherSecret, nil), 200).json(t, &dv)
	type rowSum struct {
		Name   string
		Status exercise.Status
		F1     [2]float64
	}
	var rows []rowSum
	for _, r := range dv.Dashboard.Roster {
		s := rowSum{Name: r.Name, Status: r.Status}
		if r.Report != nil {
			s.F1 = [2]float64{r.Report.Strict.F1, r.Report.Lenient.F1}
		}
		rows = append(rows, s)
	}
	// In name order ("=" sorts before letters).
	want := []rowSum{{"=Bob", "submitted", [2]float64{0.4, 20.0 / 27}}, {"Ann", "submitted", [2]float64{2.0 / 3, 2.0 / 3}}, {"Cy", "joined", [2]float64{}}}
	if diff := cmp.Diff(want, rows, approx); diff != "" {
		t.Errorf("roster (-want +got):\n%s", diff)
	}
	if dv.Dashboard.Agreement == nil || len(dv.Dashboard.Missed) != 2 || len(dv.Dashboard.WrongSpeakers) != 1 {
		t.Errorf("class figures: %+v", dv.Dashboard)
	}

	dayBefore := time.Now().Format("2006-01-02")
	csv := e.must(e.do("GET", "/api/v1/exercises/"+c.ID+"/results.csv", c.TeacherSecret, nil), 200)
	dayAfter := time.Now().Format("2006-01-02")
	if ct := csv.header.Get("Content-Type"); ct != "text/csv; charset=utf-8" {
		t.Errorf("CSV Content-Type %q", ct)
	}
	// Named after the exercise and the day, not "results.csv".
	if cd, want := csv.header.Get("Content-Disposition"), "attachment; filename=who-said-it-results-"+dayAfter+".csv"; cd != want &&
		cd != strings.Replace(want, dayAfter, dayBefore, 1) {
		t.Errorf("CSV Content-Disposition %q, want %q", cd, want)
	}
	wantCSV := "\uFEFF" + strings.Join([]string{
		`"` + strings.Join(exercise.CSVHeader, `","`) + `"`,
		"\"'=Bob\",\"submitted\",\"1\",\"3\",\"1\",\"1\",\"0\",\"1\",\"0.333\",\"0.500\",\"0.400\",\"0.667\",\"0.833\",\"0.741\",\"1\",\"2\",\"2\",\"2\",\"2\",\"2\",\"\"",
		"\"Ann\",\"submitted\",\"1\",\"1\",\"1\",\"0\",\"1\",\"0\",\"1.000\",\"0.500\",\"0.667\",\"1.000\",\"0.500\",\"0.667\",\"1\",\"1\",\"1\",\"1\",\"1\",\"1\",\"\"",
		"\"Cy\",\"joined\",\"0\",\"0\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\"",
	}, "\r\n") + "\r\n"
	if diff := cmp.Diff(wantCSV, string(csv.body)); diff != "" {
		t.Errorf("CSV (-want +got):\n%s", diff)
	}

	// The teacher opens Bob's work.
	var sw wire.StudentWork
	bobID := dv.Dashboard.Roster[0].ID
	e.must(e.do("GET", "/api/v1/exercises/"+c.ID+"/students/"+bobID, c.TeacherSecret, nil), 200).json(t, &sw)
	if sw.Name != "=Bob" || sw.Report == nil || sw.Report.Strict.F1 < 0.399 || sw.Report.Strict.F1 > 0.401 || string(sw.Submission) == "null" {
		t.Errorf("student work: %+v", sw)
	}

	// Close: no joining, saving or submitting; reopen allows them again.
	e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/close", c.TeacherSecret, nil), 200)
	e.must(e.do("POST", "/api/v1/classes/"+pub.Code+"/join", "", map[string]string{"name": "Late"}), 409)
	e.must(e.do("PUT", base+"/work", ann, encodeSet(t, annSet)), 409)
	e.must(e.do("POST", base+"/submit", ann, encodeSet(t, annSet)), 409)
	// Closed: the feedback shows the key.
	e.must(e.do("GET", base+"/feedback", bob, nil), 200).json(t, &fb)
	wantLines = []keyLine{{1, "taxes will rise", "partly", "wrong", "taxes will"}, {1, "they will fall", "found", "right", "they will fall"}}
	if diff := cmp.Diff(wantLines, lines(fb)); diff != "" || !fb.Feedback.KeyShown {
		t.Errorf("feedback lines once closed (-want +got):\n%s", diff)
	}
	e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/reopen", c.TeacherSecret, nil), 200)
	e.must(e.do("POST", base+"/submit", ann, encodeSet(t, annSet)), 200)
	e.joinAs(pub.Code, "Late")

	// The exercise file has no key.
	f := e.must(e.do("GET", "/api/v1/exercises/"+c.ID+"/file", c.TeacherSecret, nil), 200)
	ef, err := exercise.DecodeExerciseFile(f.body)
	if err != nil || ef.ID != c.ID || ef.Document.ID != doc.ID {
		t.Errorf("exercise file: %v %+v", err, ef)
	}
	if strings.Contains(string(f.body), keyClaimID) || strings.Contains(string(f.body), keyAlias) {
		t.Errorf("the exercise file holds the key")
	}
}
