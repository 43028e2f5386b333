//go:build !wasm

package httpjson

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
)

// ReadBody reads the whole request body, refusing (413) more than limit
// bytes.
func ReadBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *Error) {
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	// Read into a buffer of the announced size, not by repeated growth.
	buf := bytes.NewBuffer(make([]byte, 0, max(r.ContentLength, 0)+bytes.MinRead))
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge(limit)
	case err != nil:
		return nil, NewError(http.StatusBadRequest, "reading the request body: "+err.Error())
	}
	return buf.Bytes(), nil
}

func tooLarge(limit int64) *Error {
	return NewError(http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than the limit of %d bytes", limit))
}
