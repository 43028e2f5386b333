package annotator

import (
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/anchor"
	"whosaid/annotate/load"
	"whosaid/app/wording"
)

// importResult is an annotation file read for the open article.
type importResult struct {
	Set       *annotate.Set
	Format    string // "whosaid JSON", "Hypothesis API JSON"…
	Reanchor  bool   // the file was made on a different text
	Summary   string // the re-anchoring tally, when Reanchor
	Orphans   int    // claims that could not be placed
	FileTitle string
	// Warnings say what reading the file changed, approximated or left
	// out, each "PATH: MESSAGE": the user sees them before importing.
	Warnings []string
	// Unplaced say why each orphan could not be placed (it is kept).
	Unplaced []string
}

// readAnnotationFile reads an annotation file in any format whosaid knows
// (annotate/load: the same reader as the command line) and puts its claims
// on doc. A file made on another text (a different document id) is
// re-anchored: claims that cannot be placed confidently are kept as
// orphans for the user to place or discard. Problems are listed in full.
func readAnnotationFile(name string, data []byte, doc annotate.Document) (importResult, error) {
	var res importResult
	f, err := load.Read(data, &doc)
	res.Format = f.Format.Name()
	if err != nil {
		if f.Format == "" {
			return res, fmt.Errorf("%s: %w", name, err)
		}
		return res, fmt.Errorf("%s (%s): %w", name, res.Format, err)
	}
	set := f.Set
	res.Warnings = wording.ProblemLines(f.Warnings)
	res.FileTitle = set.Document.Title
	if set.Document.ID != doc.ID {
		moved, rep := anchor.Reanchor(set, doc)
		res.Reanchor = true
		res.Summary = rep.Summary()
		res.Orphans = rep.Counts()[anchor.Orphan]
		for i, r := range rep.Results {
			if r.Method == anchor.Orphan && !set.Claims[i].Orphan {
				res.Unplaced = append(res.Unplaced, fmt.Sprintf("claim %q not placed in this text: %s", r.ClaimID, r.Reason))
			}
		}
		set = moved
	}
	res.Set = set
	return res, nil
}
