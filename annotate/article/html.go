package article

import (
	"fmt"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"whosaid/annotate"
)

// HTML imports a web page. Only text is taken; nothing of the markup
// survives, so nothing from the page is ever rendered as HTML later.
//
//   - Metadata: title from og:title, else the first <h1>, else <title>;
//     byline from <meta name=author>, rel=author or a .byline element;
//     published date from article:published_time or <time datetime>;
//     language from <html lang> (or og:locale); source URL from
//     <link rel=canonical> or og:url. Non-empty fields of meta win.
//   - Content: the <article> with the most text, else <main> (or
//     role=main), else <body>. Scripts, styles, nav, header, footer, aside,
//     forms, noscript, svg, template, iframe, media and hidden elements are
//     dropped — except that a <header> inside the chosen <article>/<main> is
//     the article's own header (headline, byline) and is kept.
//   - Blocks: every block-level element (<p>, <li>, <blockquote>, <div>,
//     table cells…) ends a block; the first <h1> is the headline, other
//     headings are "other", <figcaption> is a caption, <address> and
//     .byline elements are bylines, the rest paragraphs ("By …" paragraphs
//     are bylines, as in plain text). White space is collapsed; entities
//     are decoded by the parser.
//   - If the content has no <h1>, the title becomes the first block, as
//     the headline.
func HTML(data []byte, meta annotate.Document) (annotate.Document, error) {
	src, err := CheckInput(data)
	if err != nil {
		return annotate.Document{}, err
	}
	root, err := html.Parse(strings.NewReader(src))
	if err != nil { // e.g. nesting deeper than the parser's limit
		return annotate.Document{}, fmt.Errorf("cannot parse HTML: %w", err)
	}
	found := htmlMeta(root)
	content, keepHeader := contentRoot(root)
	blocks := htmlBlocks(content, keepHeader)
	hasHeadline := false
	for _, b := range blocks {
		hasHeadline = hasHeadline || b.Kind == annotate.BlockHeadline
	}
	if !hasHeadline && found.Title != "" {
		blocks = append([]annotate.Block{{Kind: annotate.BlockHeadline, Text: found.Title}}, blocks...)
	}
	return finish(mergeMeta(meta, found), blocks)
}

// droppedAtoms never hold article text.
var droppedAtoms = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Nav: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Noscript: true, atom.Svg: true,
	atom.Template: true, atom.Iframe: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
	atom.Audio: true, atom.Video: true, atom.Dialog: true, atom.Menu: true, atom.Math: true,
}

// dropped tells whether an element and everything in it is left out.
func dropped(n *html.Node) bool {
	if droppedAtoms[n.DataAtom] {
		return true
	}
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(a.Val, "true") {
				return true
			}
		case "style":
			if strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none") {
				return true
			}
		}
	}
	return false
}

// blockLevel elements end the block of text before them and after them.
var blockLevel = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Body: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Div: true,
	atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true, atom.Figure: true,
	atom.Footer: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true,
	atom.H6: true, atom.Header: true, atom.Hgroup: true, atom.Hr: true, atom.Li: true,
	atom.Main: true, atom.Nav: true, atom.Ol: true, atom.P: true, atom.Pre: true,
	atom.Section: true, atom.Summary: true, atom.Table: true, atom.Tbody: true, atom.Td: true,
	atom.Tfoot: true, atom.Th: true, atom.Thead: true, atom.Tr: true, atom.Ul: true,
	atom.Html: true, atom.Legend: true,
}

// contentRoot picks the element holding the article, and whether a
// <header> inside it belongs to the article.
func contentRoot(root *html.Node) (*html.Node, bool) {
	var articles []*html.Node
	var main, body *html.Node
	textLen := map[*html.Node]int{}
	var order []*html.Node // pre-order, to sum text lengths bottom-up
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && dropped(n) && n.DataAtom != atom.Header {
			return false
		}
		order = append(order, n)
		if n.Type == html.TextNode {
			textLen[n] = len(strings.TrimSpace(n.Data))
		}
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.Article:
			articles = append(articles, n)
		case n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main"):
			if main == nil {
				main = n
			}
		case n.DataAtom == atom.Body:
			body = n
		}
		return true
	})
	for i := len(order) - 1; i > 0; i-- {
		if p := order[i].Parent; p != nil {
			textLen[p] += textLen[order[i]]
		}
	}
	var best *html.Node
	for _, a := range articles {
		if best == nil || textLen[a] > textLen[best] {
			best = a
		}
	}
	switch {
	case best != nil:
		return best, true
	case main != nil:
		return main, true
	case body != nil:
		return body, false
	}
	return root, false
}

// htmlBlocks collects the text under root into blocks. It walks with an
// explicit stack so that deeply nested pages cannot overflow the Go stack.
func htmlBlocks(root *html.Node, keepHeader bool) []annotate.Block {
	type frame struct {
		n    *html.Node
		exit bool // leaving n: close its block
	}
	var (
		blocks   []annotate.Block
		buf      strings.Builder
		kinds    = []annotate.BlockKind{annotate.BlockParagraph}
		headline bool
	)
	flush := func() {
		text := collapseSpace(strings.Map(controlToSpace, buf.String()))
		buf.Reset()
		if text == "" {
			return
		}
		kind := kinds[len(kinds)-1]
		if kind == annotate.BlockParagraph {
			kind = looseKind(text)
		}
		blocks = append(blocks, annotate.Block{Kind: kind, Text: text})
	}
	stack := []frame{{n: root}}
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n := f.n
		if f.exit {
			flush()
			kinds = kinds[:len(kinds)-1]
			continue
		}
		switch n.Type {
		case html.TextNode:
			buf.WriteString(n.Data)
			continue
		case html.ElementNode:
			if dropped(n) && !(keepHeader && n.DataAtom == atom.Header) {
				continue
			}
			if n.DataAtom == atom.Br {
				buf.WriteByte(' ')
			}
			if blockLevel[n.DataAtom] {
				flush()
				kind := kinds[len(kinds)-1]
				switch {
				case n.DataAtom == atom.H1 && !headline:
					kind, headline = annotate.BlockHeadline, true
				case isHeading(n.DataAtom):
					kind = annotate.BlockOther
				case n.DataAtom == atom.Figcaption:
					kind = annotate.BlockCaption
				case isBylineElement(n):
					kind = annotate.BlockByline
				}
				kinds = append(kinds, kind)
				stack = append(stack, frame{n: n, exit: true})
			}
		case html.DocumentNode:
		default: // comments, doctypes
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
	flush()
	return blocks
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// controlToSpace turns control characters (which entities like &#1; can
// produce) into spaces.
func controlToSpace(r rune) rune {
	if unicode.IsControl(r) {
		return ' '
	}
	return r
}
