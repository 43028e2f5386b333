package native

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"whosaid/annotate"
)

// OldestFormat is the oldest format version Decode still reads (and migrates).
const OldestFormat = 1

// Decode reads a native file of any supported format version, migrates it
// to the current version and validates it. On any problem it returns a nil
// set and annotate.Problems listing every problem found: JSON syntax errors
// by line and column, shape errors (unknown field, missing field, wrong type)
// and validation problems by field path.
func Decode(data []byte) (*annotate.Set, error) {
	if len(data) > annotate.MaxFileBytes {
		return nil, fail("", "the file is %d bytes, more than the limit of %d", len(data), annotate.MaxFileBytes)
	}
	tree, se := parseTree(data)
	if se != nil {
		line, col := lineCol(data, se.offset)
		return nil, fail("", "line %d, column %d: %s", line, col, se.msg)
	}
	version, ps := formatOf(tree)
	if ps != nil {
		return nil, ps
	}
	var s *annotate.Set
	switch version {
	case 1:
		var old setV1
		fill(&ps, tree, reflect.ValueOf(&old).Elem())
		if ps != nil {
			return nil, ps
		}
		s, ps = migrateV1(&old)
	default:
		s = new(annotate.Set)
		fill(&ps, tree, reflect.ValueOf(s).Elem())
	}
	// Every problem in one pass: what Validate finds too, except where a
	// shape problem already spoiled the value it would look at.
	if s != nil && (version != 1 || ps == nil) {
		if err := annotate.Validate(s); err != nil {
			ps = append(ps, beyond(err.(annotate.Problems), ps)...)
		}
	}
	if ps != nil {
		return nil, ps
	}
	return s, nil
}

// beyond keeps the validation problems that are not consequences of a
// shape problem: none at or below the object holding a field whose shape
// was wrong ("claims[3].span.start: want an integer" spoils the whole
// span, so "claims[3].span.exact: does not match" is left out), or below
// an element that was not an object at all. An unknown field spoils
// nothing.
func beyond(vs, shape annotate.Problems) annotate.Problems {
	var out annotate.Problems
	for _, v := range vs {
		spoiled := false
		for _, p := range shape {
			scope := parentPath(p.Path)
			if strings.HasSuffix(p.Path, "]") {
				scope = p.Path
			}
			if p.Message != "unknown field" && under(v.Path, scope) {
				spoiled = true
				break
			}
		}
		if !spoiled {
			out = append(out, v)
		}
	}
	return out
}

// parentPath is the path of the object holding a field or element:
// "claims[3].span.start" → "claims[3].span", "claims[3]" → "claims".
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// under tells whether path p is at or below q ("" is above everything).
func under(p, q string) bool {
	return q == "" || p == q || strings.HasPrefix(p, q) && (p[len(q)] == '.' || p[len(q)] == '[')
}

// formatOf reads the format version, which decides how to read the rest.
func formatOf(tree any) (int, annotate.Problems) {
	obj, ok := tree.(object)
	if !ok {
		return 0, fail("", "want a JSON object (an annotation set), got %s", describe(tree))
	}
	for _, m := range obj {
		if m.key != "format" {
			continue
		}
		n, ok := m.val.(json.Number)
		v, err := strconv.Atoi(string(n))
		switch {
		case !ok || err != nil:
			return 0, fail("format", "want an integer format version, got %s", describe(m.val))
		case v > annotate.FormatVersion:
			return 0, fail("format", "written by a newer whosaid (format %d); this version reads formats %s", v, readable())
		case v < OldestFormat:
			return 0, fail("format", "%d is not a whosaid format version; this version reads formats %s", v, readable())
		}
		return v, nil
	}
	return 0, fail("format", "missing, so the file's format version is unknown; this version reads formats %s", readable())
}

func readable() string {
	if OldestFormat == annotate.FormatVersion {
		return strconv.Itoa(OldestFormat)
	}
	return fmt.Sprintf("%d–%d", OldestFormat, annotate.FormatVersion)
}

func fail(path, format string, args ...any) annotate.Problems {
	var ps annotate.Problems
	ps.Add(path, format, args...)
	return ps
}
