// Package filename names the files whosaid offers for download after
// what they hold and the day: "china-russia-talks-2026-11-28.whosaid.json",
// "week-3-quiz-results-2026-11-28.csv". A folder of downloads then reads
// and sorts well, and two downloads of different things never share a
// name such as "results.csv". Names keep letters and digits of any
// script (accents dropped), lower-cased, joined by hyphens: safe on every
// file system and in a URL.
package filename

import (
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug bounds the title part of a name (in bytes, on a rune boundary).
const maxSlug = 60

// Slug keeps a title's letters and digits, accents dropped, lower-cased,
// joined by hyphens, at most 60 bytes; "article" if nothing is left.
func Slug(title string) string {
	var b strings.Builder
	hyphen := false
	for _, r := range norm.NFD.String(title) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		default:
			hyphen = true
		}
		if b.Len() >= maxSlug {
			break
		}
	}
	s := strings.Trim(b.String(), "-")
	if s == "" {
		return "article"
	}
	return s
}

// Dated is the name of a download of title made on day: its slug, the
// day (YYYY-MM-DD) and suffix (".whosaid.json", ".csv").
func Dated(title string, day time.Time, suffix string) string {
	return Slug(title) + "-" + day.Format("2006-01-02") + suffix
}
