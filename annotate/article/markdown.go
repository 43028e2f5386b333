package article

import (
	"strings"

	"whosaid/annotate"
)

// Markdown imports a Markdown article (CommonMark block structure, read
// leniently):
//
//   - the first ATX ("# …") or Setext heading, if no text comes before it,
//     is the headline; other headings are "other";
//   - paragraphs, list items and block-quoted paragraphs are paragraphs
//     (a quote is still reported speech worth annotating); "By …" lines are
//     bylines, as in plain text;
//   - an image on its own becomes a caption holding its alt text (or its
//     title when the alt text is empty); a wholly emphasized paragraph or a
//     photo credit right after an image is a caption too;
//   - fenced code is "other", with its line breaks kept;
//   - inline markup is reduced to text: [text](url) → text, **x** → x,
//     `code` → code, inline HTML tags dropped, entities decoded;
//   - thematic breaks, link reference definitions and table separator rows
//     carry no text and are dropped; YAML front matter ("---" … "---") fills
//     the title, author, date, language and URL, and is not text.
//
// Values in meta win over the front matter; an empty meta title is filled
// from the front matter, else from the headline.
func Markdown(data []byte, meta annotate.Document) (annotate.Document, error) {
	src, err := CheckInput(data)
	if err != nil {
		return annotate.Document{}, err
	}
	lines := strings.Split(annotate.NormalizeText(src), "\n")
	found, lines := mdFrontMatter(lines)
	blocks := mdToBlocks(mdParse(lines, 0))
	if found.Title == "" && len(blocks) > 0 && blocks[0].Kind == annotate.BlockHeadline {
		found.Title = blocks[0].Text
	}
	return finish(mergeMeta(meta, found), blocks)
}

type mdKind int

const (
	mdPara mdKind = iota
	mdHeading
	mdCode
	mdItem
	mdQuote
)

type mdBlock struct {
	kind  mdKind
	lines []string
}

var (
	mdATX      = lazyRegexp(`^ {0,3}#{1,6}(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	mdSetext   = lazyRegexp(`^ {0,3}(?:=+|-+)[ \t]*$`)
	mdRule     = lazyRegexp(`^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$`)
	mdFence    = lazyRegexp("^ {0,3}(`{3,}|~{3,})")
	mdQuoteTag = lazyRegexp(`^ {0,3}>[ \t]?`)
	mdBullet   = lazyRegexp(`^[ \t]*(?:[-*+]|(\d{1,9})[.)])(?:[ \t]+(.*))?$`)
	mdRefDef   = lazyRegexp(`^ {0,3}\[[^\]]+\]:[ \t]*\S`)
	mdTableSep = lazyRegexp(`^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$`)
)

// mdParse splits lines into blocks. depth > 0 inside a block quote, whose
// nested quote markers have already been stripped.
func mdParse(lines []string, depth int) []mdBlock {
	var blocks []mdBlock
	var cur *mdBlock // the open paragraph or list item
	flush := func() {
		if cur != nil {
			blocks = append(blocks, *cur)
			cur = nil
		}
	}
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case mdFence().MatchString(line):
			flush()
			fence := strings.TrimLeft(mdFence().FindStringSubmatch(line)[1], " ")
			code := mdBlock{kind: mdCode}
			for i++; i < len(lines); i++ {
				if t := strings.TrimSpace(lines[i]); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
					break
				}
				code.lines = append(code.lines, lines[i])
			}
			blocks = append(blocks, code)
		case cur != nil && cur.kind == mdPara && mdSetext().MatchString(line):
			cur.kind = mdHeading
			flush()
		case mdRule().MatchString(line):
			flush()
		case mdATX().MatchString(line):
			flush()
			blocks = append(blocks, mdBlock{kind: mdHeading, lines: []string{mdATX().FindStringSubmatch(line)[1]}})
		case depth == 0 && mdQuoteTag().MatchString(line):
			flush()
			var inner []string
			for ; i < len(lines); i++ {
				l := lines[i]
				if strings.TrimSpace(l) == "" || (!mdQuoteTag().MatchString(l) && mdStartsBlock(l)) {
					i--
					break
				}
				for mdQuoteTag().MatchString(l) {
					l = mdQuoteTag().ReplaceAllString(l, "")
				}
				inner = append(inner, l)
			}
			for _, b := range mdParse(inner, depth+1) {
				if b.kind != mdCode {
					b.kind = mdQuote
				}
				blocks = append(blocks, b)
			}
		case mdIsItem(line, cur):
			flush()
			cur = &mdBlock{kind: mdItem, lines: []string{mdBullet().FindStringSubmatch(line)[2]}}
		case cur == nil && mdRefDef().MatchString(line), mdTableSep().MatchString(line):
			// no text
		default:
			if cur == nil {
				cur = &mdBlock{kind: mdPara}
			}
			cur.lines = append(cur.lines, line)
		}
	}
	flush()
	return blocks
}

// mdIsItem tells whether line starts a list item. As in CommonMark, an
// ordered item interrupts a paragraph only if it is numbered 1, so a
// wrapped line starting "2024. " stays text.
func mdIsItem(line string, cur *mdBlock) bool {
	m := mdBullet().FindStringSubmatch(line)
	if m == nil || mdRule().MatchString(line) {
		return false
	}
	if m[1] != "" && cur != nil && cur.kind == mdPara && m[1] != "1" {
		return false
	}
	return true
}

// mdStartsBlock tells whether a line ends a block quote's lazy continuation.
func mdStartsBlock(line string) bool {
	return mdFence().MatchString(line) || mdRule().MatchString(line) || mdATX().MatchString(line) || mdBullet().MatchString(line)
}

// mdToBlocks turns parsed blocks into document blocks.
func mdToBlocks(mds []mdBlock) []annotate.Block {
	var out []annotate.Block
	bodySeen, afterImage := false, false
	for _, b := range mds {
		raw := strings.Join(b.lines, "\n")
		wasImage := afterImage
		afterImage = false
		switch b.kind {
		case mdHeading:
			kind := annotate.BlockOther
			if !bodySeen {
				kind = annotate.BlockHeadline
			}
			out = append(out, annotate.Block{Kind: kind, Text: mdInline(raw)})
		case mdCode:
			out = append(out, annotate.Block{Kind: annotate.BlockOther, Text: raw})
		case mdPara:
			// Leading images become captions; text after them, if any, is
			// a caption when emphasized or a credit, else a paragraph.
			rest := strings.TrimSpace(raw)
			for {
				loc := mdImage().FindStringSubmatchIndex(rest)
				if loc == nil || loc[0] != 0 {
					break
				}
				m := mdImage().FindStringSubmatch(rest)
				caption := m[1]
				if caption == "" {
					caption = m[2] + m[3]
				}
				out = append(out, annotate.Block{Kind: annotate.BlockCaption, Text: mdInline(caption)})
				rest = strings.TrimSpace(rest[loc[1]:])
				wasImage, afterImage = true, true
			}
			if rest == "" {
				continue
			}
			text := mdInline(rest)
			kind := looseKind(text)
			if _, credit := photoCredit(text); wasImage && (mdWhollyEmphasized(rest) || credit) {
				kind = annotate.BlockCaption
			}
			out = append(out, annotate.Block{Kind: kind, Text: text})
		default: // list items and quotes
			out = append(out, annotate.Block{Kind: annotate.BlockParagraph, Text: mdInline(raw)})
		}
		bodySeen = true
	}
	return out
}

var (
	mdYAMLKey  = lazyRegexp(`^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$`)
	mdYAMLMore = lazyRegexp(`^(?:[ \t]|-|#)`)
)

// mdFrontMatter reads YAML front matter's simple "key: value" lines and
// returns the lines after it. Anything that does not look like front matter
// is left as text.
func mdFrontMatter(lines []string) (annotate.Document, []string) {
	var meta annotate.Document
	if len(lines) < 2 || strings.TrimSpace(lines[0]) != "---" {
		return meta, lines
	}
	for j := 1; j < len(lines) && j < 200; j++ {
		l := lines[j]
		if t := strings.TrimSpace(l); t == "---" || t == "..." {
			return meta, lines[j+1:]
		}
		if strings.TrimSpace(l) == "" || mdYAMLMore().MatchString(l) {
			continue
		}
		m := mdYAMLKey().FindStringSubmatch(l)
		if m == nil {
			return annotate.Document{}, lines
		}
		v := strings.TrimSpace(m[2])
		if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
			v = v[1 : len(v)-1]
		}
		switch strings.ToLower(m[1]) {
		case "title":
			meta.Title = v
		case "author", "byline":
			meta.Byline = v
		case "date", "published":
			meta.Published = v
		case "lang", "language":
			meta.Language = v
		case "url", "canonical", "source":
			meta.SourceURL = v
		}
	}
	return annotate.Document{}, lines
}
