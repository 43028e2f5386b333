//go:build !wasm

package httpjson

import (
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type response struct {
	Status        int
	ContentType   string
	ContentLength string
	Body          string
}

func record(f func(w http.ResponseWriter)) response {
	rec := httptest.NewRecorder()
	f(rec)
	return response{rec.Code, rec.Header().Get("Content-Type"), rec.Header().Get("Content-Length"), rec.Body.String()}
}

func TestWriteError(t *testing.T) {
	e := &Error{Status: http.StatusConflict, Message: "that display name is taken",
		Problems: []Problem{{Path: "name", Message: "already used: <b>Ann</b> & co"}}}
	body := `{"error":"that display name is taken","problems":[{"path":"name","message":"already used: \u003cb\u003eAnn\u003c/b\u003e \u0026 co"}]}` + "\n"
	want := response{http.StatusConflict, "application/json", strconv.Itoa(len(body)), body}
	if diff := cmp.Diff(want, record(func(w http.ResponseWriter) { WriteError(w, e) })); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// No problems: the field is left out.
	body = `{"error":"not found"}` + "\n"
	want = response{http.StatusNotFound, "application/json", strconv.Itoa(len(body)), body}
	if diff := cmp.Diff(want, record(func(w http.ResponseWriter) { WriteError(w, NewError(http.StatusNotFound, "not found")) })); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWriteUnencodableIs500(t *testing.T) {
	body := `{"error":"internal error: could not encode the response"}` + "\n"
	want := response{http.StatusInternalServerError, "application/json", strconv.Itoa(len(body)), body}
	if diff := cmp.Diff(want, record(func(w http.ResponseWriter) { Write(w, http.StatusOK, map[string]any{"c": make(chan int)}) })); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWriteBody(t *testing.T) {
	want := response{http.StatusOK, "text/csv; charset=utf-8", "9", "a,b\n1,é\n"} // é is two bytes
	if diff := cmp.Diff(want, record(func(w http.ResponseWriter) {
		WriteBody(w, http.StatusOK, "text/csv; charset=utf-8", []byte("a,b\n1,é\n"))
	})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
