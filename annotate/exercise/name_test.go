package exercise

import (
	"strings"
	"testing"
)

func TestNormalizeName(t *testing.T) {
	for _, tc := range []struct{ in, want, err string }{
		{"  Zoë   Ng ", "Zoë Ng", ""},
		{"Zoe\u0308", "Zoë", ""},       // NFC
		{"<b>Bo</b>", "<b>Bo</b>", ""}, // kept: escaped on output
		{"🦊 Fox", "🦊 Fox", ""},
		{"", "", "missing"},
		{" \t\n", "", "missing"},
		{strings.Repeat("é", 41), "", "41 characters, more than the limit of 40"},
		{strings.Repeat("é", 40), strings.Repeat("é", 40), ""},
		{"Bo\u202eb", "", "character 3 (U+202E) is not allowed"},
		{"Bo\x00b", "", "character 3 (U+0000) is not allowed"},
	} {
		got, err := NormalizeName(tc.in)
		if got != tc.want {
			t.Errorf("NormalizeName(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("NormalizeName(%q) error = %v, want one containing %q", tc.in, err, tc.err)
		}
	}
}
