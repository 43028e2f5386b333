//go:build !wasm

package httpjson

import (
	"fmt"
	"net/http"
	"unicode/utf8"
)

// CheckText refuses a JSON body that is not valid UTF-8 or whose strings
// hold U+0000 (raw or escaped as \u0000), naming where: the field's path
// when the body reads as JSON up to there, and the line and column.
//
// encoding/json would turn invalid bytes into U+FFFD, silently changing
// what the client sent; and no text of this program (an article, a title,
// a name) holds NUL, which PostgreSQL cannot store in a text column. So
// both are refused before anything is decoded or stored.
func CheckText(body []byte) *Error {
	inString, strStart := false, 0
	for i := 0; i < len(body); {
		c := body[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && size == 1 {
				return textProblem(body, i, stringEnd(body, strStart, inString), "not valid UTF-8 (the body must be UTF-8)")
			}
			i += size
			continue
		}
		switch {
		case c == 0:
			return textProblem(body, i, stringEnd(body, strStart, inString), "holds U+0000 (NUL), which no text may hold")
		case !inString && c == '"':
			inString, strStart = true, i
		case inString && c == '"':
			inString = false
		case inString && c == '\\' && i+1 < len(body):
			if body[i+1] == 'u' && i+6 <= len(body) && string(body[i+2:i+6]) == "0000" {
				return textProblem(body, i, stringEnd(body, strStart, inString), "holds U+0000 (NUL), which no text may hold")
			}
			i++ // the escaped character
		}
		i++
	}
	return nil
}

// stringEnd is the offset just past the string literal starting at start
// (-1 when not in a string or unterminated).
func stringEnd(body []byte, start int, inString bool) int {
	if !inString {
		return -1
	}
	for i := start + 1; i < len(body); i++ {
		switch body[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

func textProblem(body []byte, at, end int, msg string) *Error {
	line, col := lineCol(body, int64(at))
	p := Problem{Message: fmt.Sprintf("line %d, column %d: %s", line, col, msg)}
	if end > 0 {
		p.Path = locate(body, nil, int64(end)).path
	}
	return &Error{Status: http.StatusBadRequest, Message: "invalid JSON body", Problems: []Problem{p}}
}
