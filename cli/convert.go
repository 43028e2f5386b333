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
var encoders = map[string]func(*annotate.Set, w3c.Options) ([]byte, error){
	"json": func(s *annotate.Set, _ w3c.Options) ([]byte, error) { return native.Encode(s) },
	"w3c":  w3c.ExportWith,
	"csv":  func(s *annotate.Set, _ w3c.Options) ([]byte, error) { return csvexport.Export(s) },
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
		usage: "--to json|w3c|csv [--flat] [--utf16] [--strict] [--text ARTICLE [--format txt|md|html]] FILE",
		summary: "Writes an annotation file (whosaid JSON, W3C, Hypothesis or Annotorious/Recogito JSON) to\n" +
			"stdout in another format: json (whosaid), w3c (Web Annotation JSON-LD) or csv (one row per\n" +
			"claim, spreadsheet-safe). --text supplies the article when the input does not carry its text\n" +
			"(another tool's file); if the input does carry it, it must be the same text (use reanchor to\n" +
			"move onto a new text). For w3c: --flat writes a plain array of annotations, as Recogito,\n" +
			"Annotorious and most JavaScript tools load; --utf16 counts positions in UTF-16 units, as\n" +
			"JavaScript does (the W3C model counts code points). What reading the input changed,\n" +
			"approximated or left out is printed as warnings; --strict makes them fail the command.",
		run: runConvert,
	}
}

func runConvert(e *env, args []string) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	to := fs.String("to", "", "output format")
	flat := fs.Bool("flat", false, "w3c: a plain array of annotations")
	utf16 := fs.Bool("utf16", false, "w3c: positions in UTF-16 units")
	textFile := fs.String("text", "", "article for inputs without their document")
	format := fs.String("format", "", "article format when it cannot be told from the name")
	strictFlag(fs, e)
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
	case (*flat || *utf16) && *to != "w3c":
		return usageError(e, "convert", "--flat and --utf16 are for --to w3c")
	case len(files) != 1:
		return usageError(e, "convert", "want exactly one FILE, got %d", len(files))
	}
	var text *annotate.Document
	if *textFile != "" {
		doc, err := e.loadArticle(*textFile, *format)
		if err != nil {
			return e.printProblems(*textFile, err)
		}
		text = &doc
	}
	s, _, err := e.loadSet(files[0], text)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	if text != nil && s.Document.ID != text.ID {
		return e.printProblems(files[0], fmt.Errorf("its document (%s) is not the text of %s (%s); use reanchor to move the annotations onto that text",
			s.Document.ID, displayName(*textFile), text.ID))
	}
	if *to != "json" {
		e.warn(files[0], annotate.VersionsLeftOut(s))
	}
	out, err := encode(s, w3c.Options{Flat: *flat, UTF16: *utf16})
	if err != nil {
		return e.printProblems(files[0], err)
	}
	return e.done(e.write("convert", out))
}
