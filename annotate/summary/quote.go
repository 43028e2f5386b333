package summary

import (
	"strings"
	"unicode"

	"whosaid/annotate"
)

// Line is how a claim reads in the summary.
type Line struct {
	Text   string // the claim's words, in quotation marks when Quoted
	Quoted bool   // a direct quote: the only kind in quotation marks
}

// ClaimLine is how claim c of a document reads; text is the document's
// text (annotate.Document.Text, as runes) and lang its language tag.
func ClaimLine(c annotate.Claim, text []rune, lang string) Line {
	words := strings.Join(strings.Fields(c.Span.Exact), " ")
	attr := c.Attribution
	if attr == "" && c.Span.Start >= 0 && c.Span.End <= len(text) && !c.Orphan {
		attr = annotate.SuggestAttribution(text, c.Span.Start, c.Span.End)
	}
	if attr != annotate.AttrDirect || words == "" {
		return Line{Text: words}
	}
	return Line{Text: Quote(words, lang), Quoted: true}
}

// marks are a language's quotation marks: outer, then inner.
type marks struct{ open, close, innerOpen, innerClose string }

var english = marks{"“", "”", "‘", "’"}

// byLanguage is keyed by the primary language subtag ("de" of "de-AT").
var byLanguage = map[string]marks{
	"de": {"„", "“", "‚", "‘"},
	"fr": {"«\u00a0", "\u00a0»", "“", "”"},
	"ru": {"«", "»", "„", "“"},
	"uk": {"«", "»", "„", "“"},
	"es": {"«", "»", "“", "”"},
	"it": {"«", "»", "“", "”"},
	"pt": {"«", "»", "“", "”"},
	"pl": {"„", "”", "«", "»"},
	"ja": {"「", "」", "『", "』"},
}

func marksFor(lang string) marks {
	primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(lang)), "-")
	primary, _, _ = strings.Cut(primary, "_")
	if m, ok := byLanguage[primary]; ok {
		return m
	}
	return english
}

// Quote puts words in the quotation marks of language lang: marks the
// words carry at their ends are replaced (punctuation set after the
// closing one stays after it), and the double quotation marks inside
// become the inner ones. Words whose marks do not pair up (a span that
// runs from one quotation into the next: “No,” he said, “never.”) are
// left as the text has them: they carry their own marks.
func Quote(words, lang string) string {
	m := marksFor(lang)
	rs := tightGuillemets([]rune(strings.TrimSpace(words)))
	after := ""
	if len(rs) >= 2 && isDouble(rs[0]) {
		// The last mark, if only punctuation follows it, closes the quote.
		end := len(rs)
		for end > 1 && strings.ContainsRune(".,;:!?…", rs[end-1]) {
			end--
		}
		if end > 1 && isDouble(rs[end-1]) {
			after = string(rs[end:])
			rs = rs[1 : end-1]
		}
	}
	if !paired(rs) {
		return words
	}
	var b strings.Builder
	b.WriteString(m.open)
	for i, r := range rs {
		if !isDouble(r) {
			b.WriteRune(r)
			continue
		}
		if opens(rs, i) {
			b.WriteString(m.innerOpen)
		} else {
			b.WriteString(m.innerClose)
		}
	}
	b.WriteString(m.close)
	b.WriteString(after)
	return b.String()
}

// isDouble tells the double quotation marks of any language apart from
// apostrophes and single marks (which stay as they are).
func isDouble(r rune) bool { return strings.ContainsRune("\"“”„‟«»「」『』", r) }

// opens tells whether the mark at rs[i] opens a quotation: marks that
// only ever open do; the others open at the start, after a space or an
// opening bracket or dash, and close otherwise.
func opens(rs []rune, i int) bool {
	switch rs[i] {
	case '„', '«', '「', '『', '‟':
		return true
	case '»', '」', '』':
		return false
	}
	return i == 0 || unicode.IsSpace(rs[i-1]) || strings.ContainsRune("([{—–-/", rs[i-1])
}

// paired tells whether the double marks in rs open and close in turn.
func paired(rs []rune) bool {
	depth := 0
	for i, r := range rs {
		switch {
		case !isDouble(r):
		case opens(rs, i):
			depth++
		case depth == 0:
			return false
		default:
			depth--
		}
	}
	return depth == 0
}

// tightGuillemets drops the spaces French sets inside « »: the marks
// that replace them bring their own.
func tightGuillemets(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if unicode.IsSpace(r) && (i > 0 && rs[i-1] == '«' || i+1 < len(rs) && rs[i+1] == '»') {
			continue
		}
		out = append(out, r)
	}
	return out
}
