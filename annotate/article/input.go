package article

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"whosaid/annotate"
)

// MaxSize is the largest article accepted, in bytes. News articles are tens
// of kilobytes; anything bigger is almost certainly not an article.
const MaxSize = 5 << 20

// ErrEmpty is returned (wrapped) when an article has no text.
var ErrEmpty = errors.New("article has no text")

// Extensions lists the file extensions Import understands.
var Extensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm"}

// Import reads an article, choosing the format by the file name's extension
// (case-insensitive). The file name is used only for that and for messages.
func Import(filename string, data []byte) (annotate.Document, error) {
	doc, _, err := Read(filename, data)
	return doc, err
}

// Read is Import that also lists how a plain-text article's document text
// differs from the file's characters (see ReadText): positions counted in
// the file by another tool depend on it. Markdown and HTML are converted by
// nature (their markup is not text) and list nothing.
func Read(filename string, data []byte) (annotate.Document, annotate.Problems, error) {
	var doc annotate.Document
	var changes annotate.Problems
	var err error
	switch strings.ToLower(filepath.Ext(filename)) {
	case ".txt", ".text":
		doc, changes, err = ReadText(data, annotate.Document{})
	case ".md", ".markdown":
		doc, err = Markdown(data, annotate.Document{})
	case ".html", ".htm":
		doc, err = HTML(data, annotate.Document{})
	default:
		return annotate.Document{}, nil, fmt.Errorf("%s: unsupported article format %q (supported: %s)",
			filename, filepath.Ext(filename), strings.Join(Extensions, " "))
	}
	if err != nil {
		return annotate.Document{}, nil, fmt.Errorf("%s: %w", filename, err)
	}
	return doc, changes, nil
}

// CheckInput enforces the size and encoding rules shared by all formats and
// returns the input as a string without a leading byte-order mark.
func CheckInput(data []byte) (string, error) {
	if len(data) > MaxSize {
		return "", fmt.Errorf("article is %d bytes, more than the %d-byte limit", len(data), MaxSize)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return "", fmt.Errorf("invalid UTF-8 at byte offset %d (convert the file to UTF-8 first)", i)
		}
		if isBadControl(r) {
			return "", fmt.Errorf("control character U+%04X at byte offset %d (is this a text file?)", r, i)
		}
		i += size
	}
	return string(data), nil
}

func isBadControl(r rune) bool {
	switch r {
	case '\t', '\n', '\r', '\f', '\v':
		return false
	}
	return r < 0x20 || r == 0x7f
}

// finish builds the document and refuses an empty one.
func finish(meta annotate.Document, blocks []annotate.Block) (annotate.Document, error) {
	doc := annotate.NewDocument(meta, blocks)
	if len(doc.Blocks) == 0 {
		return annotate.Document{}, ErrEmpty
	}
	return doc, nil
}

// mergeMeta fills empty fields of the caller's meta from what the article
// itself says: the caller's values win.
func mergeMeta(caller, found annotate.Document) annotate.Document {
	pick := func(a, b string) string {
		if a != "" {
			return a
		}
		return b
	}
	caller.Title = pick(caller.Title, found.Title)
	caller.SourceURL = pick(caller.SourceURL, found.SourceURL)
	caller.Byline = pick(caller.Byline, found.Byline)
	caller.Published = pick(caller.Published, found.Published)
	caller.Language = pick(caller.Language, found.Language)
	return caller
}
