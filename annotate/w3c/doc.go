// Package w3c exports an annotation set as W3C Web Annotation JSON-LD and
// imports such files back, both our own exports (losslessly) and the
// simpler files other tools write.
//
// An export is one AnnotationCollection whose embedded first
// AnnotationPage holds one Annotation per claim, in set order. Everything
// the W3C model has no place for (claim and speaker ids, full speaker
// records, cue and mention spans, the orphan flag, the document itself) is
// kept under the "whosaid:" extension prefix. docs/w3c.md documents the
// mapping.
package w3c
