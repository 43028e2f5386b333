//go:build !wasm

package server

import (
	"net/http"
	"regexp"
	"strconv"
	"strings"

	"whosaid/internal/precompress"
)

// go-app (v9.8.0) writes a false boolean attribute as name="false" when it
// draws a page on the server, which HTML reads as true (a button drawn
// with hidden="false" is hidden until the app is live); the browser's own
// drawing sets the property instead. Pages are mended before they are sent.
// These are the attributes go-app sets as properties (its setJSAttribute).
var falseBoolAttr = regexp.MustCompile(` (?:async|autofocus|autoplay|checked|default|defer|disabled|hidden|ismap|loop|multiple|muted|open|readonly|required|reversed|selected)="false"`)

// compressPageOver: pages drawn with a long annotated article run to
// megabytes; they are sent gzipped (precompress.Fast: a few ms a
// megabyte).
const compressPageOver = 8 << 10

// servePage serves a page go-app draws: mended (FixPageHead), then
// compressed when big. Every page of the app comes through here.
func (s *appServer) servePage(w http.ResponseWriter, r *http.Request) {
	var rec recorder
	s.h.ServeHTTP(&rec, r)
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	body := rec.body.Bytes()
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") && bodyAllowed(rec.code) {
		body = FixPageHead(body, "")
		if len(body) > compressPageOver && acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			body = precompress.Gzip(body, precompress.Fast)
			w.Header().Set("Content-Encoding", "gzip")
		}
		w.Header().Add("Vary", "Accept-Encoding")
		w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	}
	if rec.code == 0 {
		rec.code = http.StatusOK
	}
	w.WriteHeader(rec.code)
	w.Write(body)
}

func bodyAllowed(status int) bool {
	return status == 0 || status >= 200 && status != http.StatusNoContent && status != http.StatusNotModified
}
