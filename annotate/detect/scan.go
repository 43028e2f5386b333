package detect

import "encoding/json"

// scanner walks JSON text loosely: it reads an object's keys and finds
// where values end, and leaves checking them to the format's reader.
type scanner struct {
	data []byte
	pos  int
}

// objectKeys reads the keys of the object at pos, decoding only the values
// of "type" and "@type". ok is false when the scan cannot tell (escaped
// keys, broken structure): decode the file then.
func (s *scanner) objectKeys() (keys, bool) {
	k := keys{names: map[string]bool{}}
	if !s.eat('{') {
		return k, false
	}
	s.space()
	if s.eat('}') {
		return k, true
	}
	for {
		s.space()
		name, ok := s.key()
		if !ok {
			return k, false
		}
		s.space()
		if !s.eat(':') {
			return k, false
		}
		s.space()
		start := s.pos
		if !s.skipValue() {
			return k, false
		}
		if !k.names[name] {
			k.order = append(k.order, name)
		}
		k.names[name] = true
		if name == "type" || name == "@type" {
			var v any
			if json.Unmarshal(s.data[start:s.pos], &v) == nil {
				k.types = append(k.types, typeNames(v)...)
			}
		}
		s.space()
		if s.eat(',') {
			continue
		}
		return k, s.eat('}')
	}
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
	depth := 0
	start := s.pos
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
				return s.pos > start // the end of a scalar, left for the caller
			}
			depth--
			if depth == 0 {
				s.pos++
				return true
			}
		case ',', ' ', '\t', '\n', '\r':
			if depth == 0 {
				return s.pos > start
			}
		}
		s.pos++
	}
	return depth == 0 && s.pos > start
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
