//go:build !wasm

package classroom

import (
	"context"
	"net/http"
	"strings"
	"testing"

	"whosaid/annotate/exercise"
	"whosaid/internal/sqldb"
)

// TestInputIsRejectedCleanly: ids and text that no database must be given
// (NUL, invalid UTF-8) are refused with a 400 that says where, before SQL,
// on SQLite and PostgreSQL alike; unknown fields are named by their path,
// with no Go type names; claims: null is no list; bodies must be JSON; and
// nothing refused is stored.
func TestInputIsRejectedCleanly(t *testing.T) {
	e := newEnv(t, Options{})
	id, secret, code := e.published(exercise.FeedbackAfterSubmit)
	tok := e.joinAs(code, "Ann")
	create := func(title, docTitle string) map[string]any {
		s := settings(exercise.FeedbackAfterSubmit)
		s.Title = title
		d := classDoc()
		d.Title = docTitle
		return map[string]any{"exercise": s, "document": d}
	}
	for _, c := range []struct {
		name, method, path, auth string
		body                     any
		status                   int
		want                     string
	}{
		{"NUL in an exercise id", "GET", "/api/v1/exercises/%00", secret, nil, 400, `"path":"path"`},
		{"invalid UTF-8 in an exercise id", "GET", "/api/v1/exercises/%ff%fe", secret, nil, 400, `"path":"path"`},
		{"NUL in a student id", "GET", "/api/v1/exercises/" + id + "/students/a%00b", secret, nil, 400, `"path":"path"`},
		{"NUL in a class code, no token", "GET", "/api/v1/classes/%00", "", nil, 400, `"path":"path"`},
		{"invalid UTF-8 in a class code", "POST", "/api/v1/classes/%ff/join", "", map[string]string{"name": "Bo"}, 400, `"path":"path"`},
		{"NUL in a title", "POST", "/api/v1/exercises", "", create("Who\u0000", "Taxes"), 400, `"path":"exercise.title"`},
		{"NUL in the article's title", "POST", "/api/v1/exercises", "", create("Who", "Tax\u0000es"), 400, `"path":"document.title"`},
		{"invalid UTF-8 in a name", "POST", "/api/v1/classes/" + code + "/join", "", []byte("{\"name\":\"B\xffo\"}"), 400, "not valid UTF-8"},
		{"NUL in a name", "POST", "/api/v1/classes/" + code + "/join", "", []byte(`{"name":"Bo\u0000"}`), 400, `"path":"name"`},
		{"unknown nested field", "POST", "/api/v1/exercises", "", map[string]any{"exercise": map[string]any{"title": "x", "colour": "red"}}, 400,
			`{"path":"exercise.colour","message":"unknown field"}`},
		{"not an object", "POST", "/api/v1/exercises", "", []byte(`[]`), 400, `"message":"want an object, got array"`},
		{"claims: null", "PUT", "/api/v1/classes/" + code + "/me/work", tok,
			[]byte(`{"format":2,"document":` + mustJSON(t, classDoc()) + `,"speakers":[],"claims":null}`), 400, `{"path":"claims","message":"want an array, got null"}`},
		{"invalid UTF-8 in work", "PUT", "/api/v1/classes/" + code + "/me/work", tok, []byte("{\"format\":2,\"x\":\"\xff\"}"), 400, "not valid UTF-8"},
	} {
		r := e.do(c.method, c.path, c.auth, c.body)
		if r.status != c.status || !strings.Contains(string(r.body), c.want) {
			t.Errorf("%s: %d %s, want %d with %s", c.name, r.status, r.body, c.status, c.want)
		}
		for _, goType := range []string{"classroom.", "wire.", "exercise.Exercise", "CreateExercise", "struct", "\ufffd"} {
			if strings.Contains(string(r.body), goType) {
				t.Errorf("%s: the answer names %q: %s", c.name, goType, r.body)
			}
		}
	}
	// Nothing refused was stored: one exercise, one student.
	var exercises, students int
	e.st.read(context.Background(), func(q sqldb.Querier) error {
		if err := q.QueryRow(context.Background(), `SELECT COUNT(*) FROM classroom_exercises`)(&exercises); err != nil {
			return err
		}
		return q.QueryRow(context.Background(), `SELECT COUNT(*) FROM classroom_students`)(&students)
	})
	if exercises != 1 || students != 1 {
		t.Errorf("%d exercises and %d students after refused requests, want 1 and 1", exercises, students)
	}
}

// TestOnlyJSONFromThisSite: bodies must be application/json (a form or a
// text/plain "simple request" from another site is not), and writes a
// browser sends from another site are refused, whatever their body.
func TestOnlyJSONFromThisSite(t *testing.T) {
	e := newEnv(t, Options{})
	_, _, code := e.published(exercise.FeedbackAfterSubmit)
	body := map[string]any{"exercise": settings(exercise.FeedbackAfterSubmit), "document": classDoc()}
	for _, c := range []struct {
		name   string
		header http.Header
		status int
	}{
		{"text/plain", http.Header{"Content-Type": {"text/plain"}}, 415},
		{"a form", http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, 415},
		{"JSON in Latin-1", http.Header{"Content-Type": {"application/json; charset=iso-8859-1"}}, 415},
		{"another site says Sec-Fetch-Site", http.Header{"Sec-Fetch-Site": {"cross-site"}}, 403},
		{"another site says Origin", http.Header{"Origin": {"https://evil.example"}}, 403},
		{"this site", http.Header{"Sec-Fetch-Site": {"same-origin"}}, 201},
		{"no browser", nil, 201},
	} {
		e.header = c.header
		if r := e.do("POST", "/api/v1/exercises", "", body); r.status != c.status {
			t.Errorf("create, %s: %d %s, want %d", c.name, r.status, r.body, c.status)
		}
		if c.status != 201 {
			if r := e.do("POST", "/api/v1/classes/"+code+"/join", "", map[string]string{"name": "Eve " + c.name[:3]}); r.status != c.status {
				t.Errorf("join, %s: %d %s, want %d", c.name, r.status, r.body, c.status)
			}
		}
	}
	e.header = http.Header{"Sec-Fetch-Site": {"cross-site"}}
	e.must(e.do("GET", "/api/v1/classes/"+code, "", nil), 200) // reads are not writes
}
