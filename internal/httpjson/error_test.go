//go:build !wasm

package httpjson

import (
	"errors"
	"net/http"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestInvalidListsEveryProblem(t *testing.T) {
	var ps annotate.Problems
	ps.Add("claims[3].span.end", "past the end of the text (%d)", 120)
	ps.Add("speakers[0].name", "empty")
	for _, tt := range []struct {
		name string
		err  error
		want *Error
	}{
		{"problems", ps, &Error{Status: http.StatusBadRequest, Message: "invalid set", Problems: []Problem{
			{Path: "claims[3].span.end", Message: "past the end of the text (120)"},
			{Path: "speakers[0].name", Message: "empty"},
		}}},
		{"wrapped problems", errors.Join(errors.New("context"), ps), &Error{Status: http.StatusBadRequest, Message: "invalid set", Problems: []Problem{
			{Path: "claims[3].span.end", Message: "past the end of the text (120)"},
			{Path: "speakers[0].name", Message: "empty"},
		}}},
		{"plain error", errors.New("unexpected EOF"), &Error{Status: http.StatusBadRequest, Message: "invalid set", Problems: []Problem{
			{Message: "unexpected EOF"},
		}}},
		{"no error", nil, &Error{Status: http.StatusBadRequest, Message: "invalid set"}},
	} {
		if diff := cmp.Diff(tt.want, Invalid("invalid set", tt.err)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestJoinPath(t *testing.T) {
	for _, tt := range []struct{ prefix, p, want string }{
		{"key", "claims[2].span", "key.claims[2].span"},
		{"list", "[0].name", "list[0].name"},
		{"key", "", "key"},
		{"", "claims", "claims"},
		{"", "", ""},
	} {
		if got := JoinPath(tt.prefix, tt.p); got != tt.want {
			t.Errorf("JoinPath(%q, %q) = %q, want %q", tt.prefix, tt.p, got, tt.want)
		}
	}
}
