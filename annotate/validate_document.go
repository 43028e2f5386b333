package annotate

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// validateDocument checks the document and returns an index of its text for
// the span checks (built once here, not per claim).
func validateDocument(ps *Problems, d *Document) *TextIndex {
	const p = "document"
	checkField(ps, p+".title", d.Title)
	checkField(ps, p+".sourceUrl", d.SourceURL)
	checkField(ps, p+".byline", d.Byline)
	checkField(ps, p+".published", d.Published)
	checkField(ps, p+".language", d.Language)
	if len(d.Blocks) == 0 {
		ps.Add(p+".blocks", "the document has no blocks")
	}
	if len(d.Blocks) > MaxBlocks {
		ps.Add(p+".blocks", "%d blocks is more than the limit of %d", len(d.Blocks), MaxBlocks)
	}
	doc := rootPath(p)
	for i, b := range d.Blocks {
		bp := doc.item("blocks", i)
		if !validBlockKind(b.Kind) {
			ps.addAt(bp.field("kind"), "%q is not a block kind (want one of %s)", clip(string(b.Kind)), listOf(BlockKinds))
		}
		if msg := blockTextProblem(b.Text); msg != "" {
			ps.addAt(bp.field("text"), "%s", msg)
		}
	}
	text := d.Text()
	ix := NewTextIndex(text)
	if ix.Len() > MaxTextRunes {
		ps.Add(p+".blocks", "the text is %d code points, more than the limit of %d", ix.Len(), MaxTextRunes)
	}
	if want := DocumentID(text); d.ID != want {
		if d.ID == "" {
			ps.Add(p+".id", "missing (want %s)", want)
		} else {
			ps.Add(p+".id", "%q does not match the text (want %s)", clip(d.ID), want)
		}
	}
	return ix
}

// blockTextProblem says what is wrong with a block's text, or "".
func blockTextProblem(s string) string {
	switch {
	case s == "":
		return "empty block"
	case !utf8.ValidString(s):
		return "not valid UTF-8"
	case strings.Contains(s, "\r"):
		return "contains a carriage return (line ends must be LF)"
	case strings.Contains(s, "\n\n") || strings.Contains(strings.ReplaceAll(s, " ", ""), "\n\n"):
		return "contains a blank line (that would split it into two blocks)"
	case strings.TrimSpace(s) != s:
		return "starts or ends with white space"
	case !norm.NFC.IsNormalString(s):
		return "not in Unicode normal form C"
	case NormalizeBlockText(s) != s:
		return "a line ends with white space"
	}
	return ""
}

func validBlockKind(k BlockKind) bool {
	for _, v := range BlockKinds {
		if k == v {
			return true
		}
	}
	return false
}

// checkField applies the limit on free-text fields and rejects bad UTF-8.
func checkField(ps *Problems, path, s string) { checkFieldAt(ps, rootPath(path), s) }

func checkFieldAt(ps *Problems, p fieldPath, s string) {
	if !utf8.ValidString(s) {
		ps.addAt(p, "not valid UTF-8")
	}
	if n := RuneLen(s); n > MaxFieldRunes {
		ps.addAt(p, "%d code points is more than the limit of %d", n, MaxFieldRunes)
	}
}

// listOf formats valid values for a message: "a", "b" or "c".
func listOf[T ~string](vs []T) string {
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = fmt.Sprintf("%q", v)
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
