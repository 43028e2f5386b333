package main

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// Module is what a WebAssembly binary holds, in bytes: each function body
// with its name (from the "name" section Go writes unless linked with -s),
// the size of every section, and where the "name" section sits so that the
// stripped file (what `make build` ships) can be measured from the same build.
type Module struct {
	Size      int            // the whole file
	Sections  map[string]int // "code", "data", "custom:name", … (payload and header)
	Functions []Function     // defined functions in code-section order
	// NameStart, NameEnd: the "name" custom section's bytes, header
	// included (0, 0 when absent).
	NameStart, NameEnd int
}

// Function is one function body in the code section.
type Function struct {
	Name string // as the Go linker wrote it: package path with '/' as '_'
	Size int    // body bytes, with its length prefix
}

var sectionNames = map[byte]string{
	1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
	7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount",
}

// Parse reads a WebAssembly binary module.
func Parse(b []byte) (*Module, error) {
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly module (no \\0asm header)")
	}
	m := &Module{Size: len(b), Sections: map[string]int{}}
	r := reader{b: b, pos: 8}
	imported := 0
	var bodies []int
	names := map[int]string{}
	for r.pos < len(b) {
		start := r.pos
		id := r.byte()
		size := r.uint()
		if r.err != nil || size > uint64(len(b)-r.pos) {
			return nil, fmt.Errorf("section at offset %d: runs past the end of the file", start)
		}
		end := r.pos + int(size)
		body := reader{b: b[:end], pos: r.pos}
		name := sectionNames[id]
		switch id {
		case 0:
			name = "custom:" + body.name()
			if name == "custom:name" {
				m.NameStart, m.NameEnd = start, end
				body.functionNames(names)
			}
		case 2:
			imported = body.functionImports()
		case 10:
			bodies = body.bodies()
		}
		if body.err != nil {
			return nil, fmt.Errorf("%s section at offset %d: %w", name, start, body.err)
		}
		if name == "" {
			name = fmt.Sprintf("section %d", id)
		}
		m.Sections[name] += end - start
		r.pos = end
	}
	for i, size := range bodies {
		m.Functions = append(m.Functions, Function{Name: names[imported+i], Size: size})
	}
	return m, nil
}

// Stripped is the file without its "name" section: what -ldflags=-s gives.
func (m *Module) Stripped(b []byte) []byte {
	if m.NameEnd == 0 {
		return b
	}
	out := make([]byte, 0, len(b)-(m.NameEnd-m.NameStart))
	return append(append(out, b[:m.NameStart]...), b[m.NameEnd:]...)
}

type reader struct {
	b   []byte
	pos int
	err error
}

func (r *reader) byte() byte {
	if r.err != nil || r.pos >= len(r.b) {
		r.fail()
		return 0
	}
	r.pos++
	return r.b[r.pos-1]
}

func (r *reader) uint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b[r.pos:])
	if n <= 0 {
		r.fail()
		return 0
	}
	r.pos += n
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil || n > uint64(len(r.b)-r.pos) {
		r.fail()
		return nil
	}
	r.pos += int(n)
	return r.b[r.pos-int(n) : r.pos]
}

func (r *reader) name() string { return string(r.bytes(r.uint())) }

func (r *reader) fail() {
	if r.err == nil {
		r.err = fmt.Errorf("truncated at offset %d", r.pos)
	}
}

// functionImports counts imported functions: they come first in the
// function index space, so names are offset by them.
func (r *reader) functionImports() int {
	n, funcs := r.uint(), 0
	for i := uint64(0); i < n && r.err == nil; i++ {
		r.name()
		r.name()
		switch r.byte() {
		case 0: // function: type index
			r.uint()
			funcs++
		case 1: // table: element type, limits
			r.byte()
			r.limits()
		case 2: // memory: limits
			r.limits()
		case 3: // global: value type, mutability
			r.byte()
			r.byte()
		default:
			r.err = fmt.Errorf("import %d: unknown kind", i)
		}
	}
	return funcs
}

func (r *reader) limits() {
	if r.byte()&1 == 1 {
		r.uint()
	}
	r.uint()
}

func (r *reader) bodies() []int {
	n := r.uint()
	var sizes []int
	for i := uint64(0); i < n && r.err == nil; i++ {
		start := r.pos
		r.bytes(r.uint())
		sizes = append(sizes, r.pos-start)
	}
	return sizes
}

// functionNames reads the function-names subsection (id 1) of a "name"
// section: subsections are id, size, payload.
func (r *reader) functionNames(names map[int]string) {
	for r.pos < len(r.b) && r.err == nil {
		id := r.byte()
		payload := r.bytes(r.uint())
		if id != 1 || r.err != nil {
			continue
		}
		sub := reader{b: payload}
		n := sub.uint()
		for i := uint64(0); i < n && sub.err == nil; i++ {
			idx := sub.uint()
			names[int(idx)] = sub.name()
		}
		r.err = sub.err
	}
}
