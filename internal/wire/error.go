package wire

import (
	"encoding/json"
	"strconv"
)

// Error is the JSON body of every error answer of both APIs: what went
// wrong, and each problem located by a field path in the request body
// ("claims[3].span.end") or naming a header or parameter.
type Error struct {
	Error    string    `json:"error"`
	Problems []Problem `json:"problems,omitempty"`
}

// Problem is one thing wrong with a request.
type Problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// DecodeError reads an error answer. A body that is not one (a proxy's
// HTML page, nothing) gives "the server answered STATUS".
func DecodeError(status int, body []byte) Error {
	var e Error
	if json.Unmarshal(body, &e) != nil || e.Error == "" {
		return Error{Error: "the server answered " + strconv.Itoa(status)}
	}
	return e
}

// Lines is the message, then each problem as "path: message" (the
// message alone when the problem names no path).
func (e Error) Lines() []string {
	out := []string{e.Error}
	for _, p := range e.Problems {
		if p.Path != "" {
			out = append(out, p.Path+": "+p.Message)
		} else {
			out = append(out, p.Message)
		}
	}
	return out
}

// About tells whether one of the problems is about path.
func (e Error) About(path string) bool {
	for _, p := range e.Problems {
		if p.Path == path {
			return true
		}
	}
	return false
}
