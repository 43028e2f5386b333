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
		short: "turn an article (.txt, .md, .html) into a whosaid document",
		summary: "Imports an article (.txt, .text, .md, .markdown, .html, .htm) and prints its document\n" +
			"JSON: id, metadata and blocks. For plain text, every way the document's text differs from\n" +
			"the file's characters (which moves positions counted in the file) is printed as a warning.",
		flags: importArticleFlags,
	}
}

func importArticleFlags(fs *flag.FlagSet, e *env) func([]string) int {
	format := formatFlag(fs)
	asSet := fs.Bool("set", false, "print an empty whosaid annotation set on the article instead, ready to annotate")
	strictFlag(fs, e)
	return func(files []string) int { return runImportArticle(e, files, *format, *asSet) }
}

func runImportArticle(e *env, files []string, format string, asSet bool) int {
	if len(files) != 1 {
		return usageError(e, "import-article", "want exactly one FILE, got %d", len(files))
	}
	doc, err := e.loadArticle(files[0], format)
	if err != nil {
		return e.printProblems(files[0], err)
	}
	var out []byte
	if asSet {
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
