package exercise

import (
	"crypto/rand"
	"fmt"
	"strings"
)

// CodeAlphabet is the letters of class codes: digits and capitals without
// the ones read alike (0/O, 1/I/L), so a code read aloud or off a board is
// typed right.
const CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// CodeLen is the number of letters of a code; written as two groups of
// three ("K7M-4QX"). 31⁶ ≈ 887 million codes: guessing one takes hundreds
// of millions of tries, which join rate limiting forbids.
const CodeLen = 6

// NewClassCode makes a random class code such as "K7M-4QX".
func NewClassCode() string {
	var b [CodeLen]byte
	// Rejection sampling keeps every letter equally likely: bytes at or
	// above the largest multiple of len(CodeAlphabet) are drawn again.
	limit := byte(256 - 256%len(CodeAlphabet))
	var buf [16]byte
	for n := 0; n < CodeLen; {
		rand.Read(buf[:])
		for _, x := range buf {
			if x < limit && n < CodeLen {
				b[n] = CodeAlphabet[int(x)%len(CodeAlphabet)]
				n++
			}
		}
	}
	return string(b[:3]) + "-" + string(b[3:])
}

// ParseClassCode reads a code as a student may type it: any case, with or
// without the dash, spaces around groups. It returns the canonical form or
// an error saying which character is wrong.
func ParseClassCode(s string) (string, error) {
	var b strings.Builder
	for i, r := range strings.ToUpper(s) {
		switch {
		case r == '-' || r == ' ' || r == '\t':
			continue
		case strings.ContainsRune(CodeAlphabet, r):
			b.WriteRune(r)
		case r == 'O' || r == '0' || r == '1' || r == 'I' || r == 'L':
			return "", fmt.Errorf("class code: %q at position %d is not used in codes (they have no 0, O, 1, I or L)", r, i+1)
		default:
			return "", fmt.Errorf("class code: %q at position %d is not a letter or digit of a code", r, i+1)
		}
	}
	c := b.String()
	if len(c) != CodeLen {
		return "", fmt.Errorf("class code: %d letters, want %d (like K7M-4QX)", len(c), CodeLen)
	}
	return c[:3] + "-" + c[3:], nil
}
