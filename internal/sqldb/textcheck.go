//go:build !wasm

package sqldb

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// ErrBadText is what a query gives, before it reaches the database, when
// one of its text arguments holds NUL or is not valid UTF-8. PostgreSQL
// refuses such text with an error of its own and SQLite stores it as it
// is; refusing it here makes both behave alike, and lets a server answer
// 400 rather than 500. (The HTTP edges refuse such input first, with the
// field's path; this is the last line.)
var ErrBadText = errors.New("text holds NUL or invalid UTF-8")

// checkArgs refuses string and []byte arguments that hold NUL or invalid
// UTF-8.
func checkArgs(args []any) error {
	for i, a := range args {
		var s string
		switch v := a.(type) {
		case string:
			s = v
		case []byte:
			s = string(v)
		default:
			continue
		}
		if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
			return fmt.Errorf("argument %d: %w", i+1, ErrBadText)
		}
	}
	return nil
}
