// Package detect tells annotation file formats apart by their content: a
// whosaid file, W3C Web Annotation JSON-LD, Hypothesis API JSON or
// Annotorious / Recogito JSON — or why a file is none of them ("an empty
// list", "not JSON"). It is the one place that decides, for the command
// line, the browser and the server alike.
//
// Detection reads the top-level keys (of the object, or of an array's
// first element) without decoding the values, so it costs little even on
// a large file; the format's reader then checks everything.
package detect
