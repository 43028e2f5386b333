// Package load reads an annotation file of any format whosaid knows —
// whosaid JSON, W3C Web Annotation, Hypothesis API JSON, Annotorious /
// Recogito JSON — told apart by annotate/detect. The command line and the
// browser both read files through it, so a file means the same to both.
package load

import (
	"whosaid/annotate"
	"whosaid/annotate/detect"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// File is an annotation file read into a set.
type File struct {
	Set    *annotate.Set
	Format detect.Format
	// Warnings list what the import changed, approximated or left out,
	// each at its path in the file. A whosaid file has none: it is read
	// whole or not at all.
	Warnings annotate.Problems
}

// Read reads an annotation file. doc is the article, for files that do not
// carry their text (another tool's); nil when there is none. Problems come
// back as annotate.Problems, every one found; a file that is no annotation
// file at all gets one saying what it is instead ("an empty list: there are
// no annotations in it").
func Read(data []byte, doc *annotate.Document) (File, error) {
	det := detect.Detect(data)
	f := File{Format: det.Format}
	var err error
	switch det.Format {
	case detect.Native:
		f.Set, err = native.Decode(data)
	case detect.W3C:
		f.Set, f.Warnings, err = w3c.Read(data, doc)
	case detect.Hypothesis:
		f.Set, f.Warnings, err = w3c.ReadHypothesis(data, doc)
	case detect.Annotorious:
		f.Set, f.Warnings, err = w3c.ReadAnnotorious(data, doc)
	default:
		return f, annotate.Problems{{Message: det.Reason}}
	}
	if err != nil {
		return File{Format: det.Format}, err
	}
	return f, nil
}
