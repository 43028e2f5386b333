package cli

import (
	"flag"
	"fmt"

	"whosaid/annotate"
)

func init() {
	commands["validate"] = command{
		usage: "[--strict] [--text ARTICLE [--format txt|md|html]] FILE…",
		summary: "Checks annotation files (whosaid JSON, W3C, Hypothesis or Annotorious/Recogito JSON, told\n" +
			"apart by content). Every problem of a file is printed to stderr in one go, with the file name\n" +
			"and where in the file it is; what reading another tool's file would change, approximate or\n" +
			"leave out is printed as a warning. Each good file gets an \"ok\" line on stdout. --text\n" +
			"supplies the article for files that do not carry it.\n" +
			"Exit status: 0 every file ok, 1 a file has problems (or warnings, with --strict), 2 a file\n" +
			"cannot be read.",
		run: runValidate,
	}
}

func runValidate(e *env, args []string) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	textFile := fs.String("text", "", "article for files without their document")
	format := fs.String("format", "", "article format when it cannot be told from the name")
	strictFlag(fs, e)
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
			return e.printProblems(*textFile, err)
		}
		text = &doc
	}
	status := ExitOK
	for _, f := range files {
		before := e.warnings
		s, format, err := e.loadSet(f, text)
		if err != nil {
			status = max(status, e.printProblems(f, err))
			continue
		}
		warned := ""
		if n := e.warnings - before; n > 0 {
			warned = fmt.Sprintf(", %d warnings", n)
		}
		fmt.Fprintf(e.stdout, "%s: ok (%s, %d speakers, %d claims%s)\n", displayName(f), format, len(s.Speakers), len(s.Claims), warned)
	}
	return e.done(status)
}

// flagError reports a bad flag; -h prints the command's help instead.
func flagError(e *env, name string, err error) int {
	if err == flag.ErrHelp {
		return help(e, []string{name})
	}
	return usageError(e, name, "%v", err)
}
