//go:build !wasm

package sqldb

import "testing"

func TestDollarParams(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"SELECT 1", "SELECT 1"},
		{"SELECT a FROM t WHERE b = ?", "SELECT a FROM t WHERE b = $1"},
		{"INSERT INTO t (a, b, c) VALUES (?, ?, ?)", "INSERT INTO t (a, b, c) VALUES ($1, $2, $3)"},
		{"UPDATE t SET name = ? WHERE note = 'é — 😀' AND id = ?", "UPDATE t SET name = $1 WHERE note = 'é — 😀' AND id = $2"},
		{"?????????????", "$1$2$3$4$5$6$7$8$9$10$11$12$13"},
	} {
		if got := dollarParams(tt.in); got != tt.want {
			t.Errorf("dollarParams(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
