package w3c

import (
	"encoding/json"
	"time"

	"whosaid/annotate"
)

// A record is one annotation as read from a file, before it is placed in
// the text: the W3C model's parts, each with its path in the file. Every
// format's reader (W3C JSON-LD, Hypothesis' API, Annotorious) makes
// records, and assemble turns them into claims by the same rules, so a
// quote is placed, a body understood and a problem reported alike whatever
// tool wrote the file.
type record struct {
	path       string
	index      int    // its place among the file's annotations
	id         string // as written; "" when none
	motivation []string
	created    time.Time
	modified   time.Time
	creator    string
	bodies     []bodyIn
	targets    []targetIn
	// Our own extension values, in files whosaid wrote.
	claimID  string
	ours     bool // the file gave whosaid:claimId
	orphan   bool
	lastPos  *position // whosaid:lastPosition: an orphan's last known offsets
	cue      *annotate.Span
	mentions []annotate.Span
	// placedTarget is the target the claim was placed by (set by assemble).
	placedTarget *targetIn
}

// bodyIn is one body as read.
type bodyIn struct {
	path    string
	purpose []string // the body's own; empty when it has none
	typ     string
	value   string
	text    bool // value is a string
	format  string
	field   string            // whosaid:field
	speaker *annotate.Speaker // whosaid:speaker
	iri     string            // a body given by IRI only
	raw     json.RawMessage   // the body as written, for keeping it verbatim
}

// targetIn is one target as read.
type targetIn struct {
	path      string
	source    string
	selectors []selectorIn
}

// selectorIn is one selector as read. ok is false for a text selector too
// broken to use (the reason was reported); other selector types only have
// their type.
type selectorIn struct {
	path      string
	typ       string
	ok        bool
	q         *quote
	pos       *position
	refinedBy *selectorIn
}

// quote and position are the two selectors whosaid reads.
type quote struct {
	exact, prefix, suffix string
	hasPrefix, hasSuffix  bool
}

type position struct{ start, end int }

// isText tells whether a selector is one whosaid can place a claim with.
func (s *selectorIn) isText() bool {
	return s.typ == "TextQuoteSelector" || s.typ == "TextPositionSelector"
}

// hasText tells whether the selector or one refining it is a text selector.
func (s *selectorIn) hasText() bool {
	for x := s; x != nil; x = x.refinedBy {
		if x.isText() {
			return true
		}
	}
	return false
}

// newRecord starts the record of the annotation v at path; false, said,
// when v is not an object.
func (im *importer) newRecord(v any, path string) (record, object, bool) {
	rec := record{path: path, index: im.cur}
	a, ok := v.(object)
	if !ok {
		im.warn(path, "not an annotation (%s): left out", kind(v))
	}
	return rec, a, ok
}
