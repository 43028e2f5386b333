package article

import (
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/names"
)

// MetaLine is the line shown above an article's text: its byline and
// publication date, " · " between them. The byline is left out when the
// text already shows it — a byline block, or one of the first few short
// blocks, that holds it ("By Jane Doe, Moscow" for "Jane Doe") — as an
// HTML page's author often is both metadata and a line of the article.
// The block stays (annotations may point into it); the metadata stays in
// the document too, only the line does not repeat it.
func MetaLine(d annotate.Document) string {
	var parts []string
	if d.Byline != "" && !inText(d, d.Byline) {
		parts = append(parts, d.Byline)
	}
	if d.Published != "" {
		parts = append(parts, d.Published)
	}
	return strings.Join(parts, " · ")
}

// nearTop is how many blocks from the start a byline is looked for when
// the importer did not mark its block as one.
const nearTop = 4

func inText(d annotate.Document, byline string) bool {
	want := " " + names.Fold(byline) + " "
	if strings.TrimSpace(want) == "" {
		return true
	}
	for i, b := range d.Blocks {
		short := i < nearTop && len([]rune(b.Text)) <= maxByline
		if (b.Kind == annotate.BlockByline || short) && strings.Contains(" "+names.Fold(b.Text)+" ", want) {
			return true
		}
	}
	return false
}
