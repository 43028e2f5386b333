//go:build !wasm

package httpjson

import (
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestReadBody(t *testing.T) {
	tooLarge := &Error{Status: http.StatusRequestEntityTooLarge, Message: "the request body is larger than the limit of 10 bytes"}
	for _, tt := range []struct {
		name   string
		body   io.Reader
		length int64 // -1: unknown (chunked)
		want   string
		err    *Error
	}{
		{"within the limit", strings.NewReader("0123456789"), 10, "0123456789", nil},
		{"unknown length within", strings.NewReader("née 😀"), -1, "née 😀", nil},
		{"announced too large", strings.NewReader("01234567890"), 11, "", tooLarge},
		{"streamed too large", strings.NewReader("01234567890"), -1, "", tooLarge},
		{"broken", failingReader{}, -1, "", &Error{Status: http.StatusBadRequest, Message: "reading the request body: connection reset"}},
	} {
		r := httptest.NewRequest("POST", "/", tt.body)
		r.ContentLength = tt.length
		data, e := ReadBody(httptest.NewRecorder(), r, 10)
		if diff := cmp.Diff(tt.err, e); diff != "" {
			t.Errorf("%s: error (-want +got):\n%s", tt.name, diff)
		}
		if e == nil && string(data) != tt.want {
			t.Errorf("%s: read %q, want %q", tt.name, data, tt.want)
		}
	}
}
