package article

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestTextSampleArticle(t *testing.T) {
	data, err := os.ReadFile("../testdata/sample-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Text(data, annotate.Document{SourceURL: "https://example.com/a"})
	if err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	var kinds []annotate.BlockKind
	for _, b := range d.Blocks {
		kinds = append(kinds, b.Kind)
	}
	wantKinds := []annotate.BlockKind{
		hl, cap, par, par, par, par, par, oth, cap, par,
		par, par, par, par, par, par, byl, oth, oth,
	}
	if diff := cmp.Diff(wantKinds, kinds); diff != "" {
		t.Errorf("block kinds (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(words(string(data)), words(d.Text())); diff != "" {
		t.Errorf("text lost or changed (-want +got):\n%s", diff)
	}
	wantSome := map[int]annotate.Block{
		0:  B(hl, "China Russia Explainer"),
		1:  B(cap, "Chinese President Xi Jinping, right, and Russian President Vladimir Putin meeti in Beijing, China, in 2022. Alexei Druzhinin, Sputnik, Kremlin Pool Photo via AP"),
		7:  B(oth, "China US Yellen"),
		16: B(byl, "With assistance from Colum Murphy."),
		18: B(oth, "filed under:"),
	}
	for i, want := range wantSome {
		if diff := cmp.Diff(want, d.Blocks[i]); diff != "" {
			t.Errorf("block %d (-want +got):\n%s", i, diff)
		}
	}
	if d.Title != "China Russia Explainer" || d.SourceURL != "https://example.com/a" {
		t.Errorf("meta: title %q, url %q", d.Title, d.SourceURL)
	}
	// Offsets are code points: the em dash and curly quotes count once.
	text := d.Text()
	if i := strings.Index(text, "CHINA — Russia"); annotate.RuneLen(text[:i]) != d.BlockStarts()[2] {
		t.Errorf("block 2 starts at %d, text index says %d", d.BlockStarts()[2], annotate.RuneLen(text[:i]))
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		want  []annotate.Block
		title string
	}{
		{
			name: "wrapped paragraphs",
			in:   "First line of a\nwrapped paragraph, said she.\n\n  Second   one.  \n \t\nThird.\n",
			want: []annotate.Block{B(par, "First line of a wrapped paragraph, said she."), B(par, "Second one."), B(par, "Third.")},
		},
		{
			name:  "headline",
			in:    "Mayor Resigns\n\nThe mayor resigned on Monday.",
			want:  []annotate.Block{B(hl, "Mayor Resigns"), B(par, "The mayor resigned on Monday.")},
			title: "Mayor Resigns",
		},
		{
			name:  "question headline",
			in:    "Will the mayor resign?\n\nNobody knows.",
			want:  []annotate.Block{B(hl, "Will the mayor resign?"), B(par, "Nobody knows.")},
			title: "Will the mayor resign?",
		},
		{
			name: "sentence first is no headline",
			in:   "The mayor resigned.\n\nNobody knows why.",
			want: []annotate.Block{B(par, "The mayor resigned."), B(par, "Nobody knows why.")},
		},
		{
			name: "wrapped first paragraph is no headline",
			in:   "The mayor resigned on Monday after a\nlong dispute with the council.",
			want: []annotate.Block{B(par, "The mayor resigned on Monday after a long dispute with the council.")},
		},
		{
			name: "parenthesized credit and byline",
			in:   "Storm Hits Coast\n\nBy Jane Doe\n\nWaves hit the pier on Monday. (AP Photo/John Roe)\n\nThe storm came at night.",
			want: []annotate.Block{
				B(hl, "Storm Hits Coast"), B(byl, "By Jane Doe"),
				B(cap, "Waves hit the pier on Monday. (AP Photo/John Roe)"), B(par, "The storm came at night."),
			},
			title: "Storm Hits Coast",
		},
		{
			name:  "credit alone is a byline",
			in:    "Storm Hits Coast\n\nPhoto: Getty Images\n\nThe storm came at night.",
			want:  []annotate.Block{B(hl, "Storm Hits Coast"), B(byl, "Photo: Getty Images"), B(par, "The storm came at night.")},
			title: "Storm Hits Coast",
		},
		{
			name:  "capitalized line without a caption stays a paragraph",
			in:    "Storm Hits Coast\n\nThe storm came.\n\nWhat Comes Next\n\nMore rain.",
			want:  []annotate.Block{B(hl, "Storm Hits Coast"), B(par, "The storm came."), B(par, "What Comes Next"), B(par, "More rain.")},
			title: "Storm Hits Coast",
		},
		{
			name:  "non-ASCII, CRLF, decomposed accents, emoji",
			in:    "Cafe\u0301 Society\r\n\r\n“Ça va,” said Zoë 🎉 — twice.\r\nAgain.\r\n",
			want:  []annotate.Block{B(hl, "Café Society"), B(par, "“Ça va,” said Zoë 🎉 — twice."), B(par, "Again.")},
			title: "Café Society",
		},
		{
			name: "byte-order mark",
			in:   "\uFEFFOnly text.",
			want: []annotate.Block{B(par, "Only text.")},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Text([]byte(tt.in), annotate.Document{})
			if err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if diff := cmp.Diff(tt.want, d.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			if d.Title != tt.title {
				t.Errorf("title %q, want %q", d.Title, tt.title)
			}
		})
	}
}

func TestInputErrors(t *testing.T) {
	tests := []struct {
		name    string
		in      []byte
		wantErr string
	}{
		{"empty", nil, "article has no text"},
		{"blank", []byte(" \n\n\t\n"), "article has no text"},
		{"invalid UTF-8", []byte("abc\n\xff\xfe"), "invalid UTF-8 at byte offset 4"},
		{"NUL", []byte("ab\x00"), "control character U+0000 at byte offset 2"},
		{"too big", make([]byte, MaxSize+1), "more than the 5242880-byte limit"},
	}
	importers := map[string]func([]byte, annotate.Document) (annotate.Document, error){
		"Text": Text, "Markdown": Markdown, "HTML": HTML,
	}
	for _, tt := range tests {
		for name, imp := range importers {
			t.Run(tt.name+"/"+name, func(t *testing.T) {
				_, err := imp(tt.in, annotate.Document{})
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				if strings.Contains(tt.wantErr, "no text") && !errors.Is(err, ErrEmpty) {
					t.Errorf("error %v is not ErrEmpty", err)
				}
			})
		}
	}
}

// One paragraph per line — the usual shape of a copied or exported article
// — gives one block per line, a short first line the headline; every way
// the text differs from the file's characters is reported, once, at the
// first line it touched.
func TestReadTextReportsChanges(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []annotate.Block
		changes []string
	}{
		{
			name:    "one paragraph per line",
			in:      "Harbour tunnel opens\nThe tunnel opened on Monday, officials said.\n“It is a good day,” the mayor said.\n",
			want:    []annotate.Block{B(hl, "Harbour tunnel opens"), B(par, "The tunnel opened on Monday, officials said."), B(par, "“It is a good day,” the mayor said.")},
			changes: []string{"line 2: 2 paragraphs followed a single line break; whosaid puts a blank line between paragraphs, so positions counted in the file grow by one at each"},
		},
		{
			name:    "blank-line paragraphs: nothing changes",
			in:      "Harbour tunnel opens\n\nThe tunnel opened on Monday.\n\nIt cost more.\n",
			want:    []annotate.Block{B(hl, "Harbour tunnel opens"), B(par, "The tunnel opened on Monday."), B(par, "It cost more.")},
			changes: nil,
		},
		{
			name:    "hard-wrapped prose is joined",
			in:      "The tunnel opened on Monday after years of\ndelay, officials said, and it cost\nmore than planned.\n\nNext paragraph.",
			want:    []annotate.Block{B(par, "The tunnel opened on Monday after years of delay, officials said, and it cost more than planned."), B(par, "Next paragraph.")},
			changes: []string{"line 2: 2 line breaks inside wrapped paragraphs became spaces"},
		},
		{
			name: "CRLF, NFC, spaces, blank runs, leading blanks",
			in:   "\r\n\r\nCafe\u0301  news\r\n\r\n\r\n\r\nA  line\twith tabs. \r\nAnother line.",
			want: []annotate.Block{B(hl, "Café news"), B(par, "A line with tabs."), B(par, "Another line.")},
			changes: []string{
				"Windows line ends (CR LF) became LF: positions counted in the file with two characters per line end are one less per line",
				"line 3: blank lines before the text were removed",
				"line 3: characters were normalized to Unicode NFC (the same letters, fewer code points)",
				"line 3: white space was tidied on 2 lines: runs of spaces and tabs became one space, spaces at line ends were removed",
				"line 8: a paragraph followed a single line break; whosaid puts a blank line between paragraphs, so positions counted in the file grow by one from here",
				"line 7: several blank lines became one",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, changes, err := ReadText([]byte(tt.in), annotate.Document{})
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, d.Blocks); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
			var got []string
			for _, c := range changes {
				got = append(got, c.String())
			}
			if diff := cmp.Diff(tt.changes, got); diff != "" {
				t.Errorf("changes (-want +got):\n%s", diff)
			}
		})
	}
}
