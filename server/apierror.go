//go:build !wasm

package server

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"

	"whosaid/annotate"
)

// problem is one thing wrong with a request, located by a field path in the
// request body ("claims[3].span.end") or naming a header or parameter.
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

// invalid turns annotate.Problems (or any error) into a 400 listing every
// problem with its path.
func invalid(msg string, err error) *apiError {
	e := newError(http.StatusBadRequest, msg)
	var ps annotate.Problems
	if errors.As(err, &ps) {
		for _, p := range ps {
			e.Problems = append(e.Problems, problem{Path: p.Path, Message: p.Message})
		}
	} else if err != nil {
		e.Problems = []problem{{Message: err.Error()}}
	}
	return e
}

func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.status, e)
}

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
