//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
)

// DefaultMaxBody is the largest request body accepted (413 beyond): room
// for the largest article (article.MaxSize) written as a JSON string.
const DefaultMaxBody = 8 << 20

// readBody reads the whole body, refusing more than limit bytes.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, *apiError) {
	if r.ContentLength > limit {
		return nil, tooLarge(limit)
	}
	// Read into a buffer of the announced size, not by repeated growth.
	buf := bytes.NewBuffer(make([]byte, 0, max(r.ContentLength, 0)+bytes.MinRead))
	_, err := buf.ReadFrom(http.MaxBytesReader(w, r.Body, limit))
	data := buf.Bytes()
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		return nil, tooLarge(limit)
	case err != nil:
		return nil, newError(http.StatusBadRequest, "reading the request body: "+err.Error())
	}
	return data, nil
}

func tooLarge(limit int64) *apiError {
	return newError(http.StatusRequestEntityTooLarge, fmt.Sprintf("the request body is larger than the limit of %d bytes", limit))
}

// documentRequest is the JSON form of a new document.
type documentRequest struct {
	Filename string `json:"filename"`
	Content  string `json:"content"`
}

// rawTypes maps the Content-Types of a raw article upload to the file
// extension that tells article.Import its format.
var rawTypes = map[string]string{
	"text/plain":      ".txt",
	"text/markdown":   ".md",
	"text/x-markdown": ".md",
	"text/html":       ".html",
}

// decodeDocumentRequest turns a POST /documents body into an imported
// document. The body is either JSON {"filename","content"} or the raw
// article with its Content-Type (filename then from ?filename=, optional).
func decodeDocumentRequest(contentType, filename string, body []byte) (annotate.Document, *apiError) {
	mt, _, err := mime.ParseMediaType(contentType)
	if contentType == "" || err != nil {
		return annotate.Document{}, newError(http.StatusUnsupportedMediaType, "Content-Type must be application/json, text/plain, text/markdown or text/html")
	}
	var content []byte
	switch ext, raw := rawTypes[mt]; {
	case mt == "application/json":
		var req documentRequest
		if e := decodeStrictJSON(body, &req); e != nil {
			return annotate.Document{}, e
		}
		var ps []problem
		if req.Filename == "" {
			ps = append(ps, problem{"filename", "missing: the article's file name, whose extension (" + strings.Join(article.Extensions, " ") + ") gives its format"})
		}
		if req.Content == "" {
			ps = append(ps, problem{"content", "missing: the article's text, HTML or Markdown"})
		}
		if ps != nil {
			return annotate.Document{}, &apiError{status: http.StatusBadRequest, Message: "invalid document request", Problems: ps}
		}
		filename, content = req.Filename, []byte(req.Content)
	case raw:
		if filename == "" {
			filename = "article" + ext
		}
		content = body
	default:
		return annotate.Document{}, newError(http.StatusUnsupportedMediaType, "Content-Type "+mt+" is not an article format: send application/json, text/plain, text/markdown or text/html")
	}
	if ext := strings.ToLower(filepath.Ext(filename)); !slices.Contains(article.Extensions, ext) {
		return annotate.Document{}, &apiError{status: http.StatusBadRequest, Message: "unsupported article format",
			Problems: []problem{{Path: "filename", Message: fmt.Sprintf("%q has no article extension (want one of %s)", filename, strings.Join(article.Extensions, " "))}}}
	}
	doc, err := article.Import(filename, content)
	if err != nil {
		return annotate.Document{}, &apiError{status: http.StatusBadRequest, Message: "the article could not be imported",
			Problems: []problem{{Path: "content", Message: err.Error()}}}
	}
	return doc, nil
}

// decodeStrictJSON reads exactly one JSON object with no unknown fields.
func decodeStrictJSON(body []byte, v any) *apiError {
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return &apiError{status: http.StatusBadRequest, Message: "invalid JSON body",
				Problems: []problem{{Path: te.Field, Message: "want " + te.Type.String() + ", got " + te.Value}}}
		}
		return &apiError{status: http.StatusBadRequest, Message: "invalid JSON body", Problems: []problem{{Message: err.Error()}}}
	}
	if dec.More() {
		return newError(http.StatusBadRequest, "invalid JSON body: data after the end of the object")
	}
	return nil
}

// decodeSetRequest checks a PUT body: a native annotation set (any format
// version Decode reads, validated by annotate.Validate) on document docID.
func decodeSetRequest(docID string, body []byte) (*annotate.Set, *apiError) {
	s, err := native.Decode(body)
	if err != nil {
		return nil, invalid("invalid annotation set", err)
	}
	if s.Document.ID != docID {
		return nil, &apiError{status: http.StatusBadRequest, Message: "invalid annotation set",
			Problems: []problem{{Path: "document.id", Message: fmt.Sprintf("%q is not the document of this URL (%q)", s.Document.ID, docID)}}}
	}
	return s, nil
}

// parseIfMatch reads the version a client last saw from If-Match: "N" (a
// strong or weak ETag). "0" means the client saw no saved set.
func parseIfMatch(h string) (int64, *apiError) {
	if h == "" {
		return 0, newError(http.StatusPreconditionRequired, `If-Match is required: send the ETag of the set you last read ("0" when none is saved yet)`)
	}
	tag := strings.TrimPrefix(strings.TrimSpace(h), "W/")
	v, err := strconv.ParseInt(strings.Trim(tag, `"`), 10, 64)
	if err != nil || v < 0 || len(tag) < 2 || tag[0] != '"' || tag[len(tag)-1] != '"' {
		return 0, &apiError{status: http.StatusBadRequest, Message: "invalid If-Match",
			Problems: []problem{{Path: "If-Match", Message: fmt.Sprintf("%q is not a set version ETag such as \"3\"", h)}}}
	}
	return v, nil
}

func etag(version int64) string { return `"` + strconv.FormatInt(version, 10) + `"` }
