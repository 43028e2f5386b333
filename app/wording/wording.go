// Package wording is how the app words things for people: shortened
// quotes, sizes, a set's name, the lines of an error. One rule each, used
// by every page.
package wording

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"whosaid/annotate"
)

// Clip shortens s to n code points with an ellipsis.
func Clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// Shorten is Clip of s without its surrounding white space.
func Shorten(s string, n int) string { return Clip(strings.TrimSpace(s), n) }

// HumanBytes writes a size: "512 bytes", "12 kB", "3.4 MB".
func HumanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// Plural is "1 thing" or "N things".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// LowerFirst lower-cases an ASCII first letter ("Add claim" → "add claim").
func LowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return s
	}
	return string(s[0]+'a'-'A') + s[1:]
}

// UpperFirst upper-cases an ASCII first letter.
func UpperFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-('a'-'A')) + s[1:]
}

// Sentence makes a message a sentence to show: a capital first letter and
// a full stop.
func Sentence(msg string) string {
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return msg
	}
	r, n := utf8.DecodeRuneInString(msg)
	msg = string(unicode.ToUpper(r)) + msg[n:]
	if !strings.HasSuffix(msg, ".") && !strings.HasSuffix(msg, "?") && !strings.HasSuffix(msg, "!") {
		msg += "."
	}
	return msg
}

// OrDash is s, or "—" when it is empty.
func OrDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// ProblemLines lists an error's problems one per line (annotate.Problems
// gives every problem with its path; other errors are a line each).
func ProblemLines(err error) []string {
	var ps annotate.Problems
	if errors.As(err, &ps) {
		out := make([]string, len(ps))
		for i, p := range ps {
			out[i] = p.String()
		}
		return out
	}
	return strings.Split(err.Error(), "\n")
}
