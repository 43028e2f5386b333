package exercise

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
	"whosaid/annotate"
)

// MaxNameRunes is the longest display name.
const MaxNameRunes = 40

// NormalizeName checks and cleans a student's display name: NFC, runs of
// white space made one space, trimmed, 1 to MaxNameRunes characters, no
// control or format characters (which could hide or reorder text). The
// name is stored as typed otherwise; pages escape it on output.
func NormalizeName(s string) (string, error) {
	s = strings.Join(strings.Fields(norm.NFC.String(s)), " ")
	if s == "" {
		return "", fmt.Errorf("display name: missing")
	}
	if n := annotate.RuneLen(s); n > MaxNameRunes {
		return "", fmt.Errorf("display name: %d characters, more than the limit of %d", n, MaxNameRunes)
	}
	for i, r := range []rune(s) {
		if unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == unicode.ReplacementChar {
			return "", fmt.Errorf("display name: character %d (%U) is not allowed", i+1, r)
		}
	}
	return s, nil
}
