//go:build !wasm

package classroom

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"whosaid/annotate"
)

// problem is one thing wrong with a request, located by a field path
// ("key.claims[3].span.end") or naming a header or parameter; the same
// shape as the main API's errors (docs/api.md).
type problem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

// apiError is the JSON body of every error response.
type apiError struct {
	status   int
	Message  string    `json:"error"`
	Problems []problem `json:"problems,omitempty"`
}

func (e *apiError) Error() string { return e.Message }

func newError(status int, msg string) *apiError { return &apiError{status: status, Message: msg} }

// invalid makes a 400 listing every problem of err (annotate.Problems) with
// paths under prefix.
func invalid(msg, prefix string, err error) *apiError {
	e := newError(http.StatusBadRequest, msg)
	var ps annotate.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			path := p.Path
			if prefix != "" {
				path = joinPath(prefix, path)
			}
			e.Problems = append(e.Problems, problem{Path: path, Message: p.Message})
		}
	} else if err != nil {
		e.Problems = []problem{{Path: prefix, Message: err.Error()}}
	}
	return e
}

func joinPath(prefix, p string) string {
	switch {
	case p == "":
		return prefix
	case p[0] == '[':
		return prefix + p
	}
	return prefix + "." + p
}

func writeError(w http.ResponseWriter, e *apiError) { writeJSON(w, e.status, e) }

// writeJSON writes v; encoding/json escapes <, > and & in strings, so a
// display name can never become markup even if a page forgets to escape.
func writeJSON(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"error":"internal error: could not encode the response"}`)
	}
	writeBody(w, status, "application/json", append(body, '\n'))
}

func writeBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}
