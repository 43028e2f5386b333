package cli

import (
	"flag"
	"fmt"

	"whosaid/annotate"
)

func init() {
	commands["validate"] = command{
		usage: "[--text ARTICLE [--format txt|md|html]] FILE…",
		summary: "Checks annotation files (native JSON or W3C, told apart by content). Every problem is\n" +
			"printed to stderr with the file name and where in the file it is; each good file gets an\n" +
			"\"ok\" line on stdout. --text supplies the article for W3C files that do not carry it.\n" +
			"Exit status 1 if any file has a problem.",
		run: runValidate,
	}
}

func runValidate(e *env, args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	textFile := fs.String("text", "", "article for W3C files without their document")
	format := fs.String("format", "", "article format when it cannot be told from the name")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagError(e, "validate", err)
	}
	if len(files) == 0 {
		return usageError(e, "validate", "no file given")
	}
	var text *annotate.Document
	if *textFile != "" {
		doc, err := e.loadArticle(*textFile, *format)
		if err != nil {
			e.printProblems(*textFile, err)
			return ExitProblem
		}
		text = &doc
	}
	status := ExitOK
	for _, f := range files {
		s, kind, err := e.loadSet(f, text)
		if err != nil {
			e.printProblems(f, err)
			status = ExitProblem
			continue
		}
		fmt.Fprintf(e.stdout, "%s: ok (%s, %d speakers, %d claims)\n", displayName(f), kind, len(s.Speakers), len(s.Claims))
	}
	return status
}

// flagError reports a bad flag; -h prints the command's help instead.
func flagError(e *env, name string, err error) int {
	if err == flag.ErrHelp {
		return help(e, []string{name})
	}
	return usageError(e, name, "%v", err)
}
