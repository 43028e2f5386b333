package main

import (
	"bytes"
	"encoding/json"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// decodeIfNative decodes data as a native file when it is one (see
// isNativeFile); native is false for anything else (W3C JSON-LD, an
// article, broken JSON), which the caller reads another way.
//
// Telling the format apart used to decode the whole file once more, just
// for its top-level keys: a third of the decoding time of a big file in
// the browser. The keys are now read by a scan that skips the values, and
// the full check only runs when the scan cannot tell or the decoding fails
// (a broken file may have native keys and still be read as W3C, as before).
func decodeIfNative(data []byte) (set *annotate.Set, isNative bool, err error) {
	maybe, sure := sniffNative(data)
	if !sure {
		maybe = isNativeFile(data)
	}
	if !maybe {
		return nil, false, nil
	}
	set, err = native.Decode(data)
	if err != nil && !json.Valid(bytes.TrimPrefix(data, []byte("\uFEFF"))) {
		// Not JSON at all: isNativeFile says no to such data.
		return nil, false, nil
	}
	return set, true, err
}

// sniffNative reads the top-level keys of a JSON object without decoding
// the values, and tells what isNativeFile would say about data if it is
// valid JSON. sure is false when the scan cannot tell (escaped keys, odd
// structure): ask isNativeFile then.
func sniffNative(data []byte) (native, sure bool) {
	s := scanner{data: bytes.TrimPrefix(data, []byte("\uFEFF"))}
	s.space()
	if !s.eat('{') {
		return false, true // not an object: never a native file
	}
	var hasFormat, hasDoc, hasContext bool
	s.space()
	if s.eat('}') {
		return false, s.end()
	}
	for {
		s.space()
		key, ok := s.key()
		if !ok {
			return false, false
		}
		switch key {
		case "format":
			hasFormat = true
		case "document":
			hasDoc = true
		case "@context":
			hasContext = true
		}
		s.space()
		if !s.eat(':') || !s.skipValue() {
			return false, false
		}
		s.space()
		if s.eat(',') {
			continue
		}
		if !s.eat('}') || !s.end() {
			return false, false
		}
		return hasFormat && hasDoc && !hasContext, true
	}
}

// scanner walks JSON text loosely: it finds where values end, and leaves
// checking them to the decoder.
type scanner struct {
	data []byte
	pos  int
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

func (s *scanner) eat(c byte) bool {
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// end tells whether only white space follows.
func (s *scanner) end() bool {
	s.space()
	return s.pos == len(s.data)
}

// key reads a key without escapes (a key with one is not sure).
func (s *scanner) key() (string, bool) {
	if !s.eat('"') {
		return "", false
	}
	start := s.pos
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '"':
			k := string(s.data[start:s.pos])
			s.pos++
			return k, true
		case '\\':
			return "", false
		}
		s.pos++
	}
	return "", false
}

// skipValue moves past one value: a string, or anything up to the
// matching bracket, or a scalar.
func (s *scanner) skipValue() bool {
	s.space()
	depth := 0
	for s.pos < len(s.data) {
		switch c := s.data[s.pos]; c {
		case '"':
			if !s.skipString() {
				return false
			}
			if depth == 0 {
				return true
			}
			continue
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return true // the end of a scalar, left for the caller
			}
			depth--
			if depth == 0 {
				s.pos++
				return true
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return true
			}
		}
		s.pos++
	}
	return depth == 0
}

func (s *scanner) skipString() bool {
	s.pos++ // "
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case '"':
			s.pos++
			return true
		case '\\':
			s.pos++
		}
		s.pos++
	}
	return false
}
