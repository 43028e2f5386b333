package article

import (
	"strings"

	"whosaid/annotate"
)

// Text imports a plain-text article. Paragraphs are separated by blank
// lines; line breaks inside a paragraph become spaces. Then, in order:
//
//   - the first paragraph is the headline if it is one short line that does
//     not end like a sentence;
//   - a paragraph that ends with a photo credit ("… in 2022. Jane Doe/AP",
//     "(AP Photo/Jane Doe)") is a caption — or a byline when it is nothing
//     but the credit;
//   - a line of capitalized words just before a caption is the photo's slug
//     ("China US Yellen") and is kept as "other";
//   - "By …", "With assistance from …" and similar are bylines; page
//     furniture ("Comments are closed", "Filed under:") is "other";
//   - everything else is a paragraph.
//
// meta supplies the title, source URL and so on; if it has no title, the
// headline is used.
func Text(data []byte, meta annotate.Document) (annotate.Document, error) {
	src, err := CheckInput(data)
	if err != nil {
		return annotate.Document{}, err
	}
	var texts []string
	for _, lines := range splitParagraphs(annotate.NormalizeText(src)) {
		if t := collapseSpace(strings.Join(lines, " ")); t != "" {
			texts = append(texts, t)
		}
	}
	blocks := classifyPlain(texts)
	if meta.Title == "" && len(blocks) > 0 && blocks[0].Kind == annotate.BlockHeadline {
		meta.Title = blocks[0].Text
	}
	return finish(meta, blocks)
}

// classifyPlain applies the plain-text rules documented on Text.
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
