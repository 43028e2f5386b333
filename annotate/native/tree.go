package native

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// The file is first parsed into a generic tree so that every shape problem
// can be reported with its path, duplicate keys are caught, and nesting depth
// is bounded (deep nesting must not exhaust the stack). The parser is written
// out here because encoding/json's token API is several times slower and
// does not locate every error.

// member is one key of a JSON object; objects keep their key order so that
// problems come out in file order.
type member struct {
	key string
	val any
}

// object is a JSON object. Other values are []any, string, json.Number,
// bool and nil.
type object []member

// maxDepth bounds nesting; the native shape is at most 6 deep.
const maxDepth = 32

// syntaxError is a JSON-level problem at a byte offset.
type syntaxError struct {
	offset int
	msg    string
}

func (e *syntaxError) Error() string { return e.msg }

// parseTree parses one JSON value that fills all of data.
func parseTree(data []byte) (any, *syntaxError) {
	if i := invalidUTF8(data); i >= 0 {
		return nil, &syntaxError{i, "invalid UTF-8"}
	}
	// One copy of the file that strings without escapes are cut from:
	// one allocation instead of one per string (allocation is what costs
	// most in the browser). The set keeps the copy alive, but most of it
	// is the set's own text anyway.
	p := &parser{data: data, text: string(data)}
	p.space()
	if p.pos == len(data) {
		return nil, &syntaxError{0, "empty file"}
	}
	v, err := p.value(0)
	if err == nil {
		p.space()
		if p.pos < len(data) {
			err = p.fail("unexpected data after the end of the JSON value")
		}
	}
	if err != nil {
		return nil, err.(*syntaxError) // the parser makes no other errors
	}
	return v, nil
}

type parser struct {
	data []byte
	text string // data as a string
	pos  int
	// Values of the objects and arrays being read, innermost last: each
	// gets one slice of the right size when it ends, instead of growing
	// its own.
	members []member
	elems   []any
}

func (p *parser) fail(format string, args ...any) error {
	if p.pos >= len(p.data) {
		return &syntaxError{len(p.data), "unexpected end of file"}
	}
	return &syntaxError{p.pos, fmt.Sprintf(format, args...)}
}

// char names the byte at pos for a message.
func (p *parser) char() string {
	r, _ := utf8.DecodeRune(p.data[p.pos:])
	return strconv.QuoteRune(r)
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(depth int) (any, error) {
	p.space()
	if p.pos >= len(p.data) {
		return nil, p.fail("")
	}
	switch c := p.data[p.pos]; {
	case c == '{' || c == '[':
		if depth >= maxDepth {
			return nil, p.fail("nested more than %d deep", maxDepth)
		}
		if c == '{' {
			return p.object(depth)
		}
		return p.array(depth)
	case c == '"':
		return p.string()
	case c == '-' || '0' <= c && c <= '9':
		return p.number()
	case c == 't':
		return true, p.literal("true")
	case c == 'f':
		return false, p.literal("false")
	case c == 'n':
		return nil, p.literal("null")
	}
	return nil, p.fail("invalid character %s, want a value", p.char())
}

func (p *parser) object(depth int) (any, error) {
	p.pos++ // {
	base := len(p.members)
	defer func() { p.members = p.members[:base] }()
	var seen map[string]bool
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return object{}, nil
	}
	for {
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != '"' {
			return nil, p.fail("invalid character %s, want a key string", p.char())
		}
		at := p.pos
		key, err := p.string()
		if err != nil {
			return nil, err
		}
		// A map only for big objects: the format's objects are small.
		if seen == nil && len(p.members)-base >= 16 {
			seen = make(map[string]bool, 32)
			for _, m := range p.members[base:] {
				seen[m.key] = true
			}
		}
		dup := seen[key]
		if seen == nil {
			for _, m := range p.members[base:] {
				dup = dup || m.key == key
			}
		}
		if dup {
			return nil, &syntaxError{at, fmt.Sprintf("duplicate key %q", key)}
		}
		if seen != nil {
			seen[key] = true
		}
		p.space()
		if p.pos >= len(p.data) || p.data[p.pos] != ':' {
			return nil, p.fail("invalid character %s after a key, want ':'", p.char())
		}
		p.pos++
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.members = append(p.members, member{key, v})
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == '}' {
			p.pos++
			return append(make(object, 0, len(p.members)-base), p.members[base:]...), nil
		}
		return nil, p.fail("invalid character %s after an object member, want ',' or '}'", p.char())
	}
}

func (p *parser) array(depth int) (any, error) {
	p.pos++ // [
	base := len(p.elems)
	defer func() { p.elems = p.elems[:base] }()
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return []any{}, nil
	}
	for {
		v, err := p.value(depth + 1)
		if err != nil {
			return nil, err
		}
		p.elems = append(p.elems, v)
		p.space()
		if p.pos < len(p.data) && p.data[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.data) && p.data[p.pos] == ']' {
			p.pos++
			return append(make([]any, 0, len(p.elems)-base), p.elems[base:]...), nil
		}
		return nil, p.fail("invalid character %s after an array element, want ',' or ']'", p.char())
	}
}

func (p *parser) literal(word string) error {
	if !bytes.HasPrefix(p.data[p.pos:], []byte(word)) {
		return p.fail("invalid character %s, want a value", p.char())
	}
	p.pos += len(word)
	return nil
}

// number checks the JSON number grammar and keeps the text.
func (p *parser) number() (any, error) {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && '0' <= p.data[p.pos] && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	if p.data[p.pos] == '-' {
		p.pos++
	}
	if p.pos < len(p.data) && p.data[p.pos] == '0' {
		p.pos++
	} else if digits() == 0 {
		return nil, p.fail("invalid character %s in a number, want a digit", p.char())
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return nil, p.fail("invalid character %s after a decimal point, want a digit", p.char())
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return nil, p.fail("invalid character %s in an exponent, want a digit", p.char())
		}
	}
	return json.Number(p.text[start:p.pos]), nil
}

// string reads a string literal; lone surrogate escapes become U+FFFD, as
// in encoding/json.
func (p *parser) string() (string, error) {
	p.pos++ // "
	start := p.pos
	// Fast path: no escapes.
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		if c == '"' {
			s := p.text[start:p.pos]
			p.pos++
			return s, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
		p.pos++
	}
	buf := append([]byte(nil), p.data[start:p.pos]...)
	for p.pos < len(p.data) {
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return string(buf), nil
		case c < 0x20:
			return "", p.fail("control character %s in a string, want it escaped", p.char())
		case c != '\\':
			buf = append(buf, c)
			p.pos++
			continue
		}
		p.pos++ // backslash
		if p.pos >= len(p.data) {
			break
		}
		switch e := p.data[p.pos]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := p.hex4(p.pos + 1)
			if !ok {
				return "", p.fail("invalid \\u escape in a string, want four hex digits")
			}
			p.pos += 4
			if utf16.IsSurrogate(r) {
				r2, ok := rune(-1), false
				if p.pos+2 < len(p.data) && p.data[p.pos+1] == '\\' && p.data[p.pos+2] == 'u' {
					r2, ok = p.hex4(p.pos + 3)
				}
				if dec := utf16.DecodeRune(r, r2); ok && dec != utf8.RuneError {
					r = dec
					p.pos += 6
				} else {
					r = utf8.RuneError
				}
			}
			buf = utf8.AppendRune(buf, r)
		default:
			return "", p.fail("invalid escape %s in a string", "\\"+string(rune(e)))
		}
		p.pos++
	}
	return "", p.fail("")
}

func (p *parser) hex4(at int) (rune, bool) {
	if at+4 > len(p.data) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.data[at:at+4]), 16, 32)
	return rune(n), err == nil
}

// lineCol turns a byte offset into a 1-based line and column (in code
// points), as an editor shows them.
func lineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}

func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
