//go:build !wasm

package httpjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"reflect"
)

// DecodeStrict reads body into v: exactly one JSON value, valid UTF-8
// with no NUL (CheckText), no unknown fields. Every error names the field
// by its path ("exercise.find.colour", "document.blocks[2].kind") and what
// JSON it wants ("an object", "a string"), never a Go type.
func DecodeStrict(body []byte, v any) *Error {
	if e := CheckText(body); e != nil {
		return e
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(body, reflect.TypeOf(v), err)
	}
	if dec.More() {
		return NewError(http.StatusBadRequest, "invalid JSON body: data after the end of the object")
	}
	return nil
}

func decodeError(body []byte, t reflect.Type, err error) *Error {
	bad := func(path, format string, args ...any) *Error {
		return &Error{Status: http.StatusBadRequest, Message: "invalid JSON body", Problems: []Problem{{Path: path, Message: fmt.Sprintf(format, args...)}}}
	}
	var te *json.UnmarshalTypeError
	var se *json.SyntaxError
	switch {
	case errors.As(err, &te):
		return bad(locate(body, t, te.Offset).path, "want %s, got %s", jsonKind(te.Type), te.Value)
	case errors.As(err, &se):
		line, col := lineCol(body, se.Offset-1) // Offset is just past the bad byte
		return bad("", "line %d, column %d: %s", line, col, se.Error())
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return bad("", "the body ends before its JSON value does")
	}
	if w := locate(body, t, -1); w.unknown {
		return bad(w.path, "unknown field")
	}
	return bad("", "%s", err.Error())
}

// jsonKind names the JSON a Go type is read from.
func jsonKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "an integer"
	case reflect.Float32, reflect.Float64:
		return "a number"
	}
	return "another value"
}

// lineCol turns a byte offset into a line and column (both from 1).
func lineCol(data []byte, off int64) (line, col int) {
	off = min(max(off, 0), int64(len(data)))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	return line, len(before) - (bytes.LastIndexByte(before, '\n') + 1) + 1
}
