package article

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// The fuzz targets check what every importer promises: no panic, and a
// document with blocks and a matching content id whenever there is no error.

func fuzzSeeds(f *testing.F, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
}

func FuzzHTML(f *testing.F) {
	fuzzSeeds(f, newsPage, "<p>a</p>", "<article><header><h1>x", "<table><td>1<td>2", "<p>&#0;&#x1F600;</p>",
		"<title>t</title>", "<svg><p>x</p></svg><math><mi>y", "<div hidden><p>x</p></div>y", "\xff")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := HTML(data, annotate.Document{})
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzMarkdown(f *testing.F) {
	fuzzSeeds(f, "# H\n\ntext", "> > q\nlazy", "- a\n  b\n1. c", "```\ncode", "![a](b \"c\")\n*d*",
		"---\ntitle: x\n---\n", "**a *b* c**", "[a](b(c)d) `x` \\* __u__", "Setext\n===", "&amp;&#0;")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Markdown(data, annotate.Document{})
		if err == nil {
			checkDoc(t, d)
		}
	})
}

func FuzzText(f *testing.F) {
	fuzzSeeds(f, "Head\n\nBody.", "a\r\nb\r\rc", "Cafe\u0301\n\u0301x", " \u00a0\n\n\ty", "Photo: AP\n\nX Y\n\nA b. C/AP")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, changes, err := ReadText(data, annotate.Document{})
		if err != nil {
			return
		}
		checkDoc(t, d)
		// Nothing changes silently: without a reported change, the text is
		// the file's characters (less a byte-order mark and the white space
		// after the last line).
		file := strings.TrimRightFunc(strings.TrimPrefix(string(data), "\uFEFF"), unicode.IsSpace)
		if len(changes) == 0 && d.Text() != file {
			t.Errorf("text changed without a word:\nfile %q\ntext %q", file, d.Text())
		}
		// Plain text is never lost: the same words come out.
		if diff := cmp.Diff(words(string(data)), words(d.Text())); diff != "" {
			t.Errorf("words changed (-in +out):\n%s", diff)
		}
	})
}
