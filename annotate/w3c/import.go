package w3c

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"whosaid/annotate"
)

// MaxBytes is the largest file Import reads. W3C JSON-LD is some three
// times the size of the native format, hence twice the native limit.
const MaxBytes = 2 * annotate.MaxFileBytes

// Import reads a W3C Web Annotation file; see Read. The warnings are
// dropped: callers that show them use Read.
func Import(data []byte, doc *annotate.Document) (*annotate.Set, error) {
	s, _, err := Read(data, doc)
	return s, err
}

// Read reads a W3C Web Annotation file: our own export (losslessly), a
// single Annotation, an array of them, an AnnotationPage or an
// AnnotationCollection with its first page embedded. The document text
// comes from the file's "whosaid:document" if it has one, else from doc;
// with neither it is an error.
//
// What the import changed, approximated or left out comes back as
// warnings, each at its path in the file ("[3].target[1]: a second target
// is not imported…"). Errors — the file is not JSON, holds nothing that
// can be imported, breaks a limit, or carries broken whosaid extension
// values — come back as annotate.Problems, every one found, and no set.
// The set passes annotate.Validate.
func Read(data []byte, doc *annotate.Document) (*annotate.Set, annotate.Problems, error) {
	return read(data, doc, readW3CItems)
}

// itemsReader finds a format's annotations in the parsed file and reads
// them into records; coll is the object that may carry our collection-level
// extension values (empty when there is none).
type itemsReader func(im *importer, root any) (recs []record, n int, coll object)

// read is the import shared by every format.
func read(data []byte, doc *annotate.Document, items itemsReader) (*annotate.Set, annotate.Problems, error) {
	if len(data) > MaxBytes {
		return nil, nil, annotate.Problems{{Message: fmt.Sprintf("the file is %d bytes, more than the limit of %d", len(data), MaxBytes)}}
	}
	root, err := parseJSON(data)
	if err != nil {
		return nil, nil, annotate.Problems{{Message: err.Error()}}
	}
	var ps annotate.Problems
	im := newImporter(reader{&ps})
	recs, n, coll := items(im, root)
	if len(ps) > 0 {
		return nil, nil, ps
	}
	set := annotate.NewSet(annotate.Document{})
	docPath := "document"
	if d, ok := im.r.obj(coll, "whosaid:document", ""); ok {
		set.Document = im.document(d, "whosaid:document")
		docPath = "whosaid:document"
	} else if doc != nil {
		set.Document = *doc
		if set.Document.ID == "" {
			set.Document.ID = annotate.DocumentID(set.Document.Text())
		}
	} else {
		ps.Add("", "the file does not carry the document text and no document was given")
		return nil, nil, ps
	}
	if _, ok := coll["whosaid:format"]; ok {
		set.Format, _ = im.r.integer(coll, "whosaid:format", "")
	}
	im.setDocument(set.Document)
	if v, ok := coll["whosaid:speakers"]; ok {
		sl, isList := v.([]any)
		if !isList {
			ps.Add("whosaid:speakers", "want an array, got %s", kind(v))
		}
		for i, x := range sl {
			p := fmt.Sprintf("whosaid:speakers[%d]", i)
			im.speakers.record(im.speaker(x, p), p)
		}
	}
	if len(ps) > 0 {
		return nil, nil, ps
	}
	set.Claims = im.assemble(recs)
	if len(ps) > 0 {
		return nil, nil, ps
	}
	if len(set.Claims) == 0 && n > 0 {
		out := annotate.Problems{{Message: fmt.Sprintf("none of the %d annotations in the file could be imported:", n)}}
		return nil, nil, append(out, im.allWarnings()...)
	}
	set.Speakers = im.speakers.list
	if err := annotate.Validate(set); err != nil {
		return nil, nil, im.explain(err, docPath)
	}
	return set, im.allWarnings(), nil
}

// readW3CItems finds the annotations of a W3C file and reads them.
func readW3CItems(im *importer, root any) ([]record, int, object) {
	items, itemsPath, coll := im.findItems(root)
	return im.readEach(items, itemsPath, im.readAnnotation), len(items), coll
}

// readEach reads the annotations at path (a list, or single) with read,
// within the limit on their number; what cannot be read is left out, said.
func (im *importer) readEach(items []any, path string, read func(v any, path string) (record, bool)) []record {
	if len(items) > annotate.MaxClaims {
		im.r.add(path, "%d annotations is more than the limit of %d", len(items), annotate.MaxClaims)
		return nil
	}
	recs := make([]record, 0, len(items))
	for i, v := range items {
		p := fmt.Sprintf("%s[%d]", path, i)
		if path == single {
			p = ""
		}
		im.cur = i
		if rec, ok := read(v, p); ok {
			recs = append(recs, rec)
		}
	}
	return recs
}

// readTargets reads an annotation's target or targets.
func (im *importer) readTargets(tv any, path string) []targetIn {
	var out []targetIn
	for i, t := range list(tv) {
		if ti, ok := im.readTarget(t, idx(path, tv, i)); ok {
			out = append(out, ti)
		}
	}
	return out
}

// parseJSON decodes exactly one JSON value, numbers kept exact.
func parseJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		return nil, fmt.Errorf("not JSON: %s", jsonErrorAt(data, dec, err))
	}
	rest := int(dec.InputOffset())
	if _, err := dec.Token(); err != io.EOF {
		for rest < len(data) && strings.ContainsRune(" \t\r\n", rune(data[rest])) {
			rest++
		}
		return nil, fmt.Errorf("not JSON: %s", at(data, rest, "more data after the JSON value"))
	}
	return root, nil
}

func jsonErrorAt(data []byte, dec *json.Decoder, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return at(data, int(se.Offset)-1, se.Error()) // Offset is just past the bad byte
	case errors.As(err, &te):
		return at(data, int(te.Offset), te.Error())
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return at(data, len(data), "unexpected end of file")
	}
	return at(data, int(dec.InputOffset()), err.Error())
}

// at says where a byte offset is, as line and column (both from 1).
func at(data []byte, off int, msg string) string {
	off = min(max(off, 0), len(data))
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return fmt.Sprintf("line %d, column %d (byte %d): %s", line, col, off, msg)
}

// single is the items path of a file that is one annotation: its fields
// paths start at the top ("target.selector").
const single = "(single annotation)"

// findItems finds the annotations and the collection-level object that may
// carry our extension fields (an empty object when there is none).
func (im *importer) findItems(root any) (items []any, path string, coll object) {
	coll = object{}
	switch x := root.(type) {
	case []any:
		return x, "", coll
	case object:
		switch {
		case hasType(x, "AnnotationCollection"):
			coll = x
			if v, ok := x["items"]; ok { // not standard, but seen
				return im.itemList(v, "items"), "items", coll
			}
			first, ok := x["first"]
			if !ok {
				return nil, "first", coll // an empty collection
			}
			pg, ok := first.(object)
			if !ok {
				im.r.add("first", "the first page must be embedded as an object, got %s", kind(first))
				return nil, "first", coll
			}
			if next, ok := pg["next"]; ok && next != nil {
				im.r.add("first.next", "the collection has further pages that are not in the file; export it as one page")
			}
			return im.itemList(pg["items"], "first.items"), "first.items", coll
		case hasType(x, "AnnotationPage"):
			return im.itemList(x["items"], "items"), "items", coll
		case hasType(x, "Annotation"):
			return []any{x}, single, coll
		}
		im.r.add("type", "want Annotation, AnnotationPage or AnnotationCollection, got %s", describe(typeOf(x)))
		return nil, "", coll
	}
	im.r.add("", "want an annotation, an array of annotations or a collection, got %s", kind(root))
	return nil, "", coll
}

func (im *importer) itemList(v any, path string) []any {
	l, ok := v.([]any)
	if !ok {
		im.r.add(path, "want an array of annotations, got %s", kind(v))
	}
	return l
}

func describe(v any) string {
	if v == nil {
		return "none"
	}
	b, _ := json.Marshal(v)
	return string(b)
}
