package w3c

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"
)

// Reading W3C JSON-LD annotations into records. Problems with a part of
// another tool's annotation are warnings — the part is left out, said
// where — so one odd annotation never costs the others; problems with our
// own extension values ("whosaid:…") are errors, because a file whosaid
// wrote must come back whole.

// annotationKeys are the properties of an Annotation that are read; any
// other is reported once per file as not kept.
var annotationKeys = map[string]bool{
	"@context": true, "id": true, "@id": true, "type": true, "@type": true, "motivation": true,
	"created": true, "modified": true, "creator": true, "body": true, "bodyValue": true, "target": true,
	"whosaid:claimId": true, "whosaid:originalId": true, "whosaid:orphan": true, "whosaid:lastPosition": true, "whosaid:cue": true, "whosaid:mentions": true,
}

// readAnnotation reads one W3C Annotation; false when it cannot be read at
// all (the warning says why).
func (im *importer) readAnnotation(v any, path string) (record, bool) {
	rec, a, ok := im.newRecord(v, path)
	if !ok {
		return rec, false
	}
	if !hasType(a, "Annotation") {
		im.note("notype", path, "has no type \"Annotation\"; read as an annotation")
	}
	rec.id = im.idOf(a, path)
	rec.claimID, rec.ours = im.r.str(a, "whosaid:claimId", path)
	if orig, ok := im.r.str(a, "whosaid:originalId", path); ok {
		rec.id = orig
	}
	rec.created = im.time(a, "created", path)
	rec.modified = im.time(a, "modified", path)
	rec.creator = im.creator(a["creator"], join(path, "creator"))
	rec.motivation = im.optStrs(a, "motivation", path)
	im.readOurs(a, path, &rec)
	bv := a["body"]
	for i, b := range list(bv) {
		if bi, ok := im.readBody(b, idx(join(path, "body"), bv, i)); ok {
			rec.bodies = append(rec.bodies, bi)
		}
	}
	if s, ok := im.optStr(a, "bodyValue", path); ok {
		rec.bodies = append(rec.bodies, bodyIn{path: join(path, "bodyValue"), value: s, text: true, raw: rawJSON(s)})
	}
	tv, ok := a["target"]
	if !ok {
		im.warn(path, "no target: not about any text, left out")
		return rec, false
	}
	rec.targets = im.readTargets(tv, join(path, "target"))
	im.notKept(a, path, annotationKeys)
	return rec, true
}

// idOf reads an annotation's id ("id" or "@id").
func (im *importer) idOf(a object, path string) string {
	if s, ok := im.optStr(a, "id", path); ok {
		return strings.TrimSpace(s)
	}
	s, _ := im.optStr(a, "@id", path)
	return strings.TrimSpace(s)
}

// readOurs reads our extension values: errors when malformed.
func (im *importer) readOurs(a object, path string, rec *record) {
	if o, ok := a["whosaid:orphan"]; ok {
		b, isBool := o.(bool)
		if !isBool {
			im.r.add(join(path, "whosaid:orphan"), "want true or false, got %s", kind(o))
		}
		rec.orphan = b
	}
	if lp, ok := a["whosaid:lastPosition"]; ok && lp != nil {
		p := join(path, "whosaid:lastPosition")
		if o, ok := lp.(object); !ok {
			im.r.add(p, "want an object, got %s", kind(lp))
		} else {
			s, ok1 := im.r.integer(o, "start", p)
			e, ok2 := im.r.integer(o, "end", p)
			if ok1 && ok2 {
				rec.lastPos = &position{s, e}
			}
		}
	}
	if cue, ok := a["whosaid:cue"]; ok && cue != nil {
		sp := im.span(cue, join(path, "whosaid:cue"))
		rec.cue = &sp
	}
	if ms, ok := a["whosaid:mentions"]; ok && ms != nil {
		l, isList := ms.([]any)
		if !isList {
			im.r.add(join(path, "whosaid:mentions"), "want an array, got %s", kind(ms))
		}
		for i, m := range l {
			rec.mentions = append(rec.mentions, im.span(m, idx(join(path, "whosaid:mentions"), ms, i)))
		}
	}
}

// readBody reads one body: an object, or an IRI naming one.
func (im *importer) readBody(v any, path string) (bodyIn, bool) {
	b := bodyIn{path: path, raw: rawJSON(v)}
	switch x := v.(type) {
	case string:
		b.iri = x
		return b, true
	case object:
		b.purpose = im.optStrs(x, "purpose", path)
		b.typ = firstType(x)
		if val, ok := x["value"].(string); ok {
			b.value, b.text = val, true
		}
		b.format, _ = im.optStr(x, "format", path)
		if s, ok := im.optStr(x, "whosaid:field", path); ok {
			b.field = s
		}
		if rec, ok := x["whosaid:speaker"]; ok && rec != nil {
			sp := im.speaker(rec, join(path, "whosaid:speaker"))
			b.speaker = &sp
		}
		return b, true
	}
	im.warn(path, "not a body (%s): left out", kind(v))
	return b, false
}

// readTarget reads one target: an object with source and selectors, or an
// IRI (a whole resource).
func (im *importer) readTarget(v any, path string) (targetIn, bool) {
	t := targetIn{path: path}
	switch x := v.(type) {
	case string:
		t.source = x
		return t, true
	case object:
		if s, ok := im.optStr(x, "source", path); ok {
			t.source = s
		} else if s, ok := im.optStr(x, "id", path); ok && x["selector"] == nil {
			t.source = s
		}
		sv := x["selector"]
		for i, s := range list(sv) {
			t.selectors = append(t.selectors, im.readSelector(s, idx(join(path, "selector"), sv, i), 0))
		}
		return t, true
	}
	im.warn(path, "not a target (%s): left out", kind(v))
	return t, false
}

// maxRefine bounds refinedBy chains (a hostile file could nest deeply).
const maxRefine = 8

// readSelector reads a selector and what refines it.
func (im *importer) readSelector(v any, path string, depth int) selectorIn {
	s := selectorIn{path: path}
	o, ok := v.(object)
	if !ok {
		im.warn(path, "not a selector (%s): not used", kind(v))
		return s
	}
	s.typ = firstType(o)
	switch s.typ {
	case "TextQuoteSelector":
		s.q, s.ok = im.quoteSel(o, path)
	case "TextPositionSelector":
		s.pos, s.ok = im.positionSel(o, path)
	}
	if r, ok := o["refinedBy"]; ok && r != nil {
		if depth >= maxRefine {
			im.warn(join(path, "refinedBy"), "refined more than %d levels deep: not used", maxRefine)
		} else {
			first := r
			if l, isList := r.([]any); isList && len(l) > 0 {
				first = l[0]
				if len(l) > 1 {
					im.warn(join(path, "refinedBy"), "%d refinements; only the first is used", len(l))
				}
			}
			rs := im.readSelector(first, idx(join(path, "refinedBy"), r, 0), depth+1)
			s.refinedBy = &rs
		}
	}
	return s
}

func (im *importer) quoteSel(o object, path string) (*quote, bool) {
	ev, present := o["exact"]
	exact, isStr := ev.(string)
	switch {
	case !present:
		im.warn(join(path, "exact"), "missing: the TextQuoteSelector is not used")
		return nil, false
	case !isStr:
		im.warn(join(path, "exact"), "is %s, not text: the TextQuoteSelector is not used", kind(ev))
		return nil, false
	case exact == "":
		im.warn(join(path, "exact"), "empty quote: the TextQuoteSelector is not used")
		return nil, false
	}
	q := &quote{exact: exact}
	q.prefix, q.hasPrefix = im.optStr(o, "prefix", path)
	q.suffix, q.hasSuffix = im.optStr(o, "suffix", path)
	return q, true
}

func (im *importer) positionSel(o object, path string) (*position, bool) {
	var ws []string
	start, ok1 := im.r.intValue(o, "start", path, &ws)
	end, ok2 := im.r.intValue(o, "end", path, &ws)
	for _, w := range ws {
		im.warn(path, "%s: the TextPositionSelector is not used", w)
	}
	if !ok1 || !ok2 {
		return nil, false
	}
	if start > end {
		im.warn(path, "start %d is after end %d: the TextPositionSelector is not used", start, end)
		return nil, false
	}
	return &position{start, end}, true
}

// time reads an optional xsd:dateTime; one without a time zone is UTC. A
// value that is not one is left unset, with a warning.
func (im *importer) time(a object, key, path string) time.Time {
	s, ok := im.optStr(a, key, path)
	if !ok {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	im.warn(join(path, key), "%q is not an xsd:dateTime such as 2024-05-01T12:00:00Z: left unset", s)
	return time.Time{}
}

// creator reads an IRI, an agent (its name, nickname or id) or the first of
// several.
func (im *importer) creator(v any, path string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		if len(x) > 1 {
			im.warn(path, "%d creators; only the first is kept", len(x))
		}
		if len(x) > 0 {
			return im.creator(x[0], path+"[0]")
		}
		return ""
	case object:
		for _, k := range []string{"name", "nickname", "id", "email"} {
			if s, ok := x[k].(string); ok && s != "" {
				return s
			}
		}
		return ""
	}
	im.warn(path, "is %s, not an agent: left unset", kind(v))
	return ""
}

// notKept reports, once per file, the properties of annotations that are
// not read.
func (im *importer) notKept(o object, path string, known map[string]bool) {
	var keys []string
	for k := range o {
		if !known[k] {
			keys = append(keys, fmt.Sprintf("%q", k))
		}
	}
	if len(keys) == 0 {
		return
	}
	sort.Strings(keys)
	list := strings.Join(keys, ", ")
	if len(keys) == 1 {
		im.note("props:"+list, path, "the property %s is not kept: whosaid has no place for it", list)
		return
	}
	im.note("props:"+list, path, "the properties %s are not kept: whosaid has no place for them", list)
}

// rawJSON is v as compact JSON (v came from JSON, so it always encodes).
func rawJSON(v any) json.RawMessage {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
	return bytes.TrimSpace(b.Bytes())
}
