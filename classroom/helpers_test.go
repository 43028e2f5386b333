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
	"path/filepath"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/annotate/native"
)

// The class article. Word offsets: Ann 0-3 Lee 4-7 said 8-12 taxes 13-18
// will 19-23 rise 24-28 Bob 30-33 Roe 34-37 said 38-42 they 43-47 will
// 48-52 fall 53-57.
const classText = "Ann Lee said taxes will rise. Bob Roe said they will fall."

func classDoc() annotate.Document {
	return annotate.NewDocument(annotate.Document{Title: "Taxes"}, []annotate.Block{{Text: classText}})
}

func quote(t testing.TB, q string) annotate.Span {
	t.Helper()
	doc := classDoc()
	ix := annotate.NewTextIndex(doc.Text())
	b := strings.Index(doc.Text(), q)
	if b < 0 {
		t.Fatalf("%q not in the article", q)
	}
	start, _ := ix.FromByte(b)
	return annotate.MakeSpan(ix, start, start+annotate.RuneLen(q))
}

var t0 = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

func claim(id string, s annotate.Span, speaker string, a annotate.AttributionType, k annotate.ClaimKind) annotate.Claim {
	return annotate.Claim{ID: id, Span: s, SpeakerID: speaker, Attribution: a, Kind: k, Created: t0, Modified: t0}
}

// Markers that exist only in the key, to prove it never leaks.
const (
	keyClaimID = "k-secret-1"
	keyAlias   = "Keyonly Alias"
)

// keySet: k-secret-1 "taxes will rise" (Ann Lee, indirect, prediction),
// k2 "they will fall" (Bob Roe, indirect, prediction).
func keySet(t testing.TB) *annotate.Set {
	s := annotate.NewSet(classDoc())
	s.Speakers = []annotate.Speaker{
		{ID: "s-ann", Name: "Ann Lee", Kind: annotate.SpeakerPerson, Aliases: []string{keyAlias}},
		{ID: "s-bob", Name: "Bob Roe", Kind: annotate.SpeakerPerson},
	}
	s.Claims = []annotate.Claim{
		claim(keyClaimID, quote(t, "taxes will rise"), "s-ann", annotate.AttrIndirect, annotate.KindPrediction),
		claim("k2", quote(t, "they will fall"), "s-bob", annotate.AttrIndirect, annotate.KindPrediction),
	}
	return s
}

func encodeSet(t testing.TB, s *annotate.Set) []byte {
	t.Helper()
	b, err := native.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// studentSet builds a student's set with one speaker per name used.
func studentSet(t testing.TB, claims ...[2]string) *annotate.Set {
	s := annotate.NewSet(classDoc())
	ids := map[string]string{}
	for i, c := range claims {
		sp := ""
		if c[1] != "" {
			if ids[c[1]] == "" {
				ids[c[1]] = "sp" + string(rune('a'+len(ids)))
				s.Speakers = append(s.Speakers, annotate.Speaker{ID: ids[c[1]], Name: c[1], Kind: annotate.SpeakerPerson})
			}
			sp = ids[c[1]]
		}
		s.Claims = append(s.Claims, claim("c"+string(rune('1'+i)), quote(t, c[0]), sp, annotate.AttrIndirect, annotate.KindPrediction))
	}
	return s
}

type env struct {
	// header is sent with every request (tests of headers set it).
	header http.Header
	t      testing.TB
	srv    *httptest.Server
	st     *Store
	h      *handler
	reopen func() (*Store, error)
}

// openStore opens a fresh store for a test and says how to open it again;
// TestOnPostgres swaps it.
var openStore = openSQLite

func openSQLite(t testing.TB) (*Store, func() (*Store, error)) {
	path := filepath.Join(t.TempDir(), SQLiteFile)
	o := func() (*Store, error) { return OpenSQLite(context.Background(), path) }
	st, err := o()
	if err != nil {
		t.Fatal(err)
	}
	return st, o
}

func newEnv(t testing.TB, o Options) *env {
	t.Helper()
	st, reopen := openStore(t)
	if o.Rate == 0 {
		o.Rate = -1
	}
	if o.JoinRate == 0 {
		o.JoinRate = -1
	}
	h := NewHandlerWith(st, slog.New(slog.NewTextHandler(io.Discard, nil)), o).(*handler)
	srv := httptest.NewServer(h)
	t.Cleanup(func() { srv.Close(); st.Close() })
	return &env{t: t, srv: srv, st: st, h: h, reopen: reopen}
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("decoding %s: %v", r.body, err)
	}
}

func (e *env) do(method, path, auth string, body any) resp {
	e.t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case []byte:
		rd = bytes.NewReader(b)
	default:
		data, err := json.Marshal(b)
		if err != nil {
			e.t.Fatal(err)
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequest(method, e.srv.URL+path, rd)
	if err != nil {
		e.t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", "Bearer "+auth)
	}
	if rd != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range e.header {
		req.Header[k] = v
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	data, _ := io.ReadAll(res.Body)
	return resp{res.StatusCode, res.Header, data}
}

// must checks the status of a response.
func (e *env) must(r resp, status int) resp {
	e.t.Helper()
	if r.status != status {
		e.t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	return r
}

func settings(mode exercise.FeedbackMode) exercise.Exercise {
	return exercise.Exercise{Title: "Who said it?", Instructions: "Mark every claim and its speaker.",
		Find: exercise.Find{Claims: true, Speakers: true, Attribution: true}, Feedback: mode}
}

// published creates and publishes an exercise; it returns id, secret, code.
func (e *env) published(mode exercise.FeedbackMode) (string, string, string) {
	e.t.Helper()
	doc := classDoc()
	var c struct {
		ID            string `json:"id"`
		TeacherSecret string `json:"teacherSecret"`
		TeacherPath   string `json:"teacherPath"`
	}
	e.must(e.do("POST", "/api/v1/exercises", "", map[string]any{"exercise": settings(mode), "document": doc,
		"key": json.RawMessage(encodeSet(e.t, keySet(e.t)))}), 201).json(e.t, &c)
	var v struct {
		Code string `json:"code"`
	}
	e.must(e.do("POST", "/api/v1/exercises/"+c.ID+"/publish", c.TeacherSecret, nil), 200).json(e.t, &v)
	return c.ID, c.TeacherSecret, v.Code
}

// joinAs joins a class and returns the student token.
func (e *env) joinAs(code, name string) string {
	e.t.Helper()
	var j struct {
		Token string `json:"token"`
	}
	e.must(e.do("POST", "/api/v1/classes/"+code+"/join", "", map[string]string{"name": name}), 201).json(e.t, &j)
	return j.Token
}

func mustJSON(t testing.TB, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
