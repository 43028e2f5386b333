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
		usage: "--to json|w3c|csv [--flat] [--utf16] [--strict] [--text ARTICLE] FILE",
		short: "write an annotation file as whosaid JSON, W3C Web Annotation or CSV",
		summary: "Writes an annotation file (whosaid JSON, W3C, Hypothesis or Annotorious/Recogito JSON) to\n" +
			"stdout in another format: json (whosaid), w3c (Web Annotation JSON-LD) or csv (one row per\n" +
			"claim, spreadsheet-safe). When the input carries its text it must be the text of --text, if\n" +
			"given (use reanchor to move annotations onto a new text). What reading the input changed,\n" +
			"approximated or left out is printed as warnings.",
		flags: convertFlags,
	}
}

// convertOptions are convert's flags.
type convertOptions struct {
	to, textFile, format string
	flat, utf16          bool
}

func convertFlags(fs *flag.FlagSet, e *env) func([]string) int {
	var o convertOptions
	fs.StringVar(&o.to, "to", "", "the output `format`: json (whosaid), w3c (Web Annotation JSON-LD) or csv")
	fs.BoolVar(&o.flat, "flat", false, "w3c: a plain array of annotations, as Recogito, Annotorious and most JavaScript tools load")
	fs.BoolVar(&o.utf16, "utf16", false, "w3c: count positions in UTF-16 units, as JavaScript does (the W3C model counts code points)")
	fs.StringVar(&o.textFile, "text", "", "the `article` (.txt, .md, .html), for an input that does not carry its text (another tool's file)")
	fs.StringVar(&o.format, "format", "", "the article's `format`: txt, md or html (default: told from the file name; needed for stdin)")
	strictFlag(fs, e)
	return func(files []string) int { return runConvert(e, files, o) }
}

func runConvert(e *env, files []string, o convertOptions) int {
	encode, ok := encoders[o.to]
	switch {
	case o.to == "":
		return usageError(e, "convert", "--to is required (%s)", encoderNames())
	case !ok:
		return usageError(e, "convert", "unknown output format %q (%s)", o.to, encoderNames())
	case (o.flat || o.utf16) && o.to != "w3c":
		return usageError(e, "convert", "--flat and --utf16 are for --to w3c")
	case len(files) != 1:
		return usageError(e, "convert", "want exactly one FILE, got %d", len(files))
	}
	var text *annotate.Document
	if o.textFile != "" {
		doc, err := e.loadArticle(o.textFile, o.format)
		if err != nil {
			return e.printProblems(o.textFile, err)
		}
		text = &doc
	}
	s, _, err := e.loadSet(files[0], text)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	if text != nil && s.Document.ID != text.ID {
		return e.printProblems(files[0], fmt.Errorf("its document (%s) is not the text of %s (%s); use reanchor to move the annotations onto that text",
			s.Document.ID, displayName(o.textFile), text.ID))
	}
	if o.to != "json" {
		e.warn(files[0], annotate.VersionsLeftOut(s))
	}
	out, err := encode(s, w3c.Options{Flat: o.flat, UTF16: o.utf16})
	if err != nil {
		return e.printProblems(files[0], err)
	}
	return e.done(e.write("convert", out))
}
