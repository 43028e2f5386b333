package article

import (
	"regexp"
	"strings"

	"golang.org/x/net/html"
)

// Inline Markdown is reduced to its text: links keep their text, images
// their alt text, emphasis and code marks go, inline HTML tags go, entities
// and backslash escapes are decoded. Regular expressions, not a full
// CommonMark parser: enough for articles, and never worse than leaving a
// stray "*" in the text.
//
// mdImageExpr is an image: ![alt](src "title") or ![alt][ref].
const mdImageExpr = `!\[([^\]]*)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)|\[[^\]]*\])`

var (
	mdCodeSpan  = lazyRegexp("(`+)")
	mdImage     = lazyRegexp(mdImageExpr)
	mdLink      = lazyRegexp(`\[([^\]]*)\](?:\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|\[[^\]]*\])`)
	mdAutolink  = lazyRegexp(`<((?:https?|ftp|mailto):[^<>\s]*)>`)
	mdComment   = lazyRegexp(`<!--.*?-->`)
	mdTag       = lazyRegexp(`</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>`)
	mdStrong1   = lazyRegexp(`\*\*(\S(?:.*?\S)?)\*\*`)
	mdStrong2   = lazyRegexp(`(^|[^\p{L}\p{N}_])__(\S(?:.*?\S)?)__($|[^\p{L}\p{N}_])`)
	mdStrike    = lazyRegexp(`~~(\S(?:.*?\S)?)~~`)
	mdEm1       = lazyRegexp(`\*(\S(?:[^*]*?\S)?)\*`)
	mdEm2       = lazyRegexp(`(^|[^\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_($|[^\p{L}\p{N}_])`)
	mdEscape    = lazyRegexp("\\\\([!-/:-@\\[-`{-~])")
	mdImageOnly = lazyRegexp(`^(?:` + mdImageExpr + `\s*)+$`)
)

// escBase maps a backslash-escaped ASCII character to a private-use code
// point while the inline rules run, so that "\*" is never emphasis.
const escBase = 0x10FF00

// mdInline reduces one paragraph's inline Markdown to plain text.
func mdInline(s string) string {
	// Code spans are literal, so they are cut out first. A span opens at a
	// run of backticks and closes at the next run of the same length; runs
	// are indexed by length so that many unmatched runs stay linear.
	runs := mdCodeSpan().FindAllStringIndex(s, -1)
	byLen := map[int][]int{} // run length → indexes into runs, ascending
	for i, r := range runs {
		byLen[r[1]-r[0]] = append(byLen[r[1]-r[0]], i)
	}
	var out strings.Builder
	from := 0 // start of text not yet written
	for i := 0; i < len(runs); i++ {
		n := runs[i][1] - runs[i][0]
		same := byLen[n]
		for len(same) > 0 && same[0] <= i {
			same = same[1:]
		}
		byLen[n] = same
		if len(same) == 0 {
			continue // unmatched: literal backticks
		}
		j := same[0]
		out.WriteString(mdInlineText(s[from:runs[i][0]]))
		out.WriteString(strings.TrimSpace(s[runs[i][1]:runs[j][0]]))
		from = runs[j][1]
		i = j
	}
	out.WriteString(mdInlineText(s[from:]))
	return collapseSpace(out.String())
}

func mdInlineText(s string) string {
	s = mdEscape().ReplaceAllStringFunc(s, func(m string) string { return string(rune(escBase + int(m[1]))) })
	s = mdImage().ReplaceAllString(s, "$1")
	for i := 0; i < 4 && mdLink().MatchString(s); i++ { // links may hold images
		s = mdLink().ReplaceAllString(s, "$1")
	}
	s = mdAutolink().ReplaceAllString(s, "$1")
	s = mdComment().ReplaceAllString(s, "")
	s = mdTag().ReplaceAllString(s, "")
	s = mdStrong1().ReplaceAllString(s, "$1")
	s = replaceAll(mdStrong2(), s, "$1$2$3")
	s = mdStrike().ReplaceAllString(s, "$1")
	s = mdEm1().ReplaceAllString(s, "$1")
	s = replaceAll(mdEm2(), s, "$1$2$3")
	s = strings.TrimSuffix(s, "\\") // hard line break
	s = html.UnescapeString(s)
	return strings.Map(func(r rune) rune {
		if r >= escBase && r < escBase+0x80 {
			return r - escBase
		}
		return r
	}, s)
}

// mdWhollyEmphasized tells whether a paragraph is one emphasized span, the
// usual way Markdown writes a caption under an image.
func mdWhollyEmphasized(s string) bool {
	s = strings.TrimSpace(s)
	for _, m := range []string{"**", "__", "*", "_"} {
		if len(s) > 2*len(m) && strings.HasPrefix(s, m) && strings.HasSuffix(s, m) &&
			!strings.Contains(s[len(m):len(s)-len(m)], m) {
			return true
		}
	}
	return false
}

// replaceAll repeats a replacement whose matches consume their neighbours'
// boundary characters ("_a_ _b_"), a few times at most.
func replaceAll(re *regexp.Regexp, s, repl string) string {
	for i := 0; i < 3; i++ {
		t := re.ReplaceAllString(s, repl)
		if t == s {
			break
		}
		s = t
	}
	return s
}
