//go:build !wasm

// Package httpjson is the JSON side of the server's HTTP APIs, shared by
// the annotation API and the classroom API: error bodies that locate every
// problem by a field path (docs/api.md), writing JSON responses, and
// strict decoding of JSON request bodies.
package httpjson

import (
	"errors"
	"net/http"

	"whosaid/annotate"
	"whosaid/internal/wire"
)

// Problem is one thing wrong with a request, located by a field path in
// the request body ("claims[3].span.end") or naming a header or parameter.
type Problem = wire.Problem

// Error is an error answer: the status to send, and what goes in its body
// (a wire.Error, WriteError).
type Error struct {
	Status   int
	Message  string
	Problems []Problem
}

func (e *Error) Error() string { return e.Message }

// NewError is an error response without problems.
func NewError(status int, msg string) *Error { return &Error{Status: status, Message: msg} }

// Invalid turns annotate.Problems (or any error) into a 400 listing every
// problem with its path.
func Invalid(msg string, err error) *Error {
	e := NewError(http.StatusBadRequest, msg)
	var ps annotate.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			e.Problems = append(e.Problems, Problem{Path: p.Path, Message: p.Message})
		}
	} else if err != nil {
		e.Problems = []Problem{{Message: err.Error()}}
	}
	return e
}

// JoinPath puts path p under the field prefix: "key" and "claims[2]" give
// "key.claims[2]", "list" and "[0]" give "list[0]".
func JoinPath(prefix, p string) string {
	switch {
	case p == "":
		return prefix
	case prefix == "":
		return p
	case p[0] == '[':
		return prefix + p
	}
	return prefix + "." + p
}
