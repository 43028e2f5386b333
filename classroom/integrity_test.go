//go:build !wasm

package classroom

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
	"whosaid/internal/sqldb"
	"whosaid/internal/wire"

	"github.com/google/go-cmp/cmp"
)

// keyMarkers are what only the key holds: its quotes (outside the article
// itself), claim id, speakers' alias and names, and the fields that carry
// what the key says.
var keyMarkers = []string{"taxes will rise", "they will fall", keyClaimID, keyAlias, "Ann Lee", "Bob Roe",
	`"keySpeaker"`, `"keyAttribution"`, `"keyKind"`, `"coverage"`, `"text"`, `"span"`}

// studentVisible is what a student-visible answer says beside the article
// ("document") and the student's own work ("work", "set"), which are
// compared whole: every other string and key, as JSON.
func studentVisible(t *testing.T, r resp, doc annotate.Document, own []*annotate.Set) string {
	t.Helper()
	var v map[string]json.RawMessage
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("answer is not a JSON object: %s", r.body)
	}
	if d, ok := v["document"]; ok {
		var got annotate.Document
		if err := json.Unmarshal(d, &got); err != nil || !cmp.Equal(doc, got) {
			t.Errorf("the document in an answer is not the exercise's article: %s", d)
		}
		delete(v, "document")
	}
	for _, f := range []string{"work", "set"} {
		raw, ok := v[f]
		if !ok || string(raw) == "null" {
			continue
		}
		set, err := native.Decode(raw)
		if err != nil {
			t.Fatalf("%s does not decode: %v", f, err)
		}
		found := false
		for _, o := range own {
			found = found || cmp.Equal(o, set)
		}
		if !found {
			t.Errorf("%s is not one of the student's own sets: %s", f, raw)
		}
		delete(v, f)
	}
	rest, _ := json.Marshal(v)
	return string(rest)
}

// TestKeyNeverReachesStudentWhileOpen: whatever a student does while the
// exercise is open (submit an empty set to read the key, submit again,
// in either feedback mode, with the feedback released), no answer they can
// see holds anything of the key: its quotes, speakers, labels, spans.
// Feedback says per key claim only its paragraph and found / partly /
// missed, and right or wrong on the student's own labels. Once the
// exercise is closed the key is shown; reopened, hidden again.
func TestKeyNeverReachesStudentWhileOpen(t *testing.T) {
	for _, mode := range []exercise.FeedbackMode{exercise.FeedbackAfterSubmit, exercise.FeedbackOnRelease} {
		t.Run(string(mode), func(t *testing.T) { keyNeverReachesStudent(t, mode) })
	}
}

func keyNeverReachesStudent(t *testing.T, mode exercise.FeedbackMode) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(mode)
	doc := classDoc()
	base := "/api/v1/classes/" + code
	empty := annotate.NewSet(doc)
	partly := studentSet(t, [2]string{"taxes will", "Somebody"}, [2]string{"said they", ""})
	own := []*annotate.Set{empty, partly}
	var answers []resp
	answers = append(answers, e.must(e.do("GET", base, "", nil), 200))
	join := e.must(e.do("POST", base+"/join", "", map[string]string{"name": "Mallory"}), 201)
	answers = append(answers, join)
	var j wire.Joined
	join.json(t, &j)
	tok := j.Token
	answers = append(answers,
		e.must(e.do("GET", base+"/me", tok, nil), 200),
		e.must(e.do("PUT", base+"/me/work", tok, encodeSet(t, empty)), 200),
		e.must(e.do("POST", base+"/me/submit", tok, encodeSet(t, empty)), 200),
		e.must(e.do("GET", base+"/me", tok, nil), 200),
		e.do("GET", base+"/me/feedback", tok, nil),
		e.must(e.do("POST", base+"/me/submit", tok, encodeSet(t, partly)), 200),
		e.do("GET", base+"/me/feedback", tok, nil),
		e.must(e.do("PUT", base+"/me/work", tok, []byte(`{"format":2}`)), 400),
	)
	e.must(e.do("POST", "/api/v1/exercises/"+id+"/release", secret, nil), 200)
	var me wire.Me
	e.must(e.do("GET", base+"/me", tok, nil), 200).json(t, &me)
	if !me.Feedback || me.KeyShown || me.Attempts != 2 {
		t.Errorf("after the release: feedback %v, key shown %v, attempts %d; want true, false, 2", me.Feedback, me.KeyShown, me.Attempts)
	}
	released := e.must(e.do("GET", base+"/me/feedback", tok, nil), 200)
	answers = append(answers, released)
	for i, r := range answers {
		if r.status >= 400 {
			continue // errors are checked whole below
		}
		vis := studentVisible(t, r, doc, own)
		for _, m := range keyMarkers {
			if strings.Contains(vis, m) {
				t.Errorf("answer %d (status %d) holds %s of the key while the exercise is open: %s", i, r.status, m, vis)
			}
		}
	}
	for i, r := range answers {
		for _, m := range []string{"taxes will rise", "they will fall", keyClaimID, keyAlias} {
			if r.status >= 400 && strings.Contains(string(r.body), m) {
				t.Errorf("error answer %d holds %s: %s", i, m, r.body)
			}
		}
	}
	// What the student learns: where each key claim is, what became of it.
	var fb wire.Feedback
	released.json(t, &fb)
	type line struct {
		Paragraph       int
		Outcome, Yours  string
		Speaker, Theirs string
	}
	var got []line
	for _, k := range fb.Feedback.Keys {
		got = append(got, line{k.Paragraph, string(k.Outcome), k.Yours, string(k.Speaker), k.YourSpeaker})
	}
	want := []line{{1, "partly", "taxes will", "wrong", "Somebody"}, {1, "partly", "said they", "wrong", ""}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("feedback while open (-want +got):\n%s", diff)
	}
	// Closed: the key is shown. Reopened: hidden again.
	e.must(e.do("POST", "/api/v1/exercises/"+id+"/close", secret, nil), 200)
	closed := e.must(e.do("GET", base+"/me/feedback", tok, nil), 200)
	if !strings.Contains(string(closed.body), `"text":"taxes will rise"`) || !strings.Contains(string(closed.body), `"keyShown":true`) {
		t.Errorf("feedback once closed does not show the key: %s", closed.body)
	}
	e.must(e.do("POST", "/api/v1/exercises/"+id+"/reopen", secret, nil), 200)
	if vis := studentVisible(t, e.must(e.do("GET", base+"/me/feedback", tok, nil), 200), doc, own); strings.Contains(vis, "taxes will rise") {
		t.Errorf("feedback after reopening shows the key: %s", vis)
	}
}

// TestAttemptsAreKept: every submission is an attempt with its time and
// scores; the dashboard counts them, the teacher lists them, the CSV has
// them; a student may submit up to exercise.MaxAttempts times.
func TestAttemptsAreKept(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	tok := e.joinAs(code, "Ann")
	base := "/api/v1/classes/" + code + "/me"
	sets := []*annotate.Set{
		annotate.NewSet(classDoc()),
		studentSet(t, [2]string{"taxes will", "Ann Lee"}),
		studentSet(t, [2]string{"taxes will rise", "Ann Lee"}, [2]string{"they will fall", "Bob Roe"}),
	}
	for _, s := range sets {
		e.must(e.do("POST", base+"/submit", tok, encodeSet(t, s)), 200)
	}
	var dv struct {
		Dashboard exercise.Dashboard `json:"dashboard"`
	}
	e.must(e.do("GET", "/api/v1/exercises/"+id+"/dashboard", secret, nil), 200).json(t, &dv)
	if len(dv.Dashboard.Roster) != 1 || dv.Dashboard.Roster[0].Attempts != 3 {
		t.Fatalf("roster: %+v", dv.Dashboard.Roster)
	}
	var sw wire.StudentWork
	e.must(e.do("GET", "/api/v1/exercises/"+id+"/students/"+dv.Dashboard.Roster[0].ID, secret, nil), 200).json(t, &sw)
	type sum struct {
		N, Claims, Found, Partly, Missed int
		StrictF1                         float64
	}
	var got []sum
	for _, a := range sw.Attempts {
		got = append(got, sum{a.N, a.Claims, a.Found, a.Partly, a.Missed, a.Strict.F1})
		if a.Submitted.IsZero() {
			t.Errorf("attempt %d has no time", a.N)
		}
	}
	want := []sum{{1, 0, 0, 0, 2, 0}, {2, 1, 0, 1, 1, 0}, {3, 2, 2, 0, 0, 1}}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("attempts (-want +got):\n%s", diff)
	}
	csv := e.must(e.do("GET", "/api/v1/exercises/"+id+"/results.csv", secret, nil), 200)
	if !strings.Contains(string(csv.body), "\r\n\"Ann\",\"submitted\",\"3\",\"2\",") {
		t.Errorf("CSV: %s", csv.body)
	}
	for i := len(sets); i < exercise.MaxAttempts; i++ {
		e.must(e.do("POST", base+"/submit", tok, encodeSet(t, sets[2])), 200)
	}
	r := e.must(e.do("POST", base+"/submit", tok, encodeSet(t, sets[2])), 409)
	if !strings.Contains(string(r.body), fmt.Sprintf("submitted %d times", exercise.MaxAttempts)) {
		t.Errorf("past the most attempts: %s", r.body)
	}
	e.must(e.do("PUT", base+"/work", tok, encodeSet(t, sets[1])), 200)
	// Deleting the class's data deletes the attempts too.
	e.must(e.do("DELETE", "/api/v1/exercises/"+id+"/students", secret, nil), 200)
	var n int
	e.st.read(context.Background(), func(q sqldb.Querier) error {
		return q.QueryRow(context.Background(), `SELECT COUNT(*) FROM classroom_attempts`)(&n)
	})
	if n != 0 {
		t.Errorf("%d attempts kept after deleting the students", n)
	}
}

// TestOneSubmissionOnly: with the option, a second submission is refused
// with a message saying so; work is still saved.
func TestOneSubmissionOnly(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	s := settings(exercise.FeedbackAfterSubmit)
	s.OneSubmission = true
	e.must(e.do("PUT", "/api/v1/exercises/"+id+"/settings", secret, s), 200)
	tok := e.joinAs(code, "Ann")
	base := "/api/v1/classes/" + code + "/me"
	var me wire.Me
	e.must(e.do("GET", base, tok, nil), 200).json(t, &me)
	if !me.Exercise.OneSubmission || me.AttemptsLeft != 1 {
		t.Errorf("me before submitting: one submission %v, left %d", me.Exercise.OneSubmission, me.AttemptsLeft)
	}
	set := encodeSet(t, studentSet(t, [2]string{"taxes will", "Ann Lee"}))
	e.must(e.do("POST", base+"/submit", tok, set), 200)
	r := e.must(e.do("POST", base+"/submit", tok, encodeSet(t, studentSet(t, [2]string{"taxes will rise", "Ann Lee"}))), 409)
	if !strings.Contains(string(r.body), "this exercise takes one submission") {
		t.Errorf("second submission: %s", r.body)
	}
	e.must(e.do("PUT", base+"/work", tok, set), 200)
	e.must(e.do("GET", base, tok, nil), 200).json(t, &me)
	if me.Attempts != 1 || me.AttemptsLeft != 0 || me.Status != exercise.StatusSubmitted {
		t.Errorf("me after submitting: %d attempts, %d left, %s", me.Attempts, me.AttemptsLeft, me.Status)
	}
}

// TestWorkMustBeOnTheExercise: a set on another article is refused with a
// message saying so, saving and submitting alike; so is a set of more
// claims than MaxClaims, and a key of more.
func TestWorkMustBeOnTheExercise(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	tok := e.joinAs(code, "Ann")
	base := "/api/v1/classes/" + code + "/me"
	other := annotate.NewSet(annotate.NewDocument(annotate.Document{Title: "Pasted"}, []annotate.Block{{Text: "Something else entirely."}}))
	for _, p := range []string{"/work", "/submit"} {
		method := map[string]string{"/work": "PUT", "/submit": "POST"}[p]
		r := e.must(e.do(method, base+p, tok, encodeSet(t, other)), 400)
		if !strings.Contains(string(r.body), "another article than the exercise's") || !strings.Contains(string(r.body), `"path":"document.id"`) {
			t.Errorf("%s on another article: %s", p, r.body)
		}
	}
	var me wire.Me
	e.must(e.do("GET", base, tok, nil), 200).json(t, &me)
	if me.Attempts != 0 || me.Status != exercise.StatusJoined {
		t.Errorf("a refused submission counted: %+v", me)
	}
	big := annotate.NewSet(classDoc())
	ix := annotate.NewTextIndex(classText)
	for i := range MaxClaims + 1 {
		big.Claims = append(big.Claims, claim(fmt.Sprint("c", i), annotate.MakeSpan(ix, 0, 3), "", annotate.AttrDirect, annotate.KindFact))
	}
	r := e.must(e.do("POST", base+"/submit", tok, encodeSet(t, big)), 413)
	if !strings.Contains(string(r.body), `"path":"claims"`) || !strings.Contains(string(r.body), "more than the limit of 1000") {
		t.Errorf("too many claims: %s", r.body)
	}
	r = e.must(e.do("PUT", "/api/v1/exercises/"+id+"/key", secret, encodeSet(t, big)), 400)
	if !strings.Contains(string(r.body), `"path":"key.claims"`) {
		t.Errorf("a key of too many claims: %s", r.body)
	}
}
