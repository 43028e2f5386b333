package exercise

import (
	"regexp"
	"strings"
	"testing"
)

func TestNewClassCodeShape(t *testing.T) {
	shape := regexp.MustCompile(`^[` + CodeAlphabet + `]{3}-[` + CodeAlphabet + `]{3}$`)
	seen := map[string]bool{}
	for range 200 {
		c := NewClassCode()
		if !shape.MatchString(c) {
			t.Fatalf("code %q is not three letters of the alphabet, a dash, three letters", c)
		}
		for _, bad := range "0O1IL" {
			if strings.ContainsRune(c, bad) {
				t.Fatalf("code %q holds the ambiguous %q", c, bad)
			}
		}
		got, err := ParseClassCode(c)
		if err != nil || got != c {
			t.Fatalf("ParseClassCode(%q) = %q, %v", c, got, err)
		}
		seen[c] = true
	}
	// 200 draws from 887 million codes collide with probability 2e-5.
	if len(seen) < 199 {
		t.Errorf("only %d distinct codes in 200", len(seen))
	}
}

func TestParseClassCode(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"K7M-4QX", "K7M-4QX", ""},
		{"k7m4qx", "K7M-4QX", ""},
		{" k7m 4qx ", "K7M-4QX", ""},
		{"K7M-4QO", "", `'O' at position 7 is not used in codes`},
		{"K7M-4Q1", "", `'1' at position 7 is not used`},
		{"K7M-4Q", "", "5 letters, want 6"},
		{"K7M-4QXX", "", "7 letters, want 6"},
		{"K7M-4Q!", "", `'!' at position 7 is not a letter or digit`},
		{"", "", "0 letters"},
	} {
		got, err := ParseClassCode(tc.in)
		if got != tc.want {
			t.Errorf("ParseClassCode(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("ParseClassCode(%q) error = %v, want one containing %q", tc.in, err, tc.err)
		}
	}
}
