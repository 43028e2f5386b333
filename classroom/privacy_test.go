//go:build !wasm

package classroom

import (
	"context"
	"database/sql"
	"net/http"
	"strings"
	"testing"
	"time"

	"whosaid/annotate/exercise"
	"whosaid/internal/sqldb"
	"whosaid/internal/wire"
)

// TestTeacherRoutesNeedTheSecret: every teacher route refuses no secret,
// a wrong one, another exercise's secret and a student token.
func TestTeacherRoutesNeedTheSecret(t *testing.T) {
	e := newEnv(t, Options{})
	id, _, code := e.published(exercise.FeedbackAfterSubmit)
	_, otherSecret, _ := e.published(exercise.FeedbackAfterSubmit)
	student := e.joinAs(code, "Ann")
	routes := []struct{ method, path string }{
		{"GET", ""}, {"DELETE", ""}, {"PUT", "/settings"}, {"PUT", "/key"}, {"POST", "/publish"},
		{"POST", "/close"}, {"POST", "/reopen"}, {"POST", "/release"}, {"POST", "/withhold"},
		{"GET", "/dashboard"}, {"GET", "/results.csv"}, {"GET", "/file"}, {"GET", "/students/x"}, {"DELETE", "/students"},
	}
	for _, rt := range routes {
		p := "/api/v1/exercises/" + id + rt.path
		for _, c := range []struct {
			auth   string
			status int
		}{{"", 401}, {"not-the-secret", 403}, {otherSecret, 403}, {student, 403}} {
			r := e.do(rt.method, p, c.auth, nil)
			if r.status != c.status {
				t.Errorf("%s %s with %q: status %d, want %d (%s)", rt.method, rt.path, c.auth, r.status, c.status, r.body)
			}
		}
	}
	// The exercise is intact.
	var n int
	e.st.read(context.Background(), func(q sqldb.Querier) error {
		return q.QueryRow(context.Background(), `SELECT COUNT(*) FROM classroom_students`)(&n)
	})
	if n != 1 {
		t.Errorf("%d students after refused requests, want 1", n)
	}
}

// TestStudentReachesOnlyOwnWork: a token works only for its own class and
// its own work; no student route takes another student's id; the teacher
// secret is no student token.
func TestStudentReachesOnlyOwnWork(t *testing.T) {
	e := newEnv(t, Options{})
	_, secretA, codeA := e.published(exercise.FeedbackAfterSubmit)
	_, _, codeB := e.published(exercise.FeedbackAfterSubmit)
	ann := e.joinAs(codeA, "Ann")
	bob := e.joinAs(codeA, "Bob")
	e.must(e.do("PUT", "/api/v1/classes/"+codeA+"/me/work", bob, encodeSet(t, studentSet(t, [2]string{"they will fall", "Zed Marker"}))), 200)
	// Ann sees her own (empty) work, never Bob's.
	r := e.must(e.do("GET", "/api/v1/classes/"+codeA+"/me", ann, nil), 200)
	if strings.Contains(string(r.body), "Zed Marker") || strings.Contains(string(r.body), `"name":"Bob"`) {
		t.Errorf("Ann's view holds Bob's work: %s", r.body)
	}
	// Ann's token in class B: as if there were no class.
	for _, p := range []string{"/me", "/me/feedback"} {
		e.must(e.do("GET", "/api/v1/classes/"+codeB+p, ann, nil), 404)
	}
	e.must(e.do("PUT", "/api/v1/classes/"+codeB+"/me/work", ann, encodeSet(t, studentSet(t))), 404)
	for _, auth := range []string{"", secretA, "made-up-token"} {
		want := http.StatusUnauthorized
		if got := e.do("GET", "/api/v1/classes/"+codeA+"/me", auth, nil).status; got != want {
			t.Errorf("GET me with %q: status %d, want %d", auth, got, want)
		}
	}
	// A set on another article is refused.
	other := studentSet(t)
	other.Document.Blocks[0].Text = "Something else."
	other.Document.ID = "sha256:0"
	e.must(e.do("PUT", "/api/v1/classes/"+codeA+"/me/work", ann, encodeSet(t, other)), 400)
}

// TestDisplayNameRules: a name only, length-limited, unique in the class,
// escaped in every JSON answer.
func TestDisplayNameRules(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	join := "/api/v1/classes/" + code + "/join"
	for _, c := range []struct {
		body   any
		status int
		want   string
	}{
		{map[string]string{"name": ""}, 400, `"path":"name"`},
		{map[string]string{"name": strings.Repeat("x", 41)}, 400, "more than the limit of 40"},
		{map[string]string{"name": "Ann", "email": "ann@example.org"}, 400, `{"path":"email","message":"unknown field"}`},
		{map[string]string{"name": "Bo\u202eb"}, 400, "not allowed"},
	} {
		r := e.do("POST", join, "", c.body)
		if r.status != c.status || !strings.Contains(string(r.body), c.want) {
			t.Errorf("join %v: %d %s, want %d with %q", c.body, r.status, r.body, c.status, c.want)
		}
	}
	e.joinAs(code, "<script>alert(1)</script>")
	e.must(e.do("POST", join, "", map[string]string{"name": "<SCRIPT>alert(1)</SCRIPT>"}), 409)
	for _, p := range []string{"/dashboard", "/results.csv"} {
		r := e.must(e.do("GET", "/api/v1/exercises/"+id+p, secret, nil), 200)
		if p == "/dashboard" && strings.Contains(string(r.body), "<script>") {
			t.Errorf("%s holds an unescaped name: %s", p, r.body)
		}
		if r.header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s lacks nosniff", p)
		}
	}
	// Nothing but the name is stored of a student.
	cols := map[string]bool{}
	e.st.read(context.Background(), func(q sqldb.Querier) error {
		return q.Query(context.Background(), `SELECT name FROM pragma_table_info('classroom_students')`, nil, func(scan func(...any) error) error {
			var c string
			err := scan(&c)
			cols[c] = true
			return err
		})
	})
	want := map[string]bool{"id": true, "exercise_id": true, "token_hash": true, "name": true, "name_key": true, "work": true,
		"submission": true, "joined_at": true, "updated_at": true, "submitted_at": true, "revision": true, "attempts": true}
	for c := range cols {
		if !want[c] {
			t.Errorf("students table has column %q", c)
		}
	}
}

// TestSecretsStoredAsHashes: neither the teacher secret nor a student
// token is anywhere in the database; their SHA-256 hashes are.
func TestSecretsStoredAsHashes(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	tok := e.joinAs(code, "Ann")
	db, err := sql.Open("sqlite", "file:"+e.st.db.(*sqldb.SQLite).Path())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var all []string
	for _, q := range []string{
		`SELECT id || secret_hash || COALESCE(code,'') || settings || document || answer_key || state FROM classroom_exercises`,
		`SELECT id || exercise_id || token_hash || name || work || submission FROM classroom_students`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var s string
			rows.Scan(&s)
			all = append(all, s)
		}
		rows.Close()
	}
	dump := strings.Join(all, "\n")
	if strings.Contains(dump, secret) || strings.Contains(dump, tok) {
		t.Fatal("a secret is stored in the clear")
	}
	if !strings.Contains(dump, hashSecret(secret)) || !strings.Contains(dump, hashSecret(tok)) || !strings.Contains(dump, id) {
		t.Fatal("the hashes are not stored")
	}
}

// TestJoinIsRateLimited: code look-ups and joins share a per-address
// bucket, wrong codes included; 429 says when to retry.
func TestJoinIsRateLimited(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := newEnv(t, Options{JoinRate: 0.5, JoinBurst: 3, Now: func() time.Time { return clock }})
	_, _, code := e.published(exercise.FeedbackAfterSubmit)
	e.must(e.do("GET", "/api/v1/classes/ZZZ-ZZZ", "", nil), 404)
	e.must(e.do("GET", "/api/v1/classes/"+code, "", nil), 200)
	e.joinAs(code, "Ann")
	r := e.must(e.do("POST", "/api/v1/classes/"+code+"/join", "", map[string]string{"name": "Bob"}), 429)
	if r.header.Get("Retry-After") != "2" {
		t.Errorf("Retry-After %q, want 2", r.header.Get("Retry-After"))
	}
	e.must(e.do("GET", "/api/v1/classes/"+code, "", nil), 429)
	// Student work is not slowed by the join limit.
	clock = clock.Add(2 * time.Second)
	tok := e.joinAs(code, "Bob")
	for range 5 {
		e.must(e.do("GET", "/api/v1/classes/"+code+"/me", tok, nil), 200)
	}
}

// TestDeleteStudentData removes every student's name, work and token in
// one step; their tokens stop working; the exercise stays.
func TestDeleteStudentData(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	_, _, otherCode := e.published(exercise.FeedbackAfterSubmit)
	ann := e.joinAs(code, "Ann")
	e.joinAs(code, "Bob")
	keep := e.joinAs(otherCode, "Ann")
	e.must(e.do("POST", "/api/v1/classes/"+code+"/me/submit", ann, encodeSet(t, studentSet(t, [2]string{"taxes will rise", "Ann Lee"}))), 200)
	// A dashboard read before the deletion (and cached) is not served after.
	e.must(e.do("GET", "/api/v1/exercises/"+id+"/dashboard", secret, nil), 200)
	var d struct {
		Deleted int `json:"deleted"`
	}
	e.must(e.do("DELETE", "/api/v1/exercises/"+id+"/students", secret, nil), 200).json(t, &d)
	if d.Deleted != 2 {
		t.Errorf("deleted %d, want 2", d.Deleted)
	}
	e.must(e.do("GET", "/api/v1/classes/"+code+"/me", ann, nil), 401)
	var dv struct {
		Dashboard struct {
			Roster []any `json:"roster"`
		} `json:"dashboard"`
	}
	e.must(e.do("GET", "/api/v1/exercises/"+id+"/dashboard", secret, nil), 200).json(t, &dv)
	if len(dv.Dashboard.Roster) != 0 {
		t.Errorf("roster after delete: %v", dv.Dashboard.Roster)
	}
	e.must(e.do("GET", "/api/v1/classes/"+otherCode+"/me", keep, nil), 200)
	// The class goes on: a student may join again.
	e.joinAs(code, "Ann")
	// Deleting the exercise removes it and its students.
	e.must(e.do("DELETE", "/api/v1/exercises/"+id, secret, nil), 204)
	e.must(e.do("GET", "/api/v1/exercises/"+id, secret, nil), 404)
	e.must(e.do("GET", "/api/v1/classes/"+code, "", nil), 404)
}

// TestBadRequestsListEveryProblem: a create with several mistakes names
// each with its path.
func TestBadRequestsListEveryProblem(t *testing.T) {
	e := newEnv(t, Options{MaxBody: 1 << 16})
	key := keySet(t)
	key.Claims[1].SpeakerID = "s-ghost"
	r := e.must(e.do("POST", "/api/v1/exercises", "", map[string]any{"exercise": map[string]any{"title": "", "feedback": "never", "find": map[string]bool{}}, "document": classDoc(), "key": nil}), 400)
	for _, want := range []string{`"path":"exercise.title"`, `"path":"exercise.feedback"`, `"path":"exercise.find"`} {
		if !strings.Contains(string(r.body), want) {
			t.Errorf("missing %s in %s", want, r.body)
		}
	}
	_, secret, _ := e.published(exercise.FeedbackAfterSubmit)
	_ = secret
	var c wire.ExerciseCreated
	e.must(e.do("POST", "/api/v1/exercises", "", map[string]any{"exercise": settings(exercise.FeedbackAfterSubmit), "document": classDoc()}), 201).json(t, &c)
	r = e.must(e.do("PUT", "/api/v1/exercises/"+c.ID+"/key", c.TeacherSecret, encodeSet(t, key)), 400)
	if !strings.Contains(string(r.body), `"path":"key.claims[1].speaker"`) {
		t.Errorf("bad key: %s", r.body)
	}
	e.must(e.do("POST", "/api/v1/exercises", "", []byte(strings.Repeat(" ", 1<<17))), 413)
	r = e.must(e.do("GET", "/api/v1/exercises/x/nope", "", nil), 404)
	if r.header.Get("Content-Type") != "application/json" {
		t.Errorf("404 is not JSON")
	}
	r = e.must(e.do("PATCH", "/api/v1/exercises/x", "", nil), 405)
	if !strings.Contains(r.header.Get("Allow"), "GET") {
		t.Errorf("Allow %q", r.header.Get("Allow"))
	}
}

// TestMadeUpTokensDoNotBypassTheLimit: the general limit counts a request
// by its bearer token (a class behind one school address is many
// clients), but a token the server does not know, or one sent where none
// is needed (creating an exercise), is counted against the address: made-up
// tokens buy no fresh allowance.
func TestMadeUpTokensDoNotBypassTheLimit(t *testing.T) {
	clock := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	e := newEnv(t, Options{Rate: 0.5, Burst: 3, Now: func() time.Time { return clock }})
	// The address's first request (creating); publishing goes by the secret.
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	body := map[string]any{"exercise": settings(exercise.FeedbackAfterSubmit), "document": classDoc()}
	e.must(e.do("POST", "/api/v1/exercises", "made-up-1", body), 201)
	e.must(e.do("GET", "/api/v1/classes/"+code+"/me", "made-up-2", nil), 401)
	e.must(e.do("POST", "/api/v1/exercises", "made-up-3", body), 429)
	e.must(e.do("GET", "/api/v1/exercises/"+id, "made-up-4", nil), 429)
	e.must(e.do("GET", "/api/v1/classes/"+code+"/me", "made-up-5", nil), 429)
	// Real secrets keep their own allowance.
	e.must(e.do("GET", "/api/v1/exercises/"+id+"/dashboard", secret, nil), 200)
}
