package native

import (
	"encoding/json"
	"fmt"
	"reflect"
	"regexp"
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
func fill(ps *annotate.Problems, path string, v any, rv reflect.Value) {
	t := rv.Type()
	if t == timeType {
		s, ok := v.(string)
		if !ok {
			ps.Add(path, "want a date-time string, got %s", describe(v))
			return
		}
		var tm time.Time
		if err := tm.UnmarshalText([]byte(s)); err != nil {
			ps.Add(path, "%q is not an RFC 3339 date-time", s)
			return
		}
		rv.Set(reflect.ValueOf(tm))
		return
	}
	switch t.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			ps.Add(path, "want a string, got %s", describe(v))
			return
		}
		rv.SetString(s)
	case reflect.Int:
		n, ok := v.(json.Number)
		if !ok {
			ps.Add(path, "want an integer, got %s", describe(v))
			return
		}
		i, err := strconv.ParseInt(string(n), 10, 0)
		if err != nil {
			ps.Add(path, "want an integer, got %s", n)
			return
		}
		rv.SetInt(i)
	case reflect.Bool:
		b, ok := v.(bool)
		if !ok {
			ps.Add(path, "want true or false, got %s", describe(v))
			return
		}
		rv.SetBool(b)
	case reflect.Pointer:
		if v == nil {
			return
		}
		p := reflect.New(t.Elem())
		fill(ps, path, v, p.Elem())
		rv.Set(p)
	case reflect.Slice:
		fillSlice(ps, path, v, rv)
	case reflect.Struct:
		fillStruct(ps, path, v, rv)
	default:
		panic("native: no decoding for " + t.String()) // a programming error, caught by the tests
	}
}

func fillSlice(ps *annotate.Problems, path string, v any, rv reflect.Value) {
	if v == nil {
		return
	}
	arr, ok := v.([]any)
	if !ok {
		ps.Add(path, "want an array, got %s", describe(v))
		return
	}
	s := reflect.MakeSlice(rv.Type(), len(arr), len(arr))
	for i, e := range arr {
		fill(ps, fmt.Sprintf("%s[%d]", path, i), e, s.Index(i))
	}
	rv.Set(s)
}

func fillStruct(ps *annotate.Problems, path string, v any, rv reflect.Value) {
	obj, ok := v.(object)
	if !ok {
		ps.Add(path, "want an object, got %s", describe(v))
		return
	}
	fs := fieldsOf(rv.Type())
	seen := make([]bool, len(fs.list))
	for _, m := range obj {
		i, ok := fs.byName[m.key]
		if !ok {
			ps.Add(join(path, m.key), "unknown field")
			continue
		}
		seen[i] = true
		fill(ps, join(path, m.key), m.val, rv.Field(fs.list[i].index))
	}
	for i, f := range fs.list {
		if !seen[i] && !f.optional {
			ps.Add(join(path, f.name), "missing")
		}
	}
	// Settle empty slices (see fill).
	for _, f := range fs.list {
		fv := rv.Field(f.index)
		if fv.Kind() != reflect.Slice || fv.Len() > 0 {
			continue
		}
		if f.optional {
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

var timeType = reflect.TypeFor[time.Time]()

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// join extends a field path; odd keys are quoted so the path stays readable.
func join(path, key string) string {
	if !plainKey.MatchString(key) {
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
		if len(v) > 40 {
			v = v[:40] + "…"
		}
		return fmt.Sprintf("the string %q", v)
	case []any:
		return "an array"
	case object:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
