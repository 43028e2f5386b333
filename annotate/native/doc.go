// Package native reads and writes whosaid's own file format: the
// annotate.Set as indented JSON. See docs/format.md.
//
// Decode is strict: it never panics, never returns a half-loaded set, and
// reports every problem it finds (as annotate.Problems) with a line and
// column for JSON syntax and a field path for everything else. Files in an
// older format version are migrated; newer ones are refused.
package native
