//go:build !wasm

package httpjson

import (
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type request struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
	Items []struct {
		ID int `json:"id"`
	} `json:"items"`
}

func TestDecodeStrict(t *testing.T) {
	bad := func(ps ...Problem) *Error {
		return &Error{Status: http.StatusBadRequest, Message: "invalid JSON body", Problems: ps}
	}
	for _, tt := range []struct {
		name, body string
		want       *Error
	}{
		{"good", `{"name":"Ann — 😀","count":2,"items":[{"id":1}]}`, nil},
		{"wrong type names the field", `{"name":"Ann","count":"two"}`, bad(Problem{Path: "count", Message: "want int, got string"})},
		{"nested wrong type", `{"items":[{"id":1},{"id":true}]}`, bad(Problem{Path: "items.id", Message: "want int, got bool"})},
		{"unknown field", `{"nme":"Ann"}`, bad(Problem{Message: `json: unknown field "nme"`})},
		{"truncated", `{"name":`, bad(Problem{Message: "unexpected EOF"})},
		{"trailing data", `{"name":"Ann"} {}`, &Error{Status: http.StatusBadRequest, Message: "invalid JSON body: data after the end of the object"}},
	} {
		var r request
		if diff := cmp.Diff(tt.want, DecodeStrict([]byte(tt.body), &r)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// FuzzDecodeStrict: any body gives nil or a 400 with a message, never a
// panic.
func FuzzDecodeStrict(f *testing.F) {
	for _, s := range []string{`{"name":"Ann","count":2}`, `{"count":"x"}`, `{"items":[{"id":1.5}]}`, `{} {}`, `[`, ``, `null`, `{"name":"\ud83d"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		var r request
		if e := DecodeStrict(body, &r); e != nil && (e.Status != http.StatusBadRequest || e.Message == "") {
			t.Fatalf("error %d %q", e.Status, e.Message)
		}
	})
}
