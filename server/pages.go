//go:build !wasm

package server

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"regexp"
	"strconv"
	"strings"
)

// go-app (v9.8.0) writes a false boolean attribute as name="false" when it
// draws a page on the server, which HTML reads as true (a button drawn
// with hidden="false" is hidden until the app is live); the browser's own
// drawing sets the property instead. Pages are mended before they are sent.
// These are the attributes go-app sets as properties (its setJSAttribute).
var falseBoolAttr = regexp.MustCompile(` (?:async|autofocus|autoplay|checked|default|defer|disabled|hidden|ismap|loop|multiple|muted|open|readonly|required|reversed|selected)="false"`)

// compressPageOver: pages drawn with a long annotated article run to
// megabytes; they are sent gzipped (level 5: a few ms a megabyte).
const compressPageOver = 8 << 10

// servePage serves a page go-app draws, mended, compressed when big.
func (s *appServer) servePage(w http.ResponseWriter, r *http.Request) {
	var rec recorder
	s.h.ServeHTTP(&rec, r)
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	body := []byte(rec.body.String())
	if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		body = falseBoolAttr.ReplaceAll(body, nil)
		if len(body) > compressPageOver && acceptsEncoding(r.Header.Get("Accept-Encoding"), "gzip") {
			var b bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&b, 5) // a valid level
			zw.Write(body)
			zw.Close()
			body = b.Bytes()
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
