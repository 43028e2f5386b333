//go:build !wasm

package server

import (
	"fmt"
	"mime"
	"net/http"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/detect"
	"whosaid/annotate/native"
	"whosaid/internal/httpjson"
)

// DefaultMaxBody is the largest request body accepted (413 beyond): room
// for the largest article (article.MaxSize) written as a JSON string.
const DefaultMaxBody = 8 << 20

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
func decodeDocumentRequest(contentType, filename string, body []byte) (annotate.Document, *httpjson.Error) {
	mt, _, err := mime.ParseMediaType(contentType)
	if contentType == "" || err != nil {
		return annotate.Document{}, httpjson.NewError(http.StatusUnsupportedMediaType, "Content-Type must be application/json, text/plain, text/markdown or text/html")
	}
	var content []byte
	switch ext, raw := rawTypes[mt]; {
	case mt == "application/json":
		var req documentRequest
		if e := httpjson.DecodeStrict(body, &req); e != nil {
			return annotate.Document{}, e
		}
		var ps []httpjson.Problem
		if req.Filename == "" {
			ps = append(ps, httpjson.Problem{Path: "filename", Message: "missing: the article's file name, whose extension (" + strings.Join(article.Extensions, " ") + ") gives its format"})
		}
		if req.Content == "" {
			ps = append(ps, httpjson.Problem{Path: "content", Message: "missing: the article's text, HTML or Markdown"})
		}
		if ps != nil {
			return annotate.Document{}, &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid document request", Problems: ps}
		}
		filename, content = req.Filename, []byte(req.Content)
	case raw:
		if filename == "" {
			filename = "article" + ext
		}
		content = body
	default:
		return annotate.Document{}, httpjson.NewError(http.StatusUnsupportedMediaType, "Content-Type "+mt+" is not an article format: send application/json, text/plain, text/markdown or text/html")
	}
	if ext := strings.ToLower(filepath.Ext(filename)); !slices.Contains(article.Extensions, ext) {
		return annotate.Document{}, &httpjson.Error{Status: http.StatusBadRequest, Message: "unsupported article format",
			Problems: []httpjson.Problem{{Path: "filename", Message: fmt.Sprintf("%q has no article extension (want one of %s)", filename, strings.Join(article.Extensions, " "))}}}
	}
	doc, err := article.Import(filename, content)
	if err != nil {
		return annotate.Document{}, &httpjson.Error{Status: http.StatusBadRequest, Message: "the article could not be imported",
			Problems: []httpjson.Problem{{Path: "content", Message: err.Error()}}}
	}
	return doc, nil
}

// decodeSetRequest checks a PUT body: a native annotation set (any format
// version Decode reads, validated by annotate.Validate) on document docID.
func decodeSetRequest(docID string, body []byte) (*annotate.Set, *httpjson.Error) {
	// The same detector as the app and the command line: another format
	// is named as such rather than reported as a broken whosaid set.
	if f := detect.Detect(body); f.Format != detect.Native {
		what := f.Reason
		if f.Format != "" {
			what = "a " + f.Format.Name() + " file, not a whosaid annotation set: import it in the app, or convert it with `whosaid convert --to json`"
		}
		return nil, &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid annotation set", Problems: []httpjson.Problem{{Message: what}}}
	}
	s, err := native.Decode(body)
	if err != nil {
		return nil, httpjson.Invalid("invalid annotation set", err)
	}
	if s.Document.ID != docID {
		return nil, &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid annotation set",
			Problems: []httpjson.Problem{{Path: "document.id", Message: fmt.Sprintf("%q is not the document of this URL (%q)", s.Document.ID, docID)}}}
	}
	return s, nil
}

// parseIfMatch reads the version a client last saw from If-Match: "N" (a
// strong or weak ETag). "0" means the client saw no saved set.
func parseIfMatch(h string) (int64, *httpjson.Error) {
	if h == "" {
		return 0, httpjson.NewError(http.StatusPreconditionRequired, `If-Match is required: send the ETag of the set you last read ("0" when none is saved yet)`)
	}
	tag := strings.TrimPrefix(strings.TrimSpace(h), "W/")
	v, err := strconv.ParseInt(strings.Trim(tag, `"`), 10, 64)
	if err != nil || v < 0 || len(tag) < 2 || tag[0] != '"' || tag[len(tag)-1] != '"' {
		return 0, &httpjson.Error{Status: http.StatusBadRequest, Message: "invalid If-Match",
			Problems: []httpjson.Problem{{Path: "If-Match", Message: fmt.Sprintf("%q is not a set version ETag such as \"3\"", h)}}}
	}
	return v, nil
}

func etag(version int64) string { return `"` + strconv.FormatInt(version, 10) + `"` }
