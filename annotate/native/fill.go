package native

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"time"

	"whosaid/annotate"
)

// fill stores the tree v into rv, whose type is one of the format's Go
// types, adding a problem with its field path for every unknown field,
// missing required field and value of the wrong type.
//
// Empty arrays come out the same way however they were written: a field
// that may be omitted (omitempty) holds nil, a required one a non-nil slice,
// so that a decoded set encodes and decodes back to an equal set.
func fill(ps *annotate.Problems, v any, rv reflect.Value) {
	f := filler{ps: ps}
	f.fill(v, rv)
}

// filler keeps the path to the current value as a stack and only formats
// it when there is a problem to report (most files have none).
type filler struct {
	ps    *annotate.Problems
	stack []step
}

// step is one field name, or an array index when index >= 0.
type step struct {
	key   string
	index int
}

func (f *filler) path() string {
	var b strings.Builder
	for _, s := range f.stack {
		if s.index >= 0 {
			fmt.Fprintf(&b, "[%d]", s.index)
		} else {
			b.WriteString(join(b.String(), s.key)[b.Len():])
		}
	}
	return b.String()
}

func (f *filler) add(format string, args ...any) { f.ps.Add(f.path(), format, args...) }

func (f *filler) fill(v any, rv reflect.Value) {
	t := rv.Type()
	if t == rawType { // a JSON value kept verbatim (an imported claim's origin bodies)
		rv.SetBytes(treeJSON(v))
		return
	}
	if t == timeType {
		s, ok := v.(string)
		if !ok {
			f.add("want a date-time string, got %s", describe(v))
			return
		}
		var tm time.Time
		if err := tm.UnmarshalText([]byte(s)); err != nil {
			f.add("%q is not an RFC 3339 date-time", short(s))
			return
		}
		rv.Set(reflect.ValueOf(tm))
		return
	}
	switch t.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			f.add("want a string, got %s", describe(v))
			return
		}
		rv.SetString(s)
	case reflect.Int:
		n, ok := v.(json.Number)
		if !ok {
			f.add("want an integer, got %s", describe(v))
			return
		}
		i, err := strconv.ParseInt(string(n), 10, 0)
		if err != nil {
			f.add("want an integer, got %s", n)
			return
		}
		rv.SetInt(i)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			f.add("want true or false, got %s", describe(v))
			return
		}
		rv.SetBool(b)
	case reflect.Pointer:
		if v == nil {
			return
		}
		p := reflect.New(t.Elem())
		f.fill(v, p.Elem())
		rv.Set(p)
	case reflect.Slice:
		f.fillSlice(v, rv)
	case reflect.Struct:
		f.fillStruct(v, rv)
	default:
		panic("native: no decoding for " + t.String()) // a programming error, caught by the tests
	}
}

func (f *filler) fillSlice(v any, rv reflect.Value) {
	if v == nil {
		return
	}
	arr, ok := v.([]any)
	if !ok {
		f.add("want an array, got %s", describe(v))
		return
	}
	s := reflect.MakeSlice(rv.Type(), len(arr), len(arr))
	for i, e := range arr {
		f.stack = append(f.stack, step{index: i})
		f.fill(e, s.Index(i))
		f.stack = f.stack[:len(f.stack)-1]
	}
	rv.Set(s)
}

func (f *filler) fillStruct(v any, rv reflect.Value) {
	obj, ok := v.(object)
	if !ok {
		f.add("want an object, got %s", describe(v))
		return
	}
	fs := fieldsOf(rv.Type())
	seen := make([]bool, len(fs.list))
	for _, m := range obj {
		f.stack = append(f.stack, step{key: m.key, index: -1})
		if i, ok := fs.byName[m.key]; ok {
			seen[i] = true
			if m.val == nil && !fs.list[i].optional && rv.Field(fs.list[i].index).Kind() == reflect.Slice {
				// A required list may be empty ([]), not null: null is
				// no list, and taking it for one hides a broken writer.
				f.add("want an array, got null")
			} else {
				f.fill(m.val, rv.Field(fs.list[i].index))
			}
		} else {
			f.add("unknown field")
		}
		f.stack = f.stack[:len(f.stack)-1]
	}
	for i, fd := range fs.list {
		if !seen[i] && !fd.optional {
			f.stack = append(f.stack, step{key: fd.name, index: -1})
			f.add("missing")
			f.stack = f.stack[:len(f.stack)-1]
		}
	}
	// Settle empty slices (see fill).
	for _, fd := range fs.list {
		fv := rv.Field(fd.index)
		if fv.Kind() != reflect.Slice || fv.Len() > 0 {
			continue
		}
		if fd.optional {
			fv.Set(reflect.Zero(fv.Type()))
		} else {
			fv.Set(reflect.MakeSlice(fv.Type(), 0, 0))
		}
	}
}

type field struct {
	name     string
	index    int
	optional bool // omitempty: may be left out
}

type fields struct {
	list   []field
	byName map[string]int
}

var fieldCache sync.Map // reflect.Type → *fields

// fieldsOf reads a struct's JSON field names; names match exactly (not
// case-insensitively as encoding/json would), so "ID" is an unknown field.
func fieldsOf(t reflect.Type) *fields {
	if fs, ok := fieldCache.Load(t); ok {
		return fs.(*fields)
	}
	fs := &fields{byName: map[string]int{}}
	for i := range t.NumField() {
		sf := t.Field(i)
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		fs.byName[name] = len(fs.list)
		fs.list = append(fs.list, field{name: name, index: i, optional: strings.Contains(opts, "omitempty")})
	}
	fieldCache.Store(t, fs)
	return fs
}

var (
	timeType = reflect.TypeFor[time.Time]()
	rawType  = reflect.TypeFor[json.RawMessage]()
)

// treeJSON writes a parsed value back as compact JSON, keys in file order.
func treeJSON(v any) json.RawMessage {
	var b bytes.Buffer
	writeTree(&b, v)
	return b.Bytes()
}

func writeTree(b *bytes.Buffer, v any) {
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case json.Number:
		b.WriteString(string(x))
	case string:
		enc := json.NewEncoder(b)
		enc.SetEscapeHTML(false)
		enc.Encode(x)
		b.Truncate(b.Len() - 1) // Encode's newline
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTree(b, e)
		}
		b.WriteByte(']')
	case object:
		b.WriteByte('{')
		for i, m := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTree(b, m.key)
			b.WriteByte(':')
			writeTree(b, m.val)
		}
		b.WriteByte('}')
	}
}

// plainKey tells whether key is an identifier ([A-Za-z_][A-Za-z0-9_]*),
// written out in a path as it is. A loop, not a regular expression: one
// compiled at package level ran at every start of the browser app.
func plainKey(key string) bool {
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c == '_' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || i > 0 && '0' <= c && c <= '9' {
			continue
		}
		return false
	}
	return key != ""
}

// join extends a field path; odd keys are quoted so the path stays readable.
func join(path, key string) string {
	key = short(key)
	if !plainKey(key) {
		key = strconv.Quote(key)
		if path == "" {
			return "[" + key + "]"
		}
		return path + "[" + key + "]"
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

// describe names a JSON value for a message: `a string ("x")`, `an array`.
func describe(v any) string {
	switch v := v.(type) {
	case nil:
		return "null"
	case bool:
		return strconv.FormatBool(v)
	case json.Number:
		return "the number " + string(v)
	case string:
		return fmt.Sprintf("the string %q", short(v))
	case []any:
		return "an array"
	case object:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// short clips a string from the file for a message.
func short(s string) string {
	if r := []rune(s); len(r) > 40 {
		return string(r[:40]) + "…"
	}
	return s
}
