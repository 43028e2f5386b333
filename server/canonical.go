//go:build !wasm

package server

import (
	"bytes"
	"strconv"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// storedForm is what a PUT stores: the request body itself when it is a
// file of the current format (what the browser sends, native.Encode's
// output), which saves re-encoding on every save; otherwise (an older
// format, migrated by Decode) the set's current-format encoding. Either
// way the stored bytes are a valid native file of the current format.
func storedForm(body []byte, s *annotate.Set) ([]byte, error) {
	if currentFormat(body) {
		return body, nil
	}
	return native.Encode(s)
}

// currentFormat tells whether a native file (already decoded, so valid
// JSON without duplicate keys) starts with "format": <FormatVersion>.
func currentFormat(body []byte) bool {
	rest, ok := bytes.CutPrefix(bytes.TrimLeft(body, " \t\r\n"), []byte("{"))
	if !ok {
		return false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(`"format"`))
	if !ok {
		return false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(":"))
	if !ok {
		return false
	}
	rest, ok = bytes.CutPrefix(bytes.TrimLeft(rest, " \t\r\n"), []byte(strconv.Itoa(annotate.FormatVersion)))
	if !ok {
		return false
	}
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return len(rest) > 0 && (rest[0] == ',' || rest[0] == '}')
}
