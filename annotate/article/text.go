package article

import (
	"strings"

	"whosaid/annotate"
)

// Text imports a plain-text article. See ReadText for the rules; Text drops
// the list of changes.
func Text(data []byte, meta annotate.Document) (annotate.Document, error) {
	doc, _, err := ReadText(data, meta)
	return doc, err
}

// ReadText imports a plain-text article and lists how the document text
// (what annotations point into) differs from the file's characters: nothing
// changes silently. The rules, in order:
//
//   - Paragraphs are separated by blank lines. Within a group of lines
//     between blank lines — or the whole text when it has no blank line —
//     each line is a paragraph of its own, unless the group is hard-wrapped
//     prose (see isWrapped), whose lines are joined by spaces.
//   - The first paragraph is the headline if it is one short line that does
//     not end like a sentence; such a first line is split off a group even
//     when the next line follows without a blank line.
//   - A paragraph that ends with a photo credit ("… in 2022. Jane Doe/AP",
//     "(AP Photo/Jane Doe)") is a caption — or a byline when it is nothing
//     but the credit; a line of capitalized words just before a caption is
//     the photo's slug ("China US Yellen") and is kept as "other".
//   - "By …", "With assistance from …" and similar are bylines; page
//     furniture ("Comments are closed", "Filed under:") is "other";
//     everything else is a paragraph.
//
// White space inside a line is collapsed to one space, and the text is put
// in Unicode NFC with LF line ends (annotate.NormalizeText). Each of these
// changes, when it happens, is one entry of the returned list, located by
// the first line it touched ("line 3"). meta supplies the title, source URL
// and so on; if it has no title, the headline is used.
func ReadText(data []byte, meta annotate.Document) (annotate.Document, annotate.Problems, error) {
	src, err := CheckInput(data)
	if err != nil {
		return annotate.Document{}, nil, err
	}
	lines, ch := cleanLines(src)
	var texts []string
	for _, g := range splitParagraphs(lines, ch) {
		texts = append(texts, g)
	}
	blocks := classifyPlain(texts)
	if meta.Title == "" && len(blocks) > 0 && blocks[0].Kind == annotate.BlockHeadline {
		meta.Title = blocks[0].Text
	}
	doc, err := finish(meta, blocks)
	if err != nil {
		return annotate.Document{}, nil, err
	}
	return doc, ch.problems(), nil
}

// classifyPlain applies the plain-text rules documented on ReadText.
func classifyPlain(texts []string) []annotate.Block {
	blocks := make([]annotate.Block, len(texts))
	for i, t := range texts {
		blocks[i] = annotate.Block{Kind: looseKind(t), Text: t}
		if i == 0 && isHeadlineLine(t) {
			blocks[i].Kind = annotate.BlockHeadline
			continue
		}
		if credit, ok := photoCredit(t); ok {
			if credit == t {
				blocks[i].Kind = annotate.BlockByline
			} else {
				blocks[i].Kind = annotate.BlockCaption
			}
			if i > 0 && blocks[i-1].Kind == annotate.BlockParagraph && isSlug(texts[i-1]) {
				blocks[i-1].Kind = annotate.BlockOther
			}
		}
	}
	return blocks
}

// joinWrapped joins the lines of one hard-wrapped paragraph.
func joinWrapped(lines []line) string {
	parts := make([]string, len(lines))
	for i, l := range lines {
		parts[i] = l.text
	}
	return strings.Join(parts, " ")
}
