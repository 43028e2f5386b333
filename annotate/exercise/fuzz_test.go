package exercise

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParseClassCode(f *testing.F) {
	for _, s := range []string{"K7M-4QX", "k7m4qx", "", "O0-1IL", "K7M-4QX-", "🦊🦊🦊-🦊🦊🦊"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseClassCode(s)
		if err != nil {
			return
		}
		again, err := ParseClassCode(c)
		if err != nil || again != c {
			t.Fatalf("canonical code %q does not parse to itself: %q, %v", c, again, err)
		}
		if len(c) != CodeLen+1 || strings.ContainsAny(c, "01OIL") {
			t.Fatalf("code %q", c)
		}
	})
}

func FuzzNormalizeName(f *testing.F) {
	for _, s := range []string{"Zoë", "  a  b ", "<script>", "\u202e", strings.Repeat("x", 50)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := NormalizeName(s)
		if err != nil {
			return
		}
		if n == "" || utf8.RuneCountInString(n) > MaxNameRunes || strings.TrimSpace(n) != n {
			t.Fatalf("name %q from %q", n, s)
		}
		again, err := NormalizeName(n)
		if err != nil || again != n {
			t.Fatalf("a normalized name changes again: %q → %q, %v", n, again, err)
		}
	})
}
