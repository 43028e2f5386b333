package detect

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Format is an annotation file format.
type Format string

const (
	Native      Format = "native"      // whosaid's own JSON (docs/format.md)
	W3C         Format = "w3c"         // W3C Web Annotation JSON-LD, ours or another tool's
	Hypothesis  Format = "hypothesis"  // Hypothesis API JSON: a search reply, an array or one annotation
	Annotorious Format = "annotorious" // Annotorious / Recogito text annotator JSON
)

// Name is the format's name for people.
func (f Format) Name() string {
	switch f {
	case Native:
		return "whosaid JSON"
	case W3C:
		return "W3C Web Annotation"
	case Hypothesis:
		return "Hypothesis API JSON"
	case Annotorious:
		return "Annotorious / Recogito JSON"
	}
	return "not an annotation file"
}

// Result is what Detect found.
type Result struct {
	Format Format // "" when the data is not an annotation file
	// JSON is false when the data does not even start like JSON (it may be
	// an article).
	JSON bool
	// Reason says, when Format is "", what the data is instead.
	Reason string
}

// Detect tells which annotation format data is in.
func Detect(data []byte) Result {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	s := scanner{data: data}
	s.space()
	if s.pos == len(data) {
		return Result{Reason: "the file is empty"}
	}
	switch data[s.pos] {
	case '{':
		keys, ok := s.objectKeys()
		if !ok {
			// Broken further on, but already telling: its reader says
			// where it is broken.
			if f := objectFormat(keys); f != "" {
				return Result{Format: f, JSON: true}
			}
			return fallback(data)
		}
		return Result{Format: objectFormat(keys), JSON: true, Reason: objectReason(keys)}
	case '[':
		s.pos++
		s.space()
		switch {
		case s.eat(']'):
			if !s.end() {
				return fallback(data)
			}
			return Result{JSON: true, Reason: "an empty list: there are no annotations in it"}
		case s.pos < len(data) && data[s.pos] == '{':
			keys, ok := s.objectKeys()
			if !ok {
				return fallback(data)
			}
			return Result{Format: itemFormat(keys), JSON: true, Reason: itemReason(keys)}
		}
		return fallback(data)
	}
	return fallback(data)
}

// fallback decodes the whole file when the scan could not tell.
func fallback(data []byte) Result {
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		// A broken JSON file is said to be one, with where it breaks;
		// anything else is named for what it is (a table, a PDF…).
		trimmed := bytes.TrimSpace(data)
		if len(trimmed) > 0 && strings.ContainsRune("{[", rune(trimmed[0])) {
			return Result{JSON: true, Reason: "not JSON: " + located(data, err)}
		}
		return Result{Reason: describe(data)}
	}
	switch x := v.(type) {
	case map[string]any:
		keys := keysOf(x)
		return Result{Format: objectFormat(keys), JSON: true, Reason: objectReason(keys)}
	case []any:
		if len(x) == 0 {
			return Result{JSON: true, Reason: "an empty list: there are no annotations in it"}
		}
		if o, ok := x[0].(map[string]any); ok {
			keys := keysOf(o)
			return Result{Format: itemFormat(keys), JSON: true, Reason: itemReason(keys)}
		}
		return Result{JSON: true, Reason: fmt.Sprintf("a list of %ss, not of annotations", kindOf(x[0]))}
	}
	return Result{JSON: true, Reason: fmt.Sprintf("a single JSON %s, not an annotation file", kindOf(v))}
}

// keys are an object's top-level keys, with the values of "type" and
// "@type" decoded (they decide W3C).
type keys struct {
	names map[string]bool
	order []string
	types []string
}

func (k keys) has(n string) bool { return k.names[n] }

func (k keys) typed(t string) bool {
	for _, x := range k.types {
		if x == t {
			return true
		}
	}
	return false
}

// objectFormat classifies a top-level object.
func objectFormat(k keys) Format {
	switch {
	case k.has("format") && !k.has("@context"):
		return Native
	case k.has("rows"):
		return Hypothesis
	case k.has("document") && k.has("claims") && !k.has("@context"):
		return Native // a whosaid file missing its format: its reader says so
	}
	return itemFormat(k)
}

// itemFormat classifies one annotation (or a W3C page or collection).
func itemFormat(k keys) Format {
	switch {
	case k.has("@context") || k.typed("Annotation") || k.typed("AnnotationPage") || k.typed("AnnotationCollection"):
		return W3C
	case k.has("bodies") && k.has("target"):
		return Annotorious
	case k.has("target") && (k.has("uri") || k.has("user") || k.has("links") || k.has("text") || k.has("tags")):
		return Hypothesis
	case k.has("target"):
		return W3C
	}
	return ""
}

func objectReason(k keys) string {
	if objectFormat(k) != "" {
		return ""
	}
	if len(k.order) == 0 {
		return "an empty JSON object: not an annotation file"
	}
	return "a JSON object with " + fieldList(k) + ", not an annotation file (a whosaid file has \"format\" and \"document\"; " +
		"a W3C annotation \"@context\", \"type\" and \"target\"; a Hypothesis reply \"rows\", an annotation \"uri\" and \"target\")"
}

func itemReason(k keys) string {
	if itemFormat(k) != "" {
		return ""
	}
	if k.has("format") && k.has("document") {
		return "a list of whosaid files: open them one at a time"
	}
	if len(k.order) == 0 {
		return "a list whose first item, [0], is an empty object: not annotations"
	}
	return "a list whose first item, [0], has " + fieldList(k) + " but no \"target\": not annotations"
}

// fieldList names the first few keys.
func fieldList(k keys) string {
	names := k.order
	more := ""
	if len(names) > 5 {
		names, more = names[:5], fmt.Sprintf(" and %d more", len(k.order)-5)
	}
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(k.order) == 1 {
		return "the field " + q[0]
	}
	return "the fields " + strings.Join(q, ", ") + more
}

func keysOf(o map[string]any) keys {
	k := keys{names: map[string]bool{}}
	for n, v := range o {
		k.names[n] = true
		k.order = append(k.order, n)
		if n == "type" || n == "@type" {
			k.types = append(k.types, typeNames(v)...)
		}
	}
	sort.Strings(k.order)
	return k
}

func typeNames(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null value"
	case string:
		return "string"
	case float64:
		return "number"
	case bool:
		return "boolean"
	case []any:
		return "list"
	}
	return "object"
}

// located says where a JSON syntax error is: "line 3, column 3: …".
func located(data []byte, err error) string {
	var se *json.SyntaxError
	if !errors.As(err, &se) {
		return err.Error()
	}
	off := min(max(int(se.Offset)-1, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := 1 + len([]rune(string(data[bytes.LastIndexByte(data[:off], '\n')+1:off])))
	return fmt.Sprintf("line %d, column %d: %s", line, col, se.Error())
}
