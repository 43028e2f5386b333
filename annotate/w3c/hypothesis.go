package w3c

import (
	"strings"

	"whosaid/annotate"
)

// Hypothesis' API JSON (https://h.readthedocs.io/en/latest/api-reference/):
// GET /api/search replies {"total": N, "rows": [annotation…]}, GET
// /api/annotations/{id} one annotation, and exports hold an array of
// them. An annotation has "text" (the comment, Markdown), "tags", "target"
// (an array of {source, selector}: W3C selectors), "user", "user_info",
// "created", "updated", "uri" and "links". Its JSON-LD form
// (/api/annotations/{id}.jsonld) is plain W3C and read by Read.
//
// Replies ("references" not empty) and page notes (no selector) mark no
// text: they are left out, each with a warning.

// ReadHypothesis reads Hypothesis API JSON; see Read for the rest.
func ReadHypothesis(data []byte, doc *annotate.Document) (*annotate.Set, annotate.Problems, error) {
	return read(data, doc, readHypothesisItems)
}

// hypothesisKeys are the properties of a Hypothesis annotation that are
// read; any other is reported once per file as not kept.
var hypothesisKeys = map[string]bool{
	"id": true, "created": true, "updated": true, "user": true, "user_info": true, "uri": true,
	"text": true, "tags": true, "target": true, "links": true, "references": true,
}

func readHypothesisItems(im *importer, root any) ([]record, int, object) {
	var rows []any
	path := ""
	switch x := root.(type) {
	case []any:
		rows = x
	case object:
		if rv, ok := x["rows"]; ok {
			l, isList := rv.([]any)
			if !isList {
				im.r.add("rows", "want an array of annotations, got %s", kind(rv))
				return nil, 0, object{}
			}
			rows, path = l, "rows"
			if rp, ok := x["replies"].([]any); ok && len(rp) > 0 {
				im.warn("replies", "%d replies (comments on other annotations, no text of their own) are not imported", len(rp))
			}
		} else {
			rows, path = []any{x}, single
		}
	default:
		im.r.add("", "want a Hypothesis annotation, an array of them or a search reply, got %s", kind(root))
		return nil, 0, object{}
	}
	return im.readEach(rows, path, im.readHypothesisRow), len(rows), object{}
}

// readHypothesisRow reads one annotation of the API.
func (im *importer) readHypothesisRow(v any, path string) (record, bool) {
	rec, a, ok := im.newRecord(v, path)
	if !ok {
		return rec, false
	}
	if refs := im.optStrs(a, "references", path); len(refs) > 0 {
		im.warn(path, "a reply to annotation %s (it marks no text of its own): left out", refs[len(refs)-1])
		return rec, false
	}
	// The annotation's IRI is its HTML link, as in Hypothesis' own JSON-LD.
	rec.id, _ = im.optStr(a, "id", path)
	if links, ok := a["links"].(object); ok {
		if html, ok := links["html"].(string); ok && html != "" {
			rec.id = html
		}
	}
	rec.created = im.time(a, "created", path)
	rec.modified = im.time(a, "updated", path)
	rec.creator, _ = im.optStr(a, "user", path)
	if ui, ok := a["user_info"].(object); ok {
		if name, ok := ui["display_name"].(string); ok && strings.TrimSpace(name) != "" {
			rec.creator = name
		}
	}
	if text, ok := im.optStr(a, "text", path); ok && strings.TrimSpace(text) != "" {
		rec.bodies = append(rec.bodies, bodyIn{path: join(path, "text"), purpose: []string{PurposeNote},
			value: text, text: true, format: "text/markdown"})
	}
	tv := a["tags"]
	for i, t := range im.optStrs(a, "tags", path) {
		rec.bodies = append(rec.bodies, bodyIn{path: idx(join(path, "tags"), tv, i), purpose: []string{PurposeTag}, value: t, text: true})
	}
	tgt, ok := a["target"]
	if !ok {
		im.warn(path, "no target: not about any text, left out")
		return rec, false
	}
	rec.targets = im.readTargets(tgt, join(path, "target"))
	for i := range rec.targets {
		if rec.targets[i].source == "" {
			rec.targets[i].source, _ = im.optStr(a, "uri", path)
		}
	}
	im.notKept(a, path, hypothesisKeys)
	return rec, true
}
