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
		short: "propose the claims, speakers and cues of an article (the attribution assistant)",
		summary: "Runs the attribution assistant on an article (.txt, .md, .html) and prints the proposed\n" +
			"claims, speakers and cues as a whosaid annotation set; low-confidence ones carry the tag\n" +
			"\"low-confidence\". A summary goes to stderr.",
		flags: suggestFlags,
	}
}

func suggestFlags(fs *flag.FlagSet, e *env) func([]string) int {
	format := formatFlag(fs)
	high := fs.Bool("high", false, "keep only the high-confidence suggestions")
	return func(files []string) int { return runSuggest(e, files, *format, *high) }
}

func runSuggest(e *env, files []string, format string, high bool) int {
	if len(files) != 1 {
		return usageError(e, "suggest", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(files[0], format)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	r := suggest.Suggest(doc)
	set := suggest.ToSet(doc, r, high)
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
