package cli

import (
	"flag"
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/anchor"
	"whosaid/annotate/native"
)

func init() {
	commands["reanchor"] = command{
		usage: "--text NEW_ARTICLE [--strict] FILE",
		short: "move annotations onto an edited version of their article",
		summary: "Moves an annotation set (whosaid JSON, or another format carrying its document) onto a new\n" +
			"version of its article and prints the result as whosaid JSON. Claims that cannot be placed\n" +
			"with confidence are kept and marked orphan; each is a warning on stderr saying why. A summary\n" +
			"\"N exact, N moved, N fuzzy, N orphan\" ends stderr.",
		flags: reanchorFlags,
	}
}

func reanchorFlags(fs *flag.FlagSet, e *env) func([]string) int {
	textFile := fs.String("text", "", "the new version of the `article` (.txt, .md, .html); required")
	format := formatFlag(fs)
	strictFlag(fs, e)
	return func(files []string) int { return runReanchor(e, files, *textFile, *format) }
}

func runReanchor(e *env, files []string, textFile, format string) int {
	switch {
	case textFile == "":
		return usageError(e, "reanchor", "--text is required")
	case len(files) != 1:
		return usageError(e, "reanchor", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(textFile, format)
	if err != nil {
		return e.printProblems(textFile, err)
	}
	s, _, err := e.loadSet(files[0], nil)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	moved, report := anchor.Reanchor(s, doc)
	if err := annotate.Validate(moved); err != nil {
		fmt.Fprintf(e.stderr, "%s: the re-anchored set is invalid:\n", displayName(files[0]))
		return e.printProblems(files[0], err)
	}
	var orphans annotate.Problems
	for i, r := range report.Results {
		if r.Method == anchor.Orphan && !s.Claims[i].Orphan {
			orphans.Add(fmt.Sprintf("claims[%d]", i), "claim %q not placed: %s", r.ClaimID, r.Reason)
		}
	}
	e.warn(files[0], orphans)
	out, err := native.Encode(moved)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	status := e.write("reanchor", out)
	fmt.Fprintln(e.stderr, report.Summary())
	return e.done(status)
}
