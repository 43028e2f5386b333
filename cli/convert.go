package cli

import (
	"flag"
	"fmt"
	"sort"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// encoders are the output formats of convert.
var encoders = map[string]func(*annotate.Set) ([]byte, error){
	"json": native.Encode,
	"w3c":  w3c.Export,
	"csv":  csvexport.Export,
}

func encoderNames() string {
	names := make([]string, 0, len(encoders))
	for n := range encoders {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, "|")
}

func init() {
	commands["convert"] = command{
		usage: "--to json|w3c|csv [--text ARTICLE [--format txt|md|html]] FILE",
		summary: "Writes an annotation file (native JSON or W3C) to stdout in another format: json (native),\n" +
			"w3c (Web Annotation JSON-LD) or csv (one row per claim, spreadsheet-safe). --text supplies the\n" +
			"article when the input does not carry its text (e.g. a W3C file from another tool); if the\n" +
			"input does carry it, it must be the same text (use reanchor to move onto a new text).",
		run: runConvert,
	}
}

func runConvert(e *env, args []string) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	to := fs.String("to", "", "output format")
	textFile := fs.String("text", "", "article for inputs without their document")
	format := fs.String("format", "", "article format when it cannot be told from the name")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagError(e, "convert", err)
	}
	encode, ok := encoders[*to]
	switch {
	case *to == "":
		return usageError(e, "convert", "--to is required (%s)", encoderNames())
	case !ok:
		return usageError(e, "convert", "unknown output format %q (%s)", *to, encoderNames())
	case len(files) != 1:
		return usageError(e, "convert", "want exactly one FILE, got %d", len(files))
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
	s, _, err := e.loadSet(files[0], text)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	if text != nil && s.Document.ID != text.ID {
		e.printProblems(files[0], fmt.Errorf("its document (%s) is not the text of %s (%s); use reanchor to move the annotations onto that text",
			s.Document.ID, displayName(*textFile), text.ID))
		return ExitProblem
	}
	out, err := encode(s)
	if err != nil {
		e.printProblems(files[0], err)
		return ExitProblem
	}
	if _, err := e.stdout.Write(out); err != nil {
		fmt.Fprintf(e.stderr, "whosaid convert: writing output: %v\n", err)
		return ExitProblem
	}
	return ExitOK
}
