package detect

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"unicode/utf8"

	"whosaid/annotate/csvexport"
)

// Importable names the annotation formats whosaid reads, for messages
// about a file that is none of them.
const Importable = "whosaid JSON, W3C Web Annotation (JSON-LD), Hypothesis API JSON or Annotorious / Recogito JSON"

// notAnnotations ends the reason for a file that is something else.
const notAnnotations = ", not an annotation file: annotations are imported from " + Importable

// describe says what a file that is not JSON is: a document or image by
// its first bytes, text in UTF-16, a table (CSV, TSV), a web page, XML
// or plain text. People pick the wrong file from a download folder; the
// message says which one they picked.
func describe(data []byte) string {
	for _, m := range magics {
		if bytes.HasPrefix(data, []byte(m.prefix)) {
			return m.what(data) + notAnnotations
		}
	}
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		return "text in UTF-16 (as Excel's \"Unicode text\" saves it): whosaid reads UTF-8; save the file as UTF-8"
	}
	head := data[:min(len(data), 64<<10)]
	if bytes.IndexByte(head, 0) >= 0 || !utf8.Valid(trimPartialRune(head)) {
		return "a binary file" + notAnnotations
	}
	if t, ok := table(head); ok {
		return t
	}
	start := strings.ToLower(string(head[:min(len(head), 512)]))
	switch {
	case strings.HasPrefix(start, "<!doctype html") || strings.HasPrefix(start, "<html") || strings.Contains(start, "<head") || strings.Contains(start, "<body"):
		return "a web page (HTML), not an annotation file: open it as an article to annotate it; annotations are imported from " + Importable
	case strings.HasPrefix(start, "<?xml") || strings.HasPrefix(start, "<"):
		return "an XML file" + notAnnotations
	}
	return "plain text, not an annotation file: open it as an article to annotate it; annotations are imported from " + Importable
}

// magic is a file type told by its first bytes.
type magic struct {
	prefix string
	what   func(data []byte) string
}

func named(s string) func([]byte) string { return func([]byte) string { return s } }

var magics = []magic{
	{"%PDF", named("a PDF document")},
	{"PK\x03\x04", zipKind},
	{"\xD0\xCF\x11\xE0", named("an Office document in the old format (.doc, .xls)")},
	{"{\\rtf", named("an RTF document")},
	{"\x89PNG", named("a PNG image")},
	{"\xFF\xD8\xFF", named("a JPEG image")},
	{"GIF8", named("a GIF image")},
	{"RIFF", named("a media file (RIFF: WebP, WAV, AVI)")},
	{"\x1F\x8B", named("a gzip-compressed file (uncompress it first)")},
}

// zipKind tells the zip-based office formats by the names of their parts.
func zipKind(data []byte) string {
	head := data[:min(len(data), 4096)]
	switch {
	case bytes.Contains(head, []byte("word/")):
		return "a Word document (.docx)"
	case bytes.Contains(head, []byte("xl/")):
		return "an Excel workbook (.xlsx)"
	case bytes.Contains(head, []byte("opendocument")):
		return "an OpenDocument file (.odt, .ods)"
	}
	return "a ZIP archive"
}

// table recognises a table of values: at least two rows of the same
// number of cells (two or more), separated by commas, semicolons, tabs or
// bars. whosaid's own CSV export is named as such.
func table(head []byte) (string, bool) {
	// A cut-off last line would not have its cells.
	if i := bytes.LastIndexByte(head, '\n'); i > 0 && len(head) == 64<<10 {
		head = head[:i]
	}
	head = bytes.TrimPrefix(head, []byte("\uFEFF"))
	for _, sep := range []struct {
		r    rune
		name string
	}{{',', "a CSV table"}, {';', "a CSV table (separated by semicolons)"}, {'\t', "a tab-separated table (TSV)"}, {'|', "a table separated by bars"}} {
		r := csv.NewReader(bytes.NewReader(head))
		r.Comma = sep.r
		r.LazyQuotes = true
		r.ReuseRecord = false
		rows, err := r.ReadAll()
		if err != nil || len(rows) < 2 || len(rows[0]) < 2 {
			continue
		}
		if sep.r == ',' && sameHeader(rows[0], csvexport.Header) {
			return "whosaid's CSV export, which is for spreadsheets: it cannot be imported back; import the whosaid JSON " +
				"or W3C export of the same annotations instead", true
		}
		return fmt.Sprintf("%s with the columns %s", sep.name, columnList(rows[0])) + notAnnotations, true
	}
	return "", false
}

func sameHeader(row, header []string) bool {
	if len(row) != len(header) {
		return false
	}
	for i := range row {
		if strings.TrimSpace(row[i]) != header[i] {
			return false
		}
	}
	return true
}

// columnList names the first few columns.
func columnList(row []string) string {
	n := min(len(row), 5)
	q := make([]string, n)
	for i := range n {
		q[i] = fmt.Sprintf("%q", strings.TrimSpace(row[i]))
	}
	s := strings.Join(q, ", ")
	if len(row) > n {
		s += fmt.Sprintf(" and %d more", len(row)-n)
	}
	return s
}

// trimPartialRune drops a rune cut off at the end of a prefix.
func trimPartialRune(b []byte) []byte {
	for i := 0; i < utf8.UTFMax && len(b) > 0; i++ {
		r, size := utf8.DecodeLastRune(b)
		if r != utf8.RuneError || size > 1 {
			return b
		}
		b = b[:len(b)-1]
	}
	return b
}
