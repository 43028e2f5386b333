//go:build !wasm

package classroom

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"

	"whosaid/annotate/exercise"
)

// pgFuzz is the one classroom the fuzzer's requests go to, on PostgreSQL:
// an exercise with a key, published, and one student.
var pgFuzz struct {
	once                  sync.Once
	h                     http.Handler
	id, secret, code, tok string
	err                   error
}

func fuzzClassroom(t *testing.T) {
	pgFuzz.once.Do(func() {
		url, err := pg.NewDatabase(context.Background())
		if err != nil {
			pgFuzz.err = err
			return
		}
		st, err := OpenPostgres(context.Background(), url)
		if err != nil {
			pgFuzz.err = err
			return
		}
		pgFuzz.h = NewHandlerWith(st, slog.New(slog.NewTextHandler(io.Discard, nil)), Options{Rate: -1, JoinRate: -1})
		e := &env{t: t, srv: httptest.NewServer(pgFuzz.h), st: st}
		defer e.srv.Close()
		pgFuzz.id, pgFuzz.secret, pgFuzz.code = e.published(exercise.FeedbackAfterSubmit)
		pgFuzz.tok = e.joinAs(pgFuzz.code, "Ann")
	})
	if pgFuzz.err != nil {
		t.Fatal(pgFuzz.err)
	}
}

// fuzzRoutes are the classroom's routes; {id} is the fuzzed id, {ex}
// the real exercise and {code} the real class code.
var fuzzRoutes = []struct{ method, path string }{
	{"GET", "/api/v1/exercises/{id}"}, {"GET", "/api/v1/exercises/{ex}/students/{id}"}, {"PUT", "/api/v1/exercises/{ex}/key"},
	{"PUT", "/api/v1/exercises/{ex}/settings"}, {"POST", "/api/v1/exercises"}, {"GET", "/api/v1/exercises/{ex}/dashboard"},
	{"GET", "/api/v1/classes/{id}"}, {"POST", "/api/v1/classes/{id}/join"}, {"POST", "/api/v1/classes/{code}/join"},
	{"GET", "/api/v1/classes/{id}/me"}, {"PUT", "/api/v1/classes/{code}/me/work"}, {"POST", "/api/v1/classes/{code}/me/submit"},
	{"GET", "/api/v1/classes/{code}/me/feedback"}, {"DELETE", "/api/v1/exercises/{id}"},
}

// FuzzRequestsOnPostgres sends fuzzed ids (in paths) and bodies to the
// classroom API on PostgreSQL, which refuses NUL and invalid UTF-8 with
// errors of its own: every answer must be a JSON answer below 500 (a 500
// is a request the server failed to check).
func FuzzRequestsOnPostgres(f *testing.F) {
	f.Add(uint8(0), "x\x00y", uint8(1), []byte(nil))
	f.Add(uint8(6), "%ff", uint8(0), []byte(nil))
	f.Add(uint8(8), "", uint8(0), []byte(`{"name":"B\u0000"}`))
	f.Add(uint8(8), "", uint8(0), []byte("{\"name\":\"\xff\"}"))
	f.Add(uint8(10), "", uint8(2), []byte(`{"format":2,"claims":null}`))
	f.Add(uint8(4), "", uint8(0), []byte(`{"exercise":{"title":"T\u0000"},"document":{"title":"\u0000"}}`))
	f.Add(uint8(2), "", uint8(1), []byte(`{"format":2,"document":{"id":"sha256:\u0000"}}`))
	f.Add(uint8(3), "", uint8(1), []byte(`{"title":"x","find":{"claims":true},"feedback":"after-submit","oneSubmission":true}`))
	f.Add(uint8(11), "", uint8(2), encodeSet(f, studentSet(f, [2]string{"taxes will", "Ann Lee"})))
	f.Add(uint8(2), "", uint8(1), encodeSet(f, keySet(f)))
	f.Fuzz(func(t *testing.T, route uint8, id string, auth uint8, body []byte) {
		if pg == nil {
			t.Skip("PostgreSQL tests skipped (WHOSAID_SKIP_POSTGRES=1)")
		}
		fuzzClassroom(t)
		rt := fuzzRoutes[int(route)%len(fuzzRoutes)]
		path := strings.NewReplacer("{id}", url.PathEscape(id), "{ex}", pgFuzz.id, "{code}", pgFuzz.code).Replace(rt.path)
		req := httptest.NewRequest(rt.method, "http://whosaid.test"+path, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		switch auth % 4 {
		case 1:
			req.Header.Set("Authorization", "Bearer "+pgFuzz.secret)
		case 2:
			req.Header.Set("Authorization", "Bearer "+pgFuzz.tok)
		case 3:
			req.Header.Set("Authorization", "Bearer "+id)
		}
		rec := httptest.NewRecorder()
		pgFuzz.h.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %q: %d %s", rt.method, path, rec.Code, rec.Body)
		}
		if rec.Code >= 400 && !json.Valid(rec.Body.Bytes()) {
			t.Fatalf("%s %q: %d with a body that is not JSON: %s", rt.method, path, rec.Code, rec.Body)
		}
	})
}
