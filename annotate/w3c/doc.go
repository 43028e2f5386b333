// Package w3c exports an annotation set as W3C Web Annotation JSON-LD and
// imports such files back: our own exports (losslessly), and the files
// other tools write — any W3C shape, Hypothesis' API JSON and Annotorious /
// Recogito JSON, which are the W3C model in other words.
//
// An export is one AnnotationCollection whose embedded first
// AnnotationPage holds one Annotation per claim, in set order (or, with
// Options.Flat, a plain array of them). Everything the W3C model has no
// place for (claim and speaker ids, full speaker records, cue and mention
// spans, the orphan flag, the document itself) is kept under the
// "whosaid:" extension prefix.
//
// An import reads each format into records (records.go) and turns records
// into claims by one set of rules (assemble.go): placing the quote
// (place.go, locate.go, offsets.go, source.go) and reading the bodies
// (bodies.go). Whatever it changes, approximates or leaves out is a
// warning at its path in the file; nothing is invented (an unset label
// stays unset) and an imported annotation's identity is kept in the
// claim's origin for export. docs/w3c.md documents all of it.
package w3c
