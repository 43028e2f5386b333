package annotate

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// BlockKind says what role a block plays in an article.
type BlockKind string

const (
	BlockHeadline  BlockKind = "headline"
	BlockParagraph BlockKind = "paragraph"
	BlockCaption   BlockKind = "caption"
	BlockByline    BlockKind = "byline" // bylines and photo credits
	BlockOther     BlockKind = "other"
)

// BlockKinds lists every valid block kind, in display order.
var BlockKinds = []BlockKind{BlockHeadline, BlockParagraph, BlockCaption, BlockByline, BlockOther}

// BlockSeparator joins blocks into the document text.
const BlockSeparator = "\n\n"

// Block is one headline, paragraph, caption… of an article. Its text holds
// no blank line (that would split it into two blocks).
type Block struct {
	Kind BlockKind `json:"kind"`
	Text string    `json:"text"`
}

// Document is an article. Its text is its blocks joined by a blank line; its
// ID is a content hash of that text so annotations bind to exactly that text.
type Document struct {
	ID        string  `json:"id"`
	Title     string  `json:"title,omitempty"`
	SourceURL string  `json:"sourceUrl,omitempty"`
	Byline    string  `json:"byline,omitempty"`
	Published string  `json:"published,omitempty"` // ISO 8601 date or date-time, as printed by the source
	Language  string  `json:"language,omitempty"`  // BCP 47 tag, e.g. "en"
	Blocks    []Block `json:"blocks"`
}

// NormalizeText puts text into the canonical form documents are hashed and
// annotated in: NFC, LF line ends, no trailing spaces on lines, no blank lines
// at either end.
func NormalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t\u00a0")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// NormalizeBlockText makes one block's text canonical: normalized, inner
// blank lines collapsed to one newline, outer white space trimmed.
func NormalizeBlockText(s string) string {
	s = NormalizeText(s)
	for strings.Contains(s, "\n\n") {
		s = strings.ReplaceAll(s, "\n\n", "\n")
	}
	return strings.TrimSpace(s)
}

// NewDocument normalizes the blocks, drops empty ones and sets the ID.
func NewDocument(meta Document, blocks []Block) Document {
	d := meta
	d.Blocks = nil
	for _, b := range blocks {
		b.Text = NormalizeBlockText(b.Text)
		if b.Text == "" {
			continue
		}
		if b.Kind == "" {
			b.Kind = BlockParagraph
		}
		d.Blocks = append(d.Blocks, b)
	}
	d.ID = DocumentID(d.Text())
	return d
}

// Text is the document text that offsets index into.
func (d Document) Text() string {
	parts := make([]string, len(d.Blocks))
	for i, b := range d.Blocks {
		parts[i] = b.Text
	}
	return strings.Join(parts, BlockSeparator)
}

// BlockStarts gives the code-point offset at which each block starts.
func (d Document) BlockStarts() []int {
	starts := make([]int, len(d.Blocks))
	pos := 0
	for i, b := range d.Blocks {
		starts[i] = pos
		pos += RuneLen(b.Text) + len(BlockSeparator)
	}
	return starts
}

// DocumentID is the content hash that names a text: "sha256:" and the hex
// digest of the normalized text.
func DocumentID(text string) string {
	sum := sha256.Sum256([]byte(NormalizeText(text)))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// DocumentFromText splits plain text into blocks at blank lines; every block
// is a paragraph. Importers in package article do the richer work.
func DocumentFromText(meta Document, text string) Document {
	text = NormalizeText(text)
	var blocks []Block
	for _, p := range strings.Split(text, "\n\n") {
		blocks = append(blocks, Block{Kind: BlockParagraph, Text: p})
	}
	return NewDocument(meta, blocks)
}
