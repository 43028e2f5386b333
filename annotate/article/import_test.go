package article

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestImportDispatch(t *testing.T) {
	tests := []struct {
		file string
		data string
		want []annotate.Block
	}{
		{"a.txt", "Head Line\n\n*Not emphasis*.", []annotate.Block{B(hl, "Head Line"), B(par, "*Not emphasis*.")}},
		{"a.text", "<p>kept</p> as text.", []annotate.Block{B(par, "<p>kept</p> as text.")}},
		{"a.md", "# Head Line\n\n*Emphasis*.", []annotate.Block{B(hl, "Head Line"), B(par, "Emphasis.")}},
		{"dir/A.MARKDOWN", "Text", []annotate.Block{B(par, "Text")}},
		{"a.html", "<h1>Head Line</h1><p>P.</p>", []annotate.Block{B(hl, "Head Line"), B(par, "P.")}},
		{"a.HTM", "<p>P.</p>", []annotate.Block{B(par, "P.")}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			d, err := Import(tt.file, []byte(tt.data))
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

func TestImportErrors(t *testing.T) {
	tests := []struct {
		file, data string
		want       []string
	}{
		{"a.pdf", "x", []string{"a.pdf", `unsupported article format ".pdf"`, ".txt .text .md .markdown .html .htm"}},
		{"noext", "x", []string{`unsupported article format ""`}},
		{"bad.md", "ok\xc3", []string{"bad.md", "invalid UTF-8 at byte offset 2"}},
		{"empty.html", "<nav>x</nav>", []string{"empty.html", "article has no text"}},
	}
	for _, tt := range tests {
		_, err := Import(tt.file, []byte(tt.data))
		if err == nil {
			t.Errorf("Import(%q): no error", tt.file)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Import(%q): error %q lacks %q", tt.file, err, w)
			}
		}
	}
}
