//go:build !wasm

package httpjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"
)

// DecodeStrict reads body into v: exactly one JSON object with no unknown
// fields. A wrong type names its field.
func DecodeStrict(body []byte, v any) *Error {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return &Error{Status: http.StatusBadRequest, Message: "invalid JSON body",
				Problems: []Problem{{Path: te.Field, Message: "want " + te.Type.String() + ", got " + te.Value}}}
		}
		return &Error{Status: http.StatusBadRequest, Message: "invalid JSON body", Problems: []Problem{{Message: err.Error()}}}
	}
	if dec.More() {
		return NewError(http.StatusBadRequest, "invalid JSON body: data after the end of the object")
	}
	return nil
}
