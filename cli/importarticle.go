package cli

import (
	"bytes"
	"encoding/json"
	"flag"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

func init() {
	commands["import-article"] = command{
		usage: "[--format txt|md|html] [--set] [--strict] FILE",
		summary: "Imports an article (.txt, .text, .md, .markdown, .html, .htm) and prints its document\n" +
			"JSON: id, metadata and blocks. --set prints an empty native annotation set on it instead,\n" +
			"ready to annotate. --format is needed for stdin (\"-\"). For plain text, every way the\n" +
			"document's text differs from the file's characters (which moves positions counted in the\n" +
			"file) is printed as a warning; --strict makes warnings fail.",
		run: runImportArticle,
	}
}

func runImportArticle(e *env, args []string) int {
	fs := flag.NewFlagSet("import-article", flag.ContinueOnError)
	format := fs.String("format", "", "article format when it cannot be told from the name")
	asSet := fs.Bool("set", false, "print an empty annotation set instead of the document")
	strictFlag(fs, e)
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagError(e, "import-article", err)
	}
	if len(files) != 1 {
		return usageError(e, "import-article", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(files[0], *format)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	var out []byte
	if *asSet {
		out, err = native.Encode(annotate.NewSet(doc))
	} else {
		out, err = marshalJSON(doc)
	}
	if err != nil {
		return e.printProblems(files[0], err)
	}
	return e.done(e.write("import-article", out))
}

// marshalJSON is indented JSON with a final newline and without escaping
// <, > and & (the output is data, not HTML).
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
