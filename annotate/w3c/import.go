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

// Import reads a W3C Web Annotation file: our own export (losslessly), a
// single Annotation, an array of them, an AnnotationPage or an
// AnnotationCollection with its first page embedded. The document text comes
// from the file's "whosaid:document" if it has one, else from doc; with
// neither it is an error. Every problem found is returned as
// annotate.Problems, each named by its path in the file, e.g.
// "first.items[3].target.selector[0].start". The result passes
// annotate.Validate.
func Import(data []byte, doc *annotate.Document) (*annotate.Set, error) {
	if len(data) > MaxBytes {
		return nil, annotate.Problems{{Message: fmt.Sprintf("the file is %d bytes, more than the limit of %d", len(data), MaxBytes)}}
	}
	root, err := parseJSON(data)
	if err != nil {
		return nil, annotate.Problems{{Message: err.Error()}}
	}
	var ps annotate.Problems
	im := newImporter(reader{&ps})
	items, itemsPath, coll := im.findItems(root)
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
		return nil, ps
	}
	if _, ok := coll["whosaid:format"]; ok {
		set.Format, _ = im.r.integer(coll, "whosaid:format", "")
	}
	im.ix = annotate.NewTextIndex(set.Document.Text())
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
	if len(items) > annotate.MaxClaims {
		ps.Add(itemsPath, "%d annotations is more than the limit of %d", len(items), annotate.MaxClaims)
		return nil, ps
	}
	for i, v := range items {
		p := fmt.Sprintf("%s[%d]", itemsPath, i)
		if itemsPath == single {
			p = ""
		}
		set.Claims = append(set.Claims, im.annotation(v, p))
		im.claimPaths = append(im.claimPaths, p)
	}
	if len(ps) > 0 {
		return nil, ps
	}
	set.Speakers = im.speakers.list
	if err := annotate.Validate(set); err != nil {
		return nil, im.explain(err, docPath)
	}
	return set, nil
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
