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
		{"wrong type names the field", `{"name":"Ann","count":"two"}`, bad(Problem{Path: "count", Message: "want an integer, got string"})},
		{"nested wrong type, with its index", `{"items":[{"id":1},{"id":true}]}`, bad(Problem{Path: "items[1].id", Message: "want an integer, got bool"})},
		{"an object where a list goes", `{"items":{}}`, bad(Problem{Path: "items", Message: "want an array, got object"})},
		{"not an object: no Go type named", `[1]`, bad(Problem{Message: "want an object, got array"})},
		{"unknown field", `{"nme":"Ann"}`, bad(Problem{Path: "nme", Message: "unknown field"})},
		{"nested unknown field", `{"items":[{"id":1},{"id":2,"colour":"red"}]}`, bad(Problem{Path: "items[1].colour", Message: "unknown field"})},
		{"odd unknown key quoted", `{"a b":1}`, bad(Problem{Path: `["a b"]`, Message: "unknown field"})},
		{"field names ignore case, as encoding/json does", `{"NAME":"Ann"}`, nil},
		{"truncated", `{"name":`, bad(Problem{Message: "the body ends before its JSON value does"})},
		{"syntax error located", "{\n\"name\": }", bad(Problem{Message: "line 2, column 9: invalid character '}' looking for beginning of value"})},
		{"invalid UTF-8 refused, not made U+FFFD", "{\"name\":\"Ann \xff\"}", bad(Problem{Path: "name", Message: "line 1, column 14: not valid UTF-8 (the body must be UTF-8)"})},
		{"NUL refused", `{"items":[{"id":1}],"name":"A\u0000"}`, bad(Problem{Path: "name", Message: "line 1, column 30: holds U+0000 (NUL), which no text may hold"})},
		{"escaped backslash before u0000 is text", `{"name":"A\\u0000"}`, nil},
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
