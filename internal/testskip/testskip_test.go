package testskip

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A skip is honoured only when asked for by name, and never in CI.
func TestAsked(t *testing.T) {
	var got, want []string
	for _, c := range []struct {
		ci, skip string
		want     bool
	}{
		{"", "", false},
		{"", "1", true},
		{"", "yes", false},
		{"true", "1", false},
		{"1", "1", false},
		{"false", "1", true},
		{"0", "1", true},
	} {
		t.Setenv("CI", c.ci)
		t.Setenv("WHOSAID_SKIP_X", c.skip)
		got = append(got, fmt.Sprintf("CI=%q SKIP=%q: %v", c.ci, c.skip, Asked("WHOSAID_SKIP_X")))
		want = append(want, fmt.Sprintf("CI=%q SKIP=%q: %v", c.ci, c.skip, c.want))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Asked (-want +got):\n%s", d)
	}
}
