// Package annotate is the whosaid domain: documents, spans and offsets,
// speakers, claims, undoable operations, validation, and the three-way
// merge of two devices' copies, which keeps both sides of a conflict on
// the claim (conflict.go, merge.go).
// It is pure Go (no syscall/js, no net/http) so that the browser app, the
// server and the command line share exactly the same rules.
//
// Offsets are Unicode code points into Document.Text(), end exclusive,
// as in the W3C Web Annotation model. Convert browser (UTF-16) and Go (byte)
// offsets at the edges with the helpers in offsets.go.
package annotate
