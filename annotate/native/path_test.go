package native

import "testing"

// TestJoinQuotesOddKeys: identifiers are written as they are, anything
// else (empty, a leading digit, a space, a dot, non-ASCII) quoted.
func TestJoinQuotesOddKeys(t *testing.T) {
	for _, c := range []struct{ path, key, want string }{
		{"", "claims", "claims"},
		{"claims[0]", "speaker_id", "claims[0].speaker_id"},
		{"a", "_x9", "a._x9"},
		{"a", "", `a[""]`},
		{"a", "9lives", `a["9lives"]`},
		{"a", "two words", `a["two words"]`},
		{"a", "x.y", `a["x.y"]`},
		{"", "café", `["café"]`},
		{"a", "—", `a["—"]`},
	} {
		if got := join(c.path, c.key); got != c.want {
			t.Errorf("join(%q, %q) = %s, want %s", c.path, c.key, got, c.want)
		}
	}
}
