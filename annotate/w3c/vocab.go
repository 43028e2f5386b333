package w3c

import (
	"encoding/json"
	"net/url"
	"strings"

	"whosaid/annotate"
)

// The W3C terms and our extension terms used on the wire.
const (
	AnnoContext = "http://www.w3.org/ns/anno.jsonld"
	// Namespace is the IRI the "whosaid:" prefix expands to.
	Namespace = "urn:whosaid:ns#"

	// Motivation of every exported annotation: it classifies a stretch of
	// text as a claim made by someone.
	Motivation = "classifying"

	PurposeSpeaker = "identifying" // body naming the speaker
	PurposeClass   = "classifying" // attribution type and claim kind
	PurposeNote    = "commenting"  // the free-text note
	PurposeTag     = "tagging"     // one body per tag

	// Values of "whosaid:field" on classifying bodies.
	FieldAttribution = "attribution"
	FieldKind        = "kind"
)

// ldContext is the @context of every exported object: the W3C context plus
// our prefix. The structured extension values are JSON literals (JSON-LD
// 1.1 "@json") so a JSON-LD processor keeps them whole. It is repeated in
// every annotation, so it is written once here.
var ldContext = json.RawMessage(`["` + AnnoContext + `", {"@version": 1.1, "whosaid": "` + Namespace + `",
	"whosaid:document": {"@type": "@json"}, "whosaid:speakers": {"@type": "@json"},
	"whosaid:speaker": {"@type": "@json"}, "whosaid:cue": {"@type": "@json"}, "whosaid:mentions": {"@type": "@json"}}]`)

// DocumentURI names the annotated document: its source URL if it has one,
// else a URN made from its content hash, "urn:whosaid:doc:sha256:…".
func DocumentURI(d *annotate.Document) string {
	if u, err := url.Parse(d.SourceURL); err == nil && u.IsAbs() {
		return d.SourceURL
	}
	return "urn:whosaid:doc:" + docID(d)
}

func docID(d *annotate.Document) string {
	if d.ID != "" {
		return d.ID
	}
	return annotate.DocumentID(d.Text())
}

// collectionURI and annotationURI are stable names derived from the
// document hash and the claim id, so re-exporting gives the same ids.
func collectionURI(d *annotate.Document) string {
	return "urn:whosaid:annotations:" + docID(d)
}

func annotationURI(d *annotate.Document, claimID string) string {
	return collectionURI(d) + ":claim:" + url.PathEscape(claimID)
}

// oneOf tells whether v is one of the values.
func oneOf[T ~string](v string, values []T) bool {
	for _, x := range values {
		if string(x) == v {
			return true
		}
	}
	return false
}

// startsWithQuoteMark tells whether a quote opens like a verbatim quotation.
func startsWithQuoteMark(s string) bool {
	return strings.ContainsAny(firstRune(s), "\"“„«‘‚'")
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}
