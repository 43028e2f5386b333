package cli

import (
	"flag"
	"fmt"

	"whosaid/annotate"
)

func init() {
	commands["validate"] = command{
		usage: "[--strict] [--text ARTICLE] FILE…",
		short: "check annotation files: every problem, with where it is, in one pass",
		summary: "Checks annotation files (whosaid JSON, W3C, Hypothesis or Annotorious/Recogito JSON, told\n" +
			"apart by content). Every problem of a file is printed to stderr in one go, with the file name\n" +
			"and where in the file it is; what reading another tool's file would change, approximate or\n" +
			"leave out is printed as a warning. Each good file gets an \"ok\" line on stdout.\n" +
			"Exit status: 0 every file ok, 1 a file has problems (or warnings, with --strict), 2 a file\n" +
			"cannot be read.",
		flags: validateFlags,
	}
}

func validateFlags(fs *flag.FlagSet, e *env) func([]string) int {
	textFile := fs.String("text", "", "the `article` (.txt, .md, .html) for files that do not carry their text")
	format := formatFlag(fs)
	strictFlag(fs, e)
	return func(files []string) int { return runValidate(e, files, *textFile, *format) }
}

func runValidate(e *env, files []string, textFile, format string) int {
	if len(files) == 0 {
		return usageError(e, "validate", "no file given")
	}
	var text *annotate.Document
	if textFile != "" {
		doc, err := e.loadArticle(textFile, format)
		if err != nil {
			return e.printProblems(textFile, err)
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
