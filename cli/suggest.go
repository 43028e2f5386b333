package cli

import (
	"flag"
	"fmt"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/annotate/suggest"
)

func init() {
	commands["suggest"] = command{
		usage: "[--format txt|md|html] [--high] FILE",
		summary: "Runs the attribution assistant on an article (.txt, .md, .html) and prints the proposed\n" +
			"claims, speakers and cues as a native annotation set. --high keeps only high-confidence\n" +
			"suggestions; otherwise low-confidence ones carry the tag \"low-confidence\". A summary goes\n" +
			"to stderr.",
		run: runSuggest,
	}
}

func runSuggest(e *env, args []string) int {
	fs := flag.NewFlagSet("suggest", flag.ContinueOnError)
	format := fs.String("format", "", "article format when it cannot be told from the name")
	high := fs.Bool("high", false, "only high-confidence suggestions")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagError(e, "suggest", err)
	}
	if len(files) != 1 {
		return usageError(e, "suggest", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(files[0], *format)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	r := suggest.Suggest(doc)
	set := suggest.ToSet(doc, r, *high)
	now := time.Now().UTC().Truncate(time.Second)
	for i := range set.Claims {
		set.Claims[i].Created, set.Claims[i].Modified, set.Claims[i].Creator = now, now, "whosaid suggest"
	}
	if err := annotate.Validate(set); err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	out, err := native.Encode(set)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "whosaid suggest: writing output: %v\n", err)
		return ExitProblem
	}
	highN := 0
	for _, s := range r.Suggestions {
		if s.High() {
			highN++
		}
	}
	fmt.Fprintf(e.stderr, "%d suggestions (%d high-confidence), %d speakers\n", len(set.Claims), highN, len(set.Speakers))
	return ExitOK
}
