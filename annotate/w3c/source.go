package w3c

import (
	"net/url"
	"strings"
)

// Which page a target names. A target whose source is another page than
// the article is placed by its quote only: its positions count in that
// page's text, not this one's. The article's names are its source URL and
// our URNs for it; a document without a URL takes the page most targets
// name as its own.

// setSources notes the document's names and, without a URL, the page most
// targets name.
func (im *importer) setSources(recs []record) {
	im.docURIs = map[string]bool{}
	for _, u := range []string{DocumentURI(&im.doc), "urn:whosaid:doc:" + docID(&im.doc), im.doc.SourceURL} {
		if u != "" {
			im.docURIs[normalizeURL(u)] = true
		}
	}
	if isIRI(im.doc.SourceURL) {
		return
	}
	count := map[string]int{}
	for _, r := range recs {
		for _, t := range r.targets {
			if t.source != "" && textual(&t) {
				count[normalizeURL(t.source)]++
			}
		}
	}
	best := 0
	for u, n := range count {
		if n > best || (n == best && u < im.mainSource) {
			im.mainSource, best = u, n
		}
	}
}

// isThisDoc tells whether a source names this document (no source does).
func (im *importer) isThisDoc(src string) bool {
	if src == "" {
		return true
	}
	n := normalizeURL(src)
	return im.docURIs[n] || (im.mainSource != "" && n == im.mainSource)
}

// otherPage tells whether the target names a page that is not this
// article.
func (im *importer) otherPage(t *targetIn, rec *record) bool {
	return !im.isThisDoc(t.source) && !rec.ours
}

// normalizeURL makes two spellings of one page compare equal: scheme and
// host in lower case, http and https alike, no fragment, no trailing
// slash.
func normalizeURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Scheme == "" {
		return strings.TrimSpace(s)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme == "http" {
		u.Scheme = "https"
	}
	u.Host = strings.ToLower(u.Host)
	u.Fragment = ""
	u.RawFragment = ""
	u.Path = strings.TrimSuffix(u.Path, "/")
	u.RawPath = ""
	return u.String()
}
