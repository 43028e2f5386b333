//go:build !wasm

package classroom

import (
	"strings"
	"testing"

	"whosaid/annotate/exercise"
)

// TestJoinMessages: each way a join can fail says what to change, about
// which field.
func TestJoinMessages(t *testing.T) {
	_, codeErr := exercise.ParseClassCode("XX")
	_, nameErr := exercise.NormalizeName("  ")
	_, longErr := exercise.NormalizeName("abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz")
	for _, c := range []struct{ got, want string }{
		{codeProblem("", codeErr), "Type the class code your teacher gave you (like K7M-4QX)."},
		{codeProblem("XX", codeErr), "Check the class code: 2 letters, want 6 (like K7M-4QX)."},
		{nameProblem(nameErr), "Type your name, as your teacher should see it."},
		{nameProblem(longErr), "Check your name: 52 characters, more than the limit of 40."},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
	for _, c := range []struct {
		r           apiResult
		field, want string
	}{
		{apiResult{Status: 404, Body: []byte(`{"error":"class not found"}`)}, "join-code",
			"No class has the code ABC-DEF. Check it with your teacher: a code looks like K7M-4QX."},
		{apiResult{Status: 409, Body: []byte(`{"error":"that display name is taken in this class","problems":[{"path":"name","message":"already used in this class: add an initial or a number"}]}`)}, "join-name",
			"Someone in this class already uses the name “Dee”: add an initial or a number."},
		{apiResult{Status: 409, Body: []byte(`{"error":"the exercise is closed: the teacher can reopen it","problems":[{"path":"state","message":"closed"}]}`)}, "",
			"This exercise is closed: it takes no new students. Ask your teacher to reopen it."},
		{apiResult{Status: 409, Body: []byte(`{"error":"the class is full (500 students)"}`)}, "", "The class is full (500 students)."},
		{apiResult{Status: 429, Body: []byte(`{"error":"too many"}`)}, "", "Too many tries from this network: wait a minute, then press Join again."},
		{apiResult{Err: errNoServer}, "", errNoServer.Error()},
	} {
		field, msg := joinRefusal(c.r, "ABC-DEF", "Dee")
		if field != c.field || msg != c.want {
			t.Errorf("%d %s: got %q %q, want %q %q", c.r.Status, c.r.Body, field, msg, c.field, c.want)
		}
	}
}

// TestPublishProblem: where there is no classroom server (a static copy,
// or none reachable) the teacher is sent to the exercise file.
func TestPublishProblem(t *testing.T) {
	for _, r := range []apiResult{{Err: errNoServer}, {Status: 404}, {Status: 405, Body: []byte("Method Not Allowed")}} {
		if got := publishProblem(r); !strings.Contains(got, "Export exercise file") {
			t.Errorf("%+v: %q", r, got)
		}
	}
	r := apiResult{Status: 400, Body: []byte(`{"error":"invalid exercise","problems":[{"path":"exercise.title","message":"missing"}]}`)}
	if got := publishProblem(r); got != "invalid exercise\nexercise.title: missing" {
		t.Errorf("a refusal: %q", got)
	}
}
