//go:build !wasm

package httpjson

import (
	"encoding/json"
	"net/http"
	"strconv"

	"whosaid/internal/wire"
)

// WriteError answers with e. A 401 says which scheme to use.
func WriteError(w http.ResponseWriter, e *Error) {
	if e.Status == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="whosaid"`)
	}
	Write(w, e.Status, wire.Error{Error: e.Message, Problems: e.Problems})
}

// Write answers with v as JSON. encoding/json escapes <, > and & in
// strings, so a display name can never become markup even if a page
// forgets to escape.
func Write(w http.ResponseWriter, status int, v any) {
	body, err := json.Marshal(v)
	if err != nil {
		status, body = http.StatusInternalServerError, []byte(`{"error":"internal error: could not encode the response"}`)
	}
	WriteBody(w, status, "application/json", append(body, '\n'))
}

// WriteBody answers with body as it is (JSON already encoded, CSV…), with
// its length.
func WriteBody(w http.ResponseWriter, status int, contentType string, body []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}
