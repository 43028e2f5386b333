package w3c

import (
	"whosaid/annotate"
	"whosaid/annotate/anchor"
)

// find locates a quote in the text between the code points lo and hi, by
// the one rule whosaid has for it (anchor's Find): the exact occurrence
// whose surroundings best match the prefix and suffix, then the one
// nearest near (-1 for none); else, the quote's words with other white
// space between them.
func (im *importer) find(q *quote, near, lo, hi int) (anchor.Found, bool) {
	if q.exact == "" {
		return anchor.Found{}, false
	}
	return anchor.IndexOf(im.ix).Find(annotate.Span{Exact: q.exact, Prefix: q.prefix, Suffix: q.suffix}, near, lo, hi)
}
