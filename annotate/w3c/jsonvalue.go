package w3c

import (
	"encoding/json"
	"fmt"
	"strconv"

	"whosaid/annotate"
)

// The importer reads the file as generic JSON (objects, arrays, strings,
// json.Number…) so that it can accept the many shapes JSON-LD allows and
// name the exact path of anything wrong.

type object = map[string]any

// reader collects problems while walking the generic JSON.
type reader struct {
	ps *annotate.Problems
}

func (r reader) add(path, format string, args ...any) { r.ps.Add(path, format, args...) }

// kind names a JSON value's type for error messages.
func kind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case object:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// list gives the values of a JSON-LD property: one value or an array of them.
func list(v any) []any {
	switch x := v.(type) {
	case nil:
		return nil
	case []any:
		return x
	}
	return []any{v}
}

// idx appends an array index to a path only when the value was an array.
func idx(path string, v any, i int) string {
	if _, ok := v.([]any); ok {
		return fmt.Sprintf("%s[%d]", path, i)
	}
	return path
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// str reads an optional string property.
func (r reader) str(o object, key, path string) (string, bool) {
	v, ok := o[key]
	if !ok || v == nil {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		r.add(join(path, key), "want a string, got %s", kind(v))
		return "", false
	}
	return s, true
}

// strs reads an optional property holding one string or an array of them.
func (r reader) strs(o object, key, path string) []string {
	v := o[key]
	var out []string
	for i, x := range list(v) {
		s, ok := x.(string)
		if !ok {
			r.add(idx(join(path, key), v, i), "want a string, got %s", kind(x))
			continue
		}
		out = append(out, s)
	}
	return out
}

// integer reads a required non-negative integer property.
func (r reader) integer(o object, key, path string) (int, bool) {
	p := join(path, key)
	v, ok := o[key]
	if !ok {
		r.add(p, "missing")
		return 0, false
	}
	n, ok := v.(json.Number)
	if !ok {
		r.add(p, "want an integer, got %s", kind(v))
		return 0, false
	}
	i, err := strconv.ParseInt(n.String(), 10, 64)
	if err != nil {
		r.add(p, "%s is not an integer", n)
		return 0, false
	}
	if i < 0 {
		r.add(p, "%d is negative", i)
		return 0, false
	}
	if i > annotate.MaxTextRunes {
		r.add(p, "%d is past any document (limit %d)", i, annotate.MaxTextRunes)
		return 0, false
	}
	return int(i), true
}

// optStr reads an optional string property of another tool's annotation:
// a value of another type is a warning, and ignored.
func (im *importer) optStr(o object, key, path string) (string, bool) {
	v, ok := o[key]
	if !ok || v == nil {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		im.warn(join(path, key), "is %s, not text: ignored", kind(v))
		return "", false
	}
	return s, true
}

// optStrs reads an optional property holding one string or an array of
// them; other values are warnings, and ignored.
func (im *importer) optStrs(o object, key, path string) []string {
	v := o[key]
	var out []string
	for i, x := range list(v) {
		s, ok := x.(string)
		if !ok {
			im.warn(idx(join(path, key), v, i), "is %s, not text: ignored", kind(x))
			continue
		}
		out = append(out, s)
	}
	return out
}

// intValue reads a required non-negative integer, adding what is wrong
// with it to ws instead of reporting it.
func (r reader) intValue(o object, key, path string, ws *[]string) (int, bool) {
	var ps annotate.Problems
	n, ok := reader{&ps}.integer(o, key, path)
	for _, p := range ps {
		*ws = append(*ws, key+" "+p.Message)
	}
	return n, ok
}

// obj reads an optional object property.
func (r reader) obj(o object, key, path string) (object, bool) {
	v, ok := o[key]
	if !ok || v == nil {
		return nil, false
	}
	m, ok := v.(object)
	if !ok {
		r.add(join(path, key), "want an object, got %s", kind(v))
		return nil, false
	}
	return m, true
}

// hasType tells whether a JSON-LD object's type (one or several) includes t.
func hasType(o object, t string) bool {
	for _, x := range list(typeOf(o)) {
		if x == t {
			return true
		}
	}
	return false
}

func typeOf(o object) any {
	if v, ok := o["type"]; ok {
		return v
	}
	return o["@type"]
}

// firstType is the first type name, for labels and messages.
func firstType(o object) string {
	for _, x := range list(typeOf(o)) {
		if s, ok := x.(string); ok {
			return s
		}
	}
	return ""
}
