package w3c

import (
	"whosaid/annotate"
)

// Annotorious and Recogito's text annotator (@recogito/text-annotator)
// keep annotations in their own JSON: an array of
// {"id", "bodies": [{"purpose", "value", "creator", "created"}], "target":
// {"selector": [{"quote", "start", "end"}], "creator", "created",
// "updated"}}. Each selector is one stretch of text; offsets count UTF-16
// units, as JavaScript does (converted on import, see offsets.go). Their
// W3C form (W3CTextFormat) is plain W3C and read by Read.

// ReadAnnotorious reads Annotorious / Recogito JSON; see Read for the rest.
func ReadAnnotorious(data []byte, doc *annotate.Document) (*annotate.Set, annotate.Problems, error) {
	return read(data, doc, readAnnotoriousItems)
}

var annotoriousKeys = map[string]bool{"id": true, "bodies": true, "target": true, "type": true}

func readAnnotoriousItems(im *importer, root any) ([]record, int, object) {
	items, path := []any{root}, single
	if l, ok := root.([]any); ok {
		items, path = l, ""
	}
	return im.readEach(items, path, im.readAnnotoriousItem), len(items), object{}
}

func (im *importer) readAnnotoriousItem(v any, path string) (record, bool) {
	rec, a, ok := im.newRecord(v, path)
	if !ok {
		return rec, false
	}
	rec.id = im.idOf(a, path)
	bv := a["bodies"]
	for i, b := range list(bv) {
		bp := idx(join(path, "bodies"), bv, i)
		bi, ok := im.readBody(b, bp)
		if !ok {
			continue
		}
		if len(bi.purpose) == 0 {
			bi.purpose = []string{PurposeNote} // a body without purpose is a comment
		}
		rec.bodies = append(rec.bodies, bi)
	}
	tp := join(path, "target")
	t, ok := a["target"].(object)
	if !ok {
		im.warn(tp, "missing or not an object: not about any text, left out")
		return rec, false
	}
	rec.created = im.time(t, "created", tp)
	rec.modified = im.time(t, "updated", tp)
	rec.creator = im.creator(t["creator"], join(tp, "creator"))
	sv := t["selector"]
	for i, s := range list(sv) {
		sp := idx(join(tp, "selector"), sv, i)
		rec.targets = append(rec.targets, im.annotoriousRange(s, sp))
	}
	im.notKept(a, path, annotoriousKeys)
	return rec, true
}

// annotoriousRange reads one {quote, start, end} as a target with a quote
// and a position selector.
func (im *importer) annotoriousRange(v any, path string) targetIn {
	t := targetIn{path: path}
	o, ok := v.(object)
	if !ok {
		im.warn(path, "not a selector (%s): not used", kind(v))
		return t
	}
	if q, ok := im.optStr(o, "quote", path); ok && q != "" {
		t.selectors = append(t.selectors, selectorIn{path: join(path, "quote"), typ: "TextQuoteSelector", ok: true, q: &quote{exact: q}})
	}
	_, hasStart := o["start"]
	_, hasEnd := o["end"]
	if hasStart || hasEnd {
		if pos, ok := im.positionSel(o, path); ok {
			t.selectors = append(t.selectors, selectorIn{path: path, typ: "TextPositionSelector", ok: true, pos: pos})
		}
	}
	if len(t.selectors) == 0 && !hasStart && !hasEnd {
		im.warn(path, "neither a quote nor offsets: not used")
	}
	return t
}
