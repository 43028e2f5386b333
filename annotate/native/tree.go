package native

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// The file is first parsed into a generic tree so that every shape problem
// can be reported with its path, duplicate keys are caught, and nesting depth
// is bounded (deep nesting must not exhaust the stack).

// member is one key of a JSON object; objects keep their key order so that
// problems come out in file order.
type member struct {
	key string
	val any
}

// object is a JSON object. Other values are []any, string, json.Number,
// bool and nil.
type object []member

// maxDepth bounds nesting; the native shape is at most 6 deep.
const maxDepth = 32

// syntaxError is a JSON-level problem at a byte offset.
type syntaxError struct {
	offset int64
	msg    string
}

func (e *syntaxError) Error() string { return e.msg }

// parseTree parses one JSON value that fills all of data.
func parseTree(data []byte) (any, error) {
	if i := invalidUTF8(data); i >= 0 {
		return nil, &syntaxError{int64(i), "invalid UTF-8"}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := parseValue(dec, 0)
	if err != nil {
		return nil, jsonError(err, dec, len(data))
	}
	off := dec.InputOffset()
	if _, err := dec.Token(); err != io.EOF {
		return nil, &syntaxError{skipSpace(data, off), "unexpected data after the end of the JSON value"}
	}
	return v, nil
}

func parseValue(dec *json.Decoder, depth int) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, nil
	}
	if depth >= maxDepth {
		return nil, &syntaxError{dec.InputOffset() - 1, fmt.Sprintf("nested more than %d deep", maxDepth)}
	}
	switch d {
	case '{':
		obj := object{}
		seen := map[string]bool{}
		for dec.More() {
			at := dec.InputOffset()
			tok, err := dec.Token()
			if err != nil {
				return nil, err
			}
			key := tok.(string) // the decoder only yields string keys
			if seen[key] {
				return nil, &syntaxError{at, fmt.Sprintf("duplicate key %q", key)}
			}
			seen[key] = true
			v, err := parseValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			obj = append(obj, member{key, v})
		}
		_, err := dec.Token() // '}'
		return obj, err
	default: // '['
		arr := []any{}
		for dec.More() {
			v, err := parseValue(dec, depth+1)
			if err != nil {
				return nil, err
			}
			arr = append(arr, v)
		}
		_, err := dec.Token() // ']'
		return arr, err
	}
}

// jsonError gives a decoder error its byte offset.
func jsonError(err error, dec *json.Decoder, size int) *syntaxError {
	var se *syntaxError
	var js *json.SyntaxError
	switch {
	case errors.As(err, &se):
		return se
	case errors.As(err, &js):
		return &syntaxError{js.Offset, js.Error()}
	case errors.Is(err, io.EOF) && size == 0:
		return &syntaxError{0, "empty file"}
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return &syntaxError{int64(size), "unexpected end of file"}
	}
	return &syntaxError{dec.InputOffset(), err.Error()}
}

// lineCol turns a byte offset into a 1-based line and column (in code
// points), as an editor shows them.
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}

func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}

func skipSpace(data []byte, off int64) int64 {
	for off < int64(len(data)) && bytes.IndexByte([]byte(" \t\r\n"), data[off]) >= 0 {
		off++
	}
	return off
}
