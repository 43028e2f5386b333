package article

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []annotate.Block
	}{
		{
			name: "ATX headline, subheading, inline markup",
			in: "# Mayor *Resigns* #\n\nThe **mayor** said [on Monday](https://x.test/a_(b) \"t\") that she\n" +
				"would _go_, see <https://x.test>.\n\n## What next\n\nMore `**code**` and \\*stars\\* &amp; snake_case_name.\n",
			want: []annotate.Block{
				B(hl, "Mayor Resigns"),
				B(par, "The mayor said on Monday that she would go, see https://x.test."),
				B(oth, "What next"),
				B(par, "More **code** and *stars* & snake_case_name."),
			},
		},
		{
			name: "Setext headings and a rule",
			in:   "Mayor Resigns\n=============\n\nBy Jane Doe\n\n***\n\nText.\n\nLater\n-----\n\nEnd.",
			want: []annotate.Block{B(hl, "Mayor Resigns"), B(byl, "By Jane Doe"), B(par, "Text."), B(oth, "Later"), B(par, "End.")},
		},
		{
			name: "heading after text is not the headline",
			in:   "Intro text.\n\n# Heading",
			want: []annotate.Block{B(par, "Intro text."), B(oth, "Heading")},
		},
		{
			name: "images and captions",
			in: "![Waves hit the pier](pier.jpg \"The pier\")\n*Waves hit the pier on Monday.*\n\n" +
				"![](storm.jpg \"Storm clouds\")\n\nNormal text with ![an icon](i.png) inside.\n\n" +
				"![Map](m.png)\n\nAfter the map, a paragraph.",
			want: []annotate.Block{
				B(cap, "Waves hit the pier"), B(cap, "Waves hit the pier on Monday."),
				B(cap, "Storm clouds"),
				B(par, "Normal text with an icon inside."),
				B(cap, "Map"), B(par, "After the map, a paragraph."),
			},
		},
		{
			name: "block quotes, nested, lazy continuation",
			in:   "> “We agreed,” he said,\nlazily continued.\n>\n> > Nested **quote**.\n\nAfter.",
			want: []annotate.Block{B(par, "“We agreed,” he said, lazily continued."), B(par, "Nested quote."), B(par, "After.")},
		},
		{
			name: "lists",
			in:   "Points:\n\n- first\n  continued\n* second\n1. third\n2) fourth\n\nThe year ended in\n2024. Then more.",
			want: []annotate.Block{
				B(par, "Points:"), B(par, "first continued"), B(par, "second"), B(par, "third"), B(par, "fourth"),
				B(par, "The year ended in 2024. Then more."),
			},
		},
		{
			name: "fenced code keeps lines, reference links",
			in:   "See [the report][r].\n\n[r]: https://x.test/r\n\n```go\nx := 1\n\ny := 2\n```\n",
			want: []annotate.Block{B(par, "See the report."), B(oth, "x := 1\ny := 2")},
		},
		{
			name: "front matter, inline HTML, non-ASCII",
			in:   "---\ntitle: \"Überschrift\"\nauthor: Zoë\n---\n# Überschrift 🎉\n\nZoë <b>said</b> <!-- note --> “ça va” — ok.",
			want: []annotate.Block{B(hl, "Überschrift 🎉"), B(par, "Zoë said “ça va” — ok.")},
		},
		{
			name: "code spans: same-length runs pair, unmatched runs are literal",
			in:   "Use ``a ` b`` and ` lone, ```x``` then `` odd.",
			want: []annotate.Block{B(par, "Use a ` b and ` lone, x then `` odd.")},
		},
		{
			name: "table",
			in:   "| a | b |\n|---|:-:|\n| 1 | 2 |",
			want: []annotate.Block{B(par, "| a | b | | 1 | 2 |")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Markdown([]byte(tt.in), annotate.Document{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if diff := cmp.Diff(tt.want, d.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarkdownMeta(t *testing.T) {
	in := "---\ntitle: From Front Matter\nauthor: Jane Doe\ndate: 2024-04-09\nlang: en\nurl: https://x.test/a\n---\n# Headline\n\nText."
	d, err := Markdown([]byte(in), annotate.Document{Language: "en-GB"})
	if err != nil {
		t.Fatal(err)
	}
	want := annotate.NewDocument(annotate.Document{
		Title: "From Front Matter", Byline: "Jane Doe", Published: "2024-04-09", Language: "en-GB", SourceURL: "https://x.test/a",
	}, []annotate.Block{B(hl, "Headline"), B(par, "Text.")})
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}

	// Without front matter the headline is the title; a leading rule that
	// is not front matter stays out of the way.
	d, err = Markdown([]byte("---\nJust text here\n---\n\nMore."), annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]annotate.Block{B(hl, "Just text here"), B(par, "More.")}, d.Blocks); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if d.Title != "Just text here" {
		t.Errorf("title %q", d.Title)
	}
}

func TestMarkdownSampleArticle(t *testing.T) {
	// The plain-text sample is also valid Markdown; no text may be lost.
	data := readSample(t)
	d, err := Markdown(data, annotate.Document{})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	if diff := cmp.Diff(words(string(data)), words(d.Text())); diff != "" {
		t.Errorf("text lost or changed (-want +got):\n%s", diff)
	}
}
