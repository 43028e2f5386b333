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
		usage: "--text NEW_ARTICLE [--format txt|md|html] FILE",
		summary: "Moves an annotation set (native JSON, or W3C carrying its document) onto a new version\n" +
			"of its article and prints the result as native JSON. Claims that cannot be placed with\n" +
			"confidence are kept and marked orphan. A summary \"N exact, N moved, N fuzzy, N orphan\"\n" +
			"goes to stderr.",
		run: runReanchor,
	}
}

func runReanchor(e *env, args []string) int {
	fs := flag.NewFlagSet("reanchor", flag.ContinueOnError)
	textFile := fs.String("text", "", "the new article")
	format := fs.String("format", "", "article format when it cannot be told from the name")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagError(e, "reanchor", err)
	}
	switch {
	case *textFile == "":
		return usageError(e, "reanchor", "--text is required")
	case len(files) != 1:
		return usageError(e, "reanchor", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(*textFile, *format)
	if err != nil {
		e.printProblems(*textFile, err)
		return ExitProblem
	}
	s, _, err := e.loadSet(files[0], nil)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	moved, report := anchor.Reanchor(s, doc)
	if err := annotate.Validate(moved); err != nil {
		fmt.Fprintf(e.stderr, "%s: the re-anchored set is invalid:\n", displayName(files[0]))
		e.printProblems(files[0], err)
		return ExitProblem
	}
	out, err := native.Encode(moved)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "whosaid reanchor: writing output: %v\n", err)
		return ExitProblem
	}
	fmt.Fprintln(e.stderr, report.Summary())
	return ExitOK
}
