//go:build !wasm

package httpjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"reflect"
	"regexp"
	"strconv"
	"strings"
)

// locate walks a JSON body alongside the Go type it is decoded into, to
// name a field by its path: the first field the type has no place for
// (unknown), or, with end ≥ 0, the value that ends at byte offset end
// (where encoding/json reports a wrong type; its own path has no array
// indexes). Fields match as encoding/json matches them: by tag or name,
// exactly, else ignoring case.
func locate(body []byte, t reflect.Type, end int64) located {
	w := &walker{dec: json.NewDecoder(bytes.NewReader(body)), end: end}
	w.dec.UseNumber()
	w.value(t, "")
	return w.found
}

type located struct {
	path    string
	unknown bool
}

type walker struct {
	dec   *json.Decoder
	end   int64
	found located
	done  bool
}

var (
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// value reads one value of type t (nil: any) at path.
func (w *walker) value(t reflect.Type, path string) {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t != nil && (reflect.PointerTo(t).Implements(jsonUnmarshaler) || reflect.PointerTo(t).Implements(textUnmarshaler)) {
		t = nil // decoded its own way: no fields of ours inside
	}
	tok, err := w.dec.Token()
	if err != nil {
		w.done = true
		return
	}
	// encoding/json reports a wrong type just past a literal, or just past
	// the { or [ of an object or array.
	if w.end >= 0 && w.dec.InputOffset() == w.end {
		w.found, w.done = located{path: path}, true
		return
	}
	switch tok {
	case json.Delim('{'):
		w.object(t, path)
	case json.Delim('['):
		w.array(t, path)
	}
}

func (w *walker) object(t reflect.Type, path string) {
	for !w.done && w.dec.More() {
		tok, err := w.dec.Token()
		if err != nil {
			w.done = true
			return
		}
		key, _ := tok.(string)
		var ft reflect.Type
		switch {
		case t == nil:
		case t.Kind() == reflect.Map:
			ft = t.Elem()
		case t.Kind() == reflect.Struct:
			var ok bool
			if ft, ok = fieldType(t, key); !ok && w.end < 0 {
				w.found, w.done = located{path: joinKey(path, key), unknown: true}, true
				return
			}
		}
		w.value(ft, joinKey(path, key))
	}
	if !w.done {
		w.dec.Token() // }
	}
}

func (w *walker) array(t reflect.Type, path string) {
	var et reflect.Type
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		et = t.Elem()
	}
	for i := 0; !w.done && w.dec.More(); i++ {
		w.value(et, path+"["+strconv.Itoa(i)+"]")
	}
	if !w.done {
		w.dec.Token() // ]
	}
}

// fieldType is the type of the struct field key decodes into, through
// embedded structs.
func fieldType(t reflect.Type, key string) (reflect.Type, bool) {
	var fold reflect.Type
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" || !sf.IsExported() && !sf.Anonymous {
			continue
		}
		if sf.Anonymous && name == "" && sf.Type.Kind() == reflect.Struct {
			if ft, ok := fieldType(sf.Type, key); ok {
				return ft, true
			}
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if name == key {
			return sf.Type, true
		}
		if fold == nil && strings.EqualFold(name, key) {
			fold = sf.Type
		}
	}
	return fold, fold != nil
}

var plainKey = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// joinKey extends a path by an object key; odd keys are quoted.
func joinKey(path, key string) string {
	if !plainKey.MatchString(key) {
		return path + "[" + strconv.Quote(key) + "]"
	}
	return JoinPath(path, key)
}
