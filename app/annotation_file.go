package main

import (
	"bytes"
	"encoding/json"
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/anchor"
	"whosaid/annotate/w3c"
)

// importResult is an annotation file read for the open article.
type importResult struct {
	Set       *annotate.Set
	Format    string // "whosaid JSON" or "W3C Web Annotation"
	Reanchor  bool   // the file was made on a different text
	Summary   string // the re-anchoring tally, when Reanchor
	Orphans   int    // claims that could not be placed
	FileTitle string
}

// readAnnotationFile reads a native or W3C annotation file and puts its
// claims on doc. A file made on another text (a different document id) is
// re-anchored: claims that cannot be placed confidently are kept as
// orphans for the user to place or discard. Problems are listed in full.
func readAnnotationFile(name string, data []byte, doc annotate.Document) (importResult, error) {
	var res importResult
	set, isNative, err := decodeIfNative(data)
	if isNative {
		res.Format = "whosaid JSON"
	} else {
		res.Format = "W3C Web Annotation"
		set, err = w3c.Import(data, &doc)
	}
	if err != nil {
		return res, fmt.Errorf("%s (%s): %w", name, res.Format, err)
	}
	res.FileTitle = set.Document.Title
	if set.Document.ID != doc.ID {
		var rep anchor.Report
		set, rep = anchor.Reanchor(set, doc)
		res.Reanchor = true
		res.Summary = rep.Summary()
		res.Orphans = rep.Counts()[anchor.Orphan]
	}
	res.Set = set
	return res, nil
}

// isNativeFile tells a native file (a top-level "format" and "document")
// from W3C JSON-LD (which has "@context" and no "format").
func isNativeFile(data []byte) bool {
	var head map[string]json.RawMessage
	if json.Unmarshal(bytes.TrimPrefix(data, []byte("\uFEFF")), &head) != nil {
		return false
	}
	_, hasFormat := head["format"]
	_, hasDoc := head["document"]
	_, hasContext := head["@context"]
	return hasFormat && hasDoc && !hasContext
}
