//go:build !wasm

package httpjson

import (
	"mime"
	"net/http"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ReadJSON reads a JSON request body: Content-Type application/json (415
// otherwise: a form or a text/plain "simple request" from another site is
// not JSON to act on), at most limit bytes (413), valid UTF-8 without NUL
// (CheckText).
func ReadJSON(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *Error) {
	if e := CheckJSONType(r); e != nil {
		return nil, e
	}
	body, e := ReadBody(w, r, limit)
	if e != nil {
		return nil, e
	}
	if e := CheckText(body); e != nil {
		return nil, e
	}
	return body, nil
}

// CheckJSONType refuses (415) a request whose Content-Type is not
// application/json (a charset, if given, must be UTF-8).
func CheckJSONType(r *http.Request) *Error {
	ct := r.Header.Get("Content-Type")
	mt, params, err := mime.ParseMediaType(ct)
	if err == nil && mt == "application/json" && (params["charset"] == "" || strings.EqualFold(params["charset"], "utf-8")) {
		return nil
	}
	if ct == "" {
		ct = "none"
	}
	return &Error{Status: http.StatusUnsupportedMediaType, Message: "the body must be JSON sent as Content-Type: application/json",
		Problems: []Problem{{Path: "Content-Type", Message: "got " + ct}}}
}

var crossOrigin = http.NewCrossOriginProtection()

// CheckOrigin refuses (403) a write (any method but GET, HEAD and
// OPTIONS) that a browser sent from another site, as its Sec-Fetch-Site
// or Origin header tells: a page elsewhere must not create exercises or
// join classes from a visitor's browser. Clients that are not browsers
// send neither header and pass.
func CheckOrigin(r *http.Request) *Error {
	if err := crossOrigin.Check(r); err != nil {
		return NewError(http.StatusForbidden, "cross-origin request refused: this API takes writes only from its own pages (or from clients that are not browsers)")
	}
	return nil
}

// CheckPath refuses (400) a request whose path, once decoded, is not
// valid UTF-8 or holds a control character (%00, %0A…): no id or code
// holds one, and none must reach a database (PostgreSQL refuses NUL and
// invalid UTF-8 in text with an error, not a "not found").
func CheckPath(r *http.Request) *Error {
	p := r.URL.Path
	bad := !utf8.ValidString(p)
	for _, c := range p {
		bad = bad || unicode.IsControl(c)
	}
	if !bad {
		return nil
	}
	return &Error{Status: http.StatusBadRequest, Message: "invalid request path",
		Problems: []Problem{{Path: "path", Message: "holds invalid UTF-8 or a control character (such as %00): no id or code does"}}}
}
