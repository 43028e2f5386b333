package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"whosaid/annotate"
)

// htmlMeta collects what the page says about itself, in order of trust:
// Open Graph and article metadata first, then the <title>, <h1>, <time>…
// Only text and attribute values are read; nothing is kept as markup.
func htmlMeta(root *html.Node) annotate.Document {
	var m annotate.Document
	var title, ogTitle, h1, metaAuthor, relAuthor, bylineText, published, timeAttr, lang, canonical, ogURL string
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = collapseSpace(v)
		}
	}
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg:
			return false
		case atom.Html:
			set(&lang, attr(n, "lang"))
		case atom.Title:
			set(&title, textOf(n))
		case atom.Meta:
			key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
			v := attr(n, "content")
			switch key {
			case "og:title":
				set(&ogTitle, v)
			case "author", "article:author", "byl", "dc.creator":
				// article:author is often the author's profile page.
				if !strings.Contains(v, "://") {
					set(&metaAuthor, v)
				}
			case "article:published_time", "datepublished", "date", "dc.date", "pubdate":
				set(&published, v)
			case "og:url":
				set(&ogURL, v)
			case "og:locale":
				set(&lang, strings.ReplaceAll(v, "_", "-"))
			}
		case atom.Link:
			if hasToken(attr(n, "rel"), "canonical") {
				set(&canonical, attr(n, "href"))
			}
		case atom.H1:
			set(&h1, textOf(n))
		case atom.Time:
			set(&timeAttr, attr(n, "datetime"))
		}
		if n.DataAtom != atom.Link && n.DataAtom != atom.Meta && hasToken(attr(n, "rel"), "author") {
			set(&relAuthor, textOf(n))
		}
		if isBylineElement(n) {
			set(&bylineText, textOf(n))
		}
		return true
	})
	m.Title = first(ogTitle, h1, title)
	m.Byline = first(metaAuthor, relAuthor, bylineText)
	m.Published = first(published, timeAttr)
	m.Language = lang
	m.SourceURL = first(canonical, ogURL)
	return m
}

// isBylineElement: class "byline" (or "author", "…-byline"), or <address>.
func isBylineElement(n *html.Node) bool {
	if n.DataAtom == atom.Address {
		return true
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		if c == "byline" || c == "author" || strings.HasSuffix(c, "-byline") || strings.HasSuffix(c, "__byline") {
			return true
		}
	}
	return false
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func hasToken(list, tok string) bool {
	for _, t := range strings.Fields(strings.ToLower(list)) {
		if t == tok {
			return true
		}
	}
	return false
}

// walk visits n and its descendants in document order; visit returns false
// to skip a node's children. Iterative, so deep nesting cannot overflow.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// textOf is the visible text under n, white space collapsed.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.ElementNode && dropped(c):
			return false
		case c.Type == html.ElementNode && (blockLevel[c.DataAtom] || c.DataAtom == atom.Br):
			b.WriteByte(' ')
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
		}
		return true
	})
	return collapseSpace(b.String())
}
