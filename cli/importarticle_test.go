package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/article"
	"whosaid/annotate/native"
)

func TestImportArticle(t *testing.T) {
	r := run(t, "", "import-article", sampleArticle)
	// The sample has two places with several blank lines in a row: that
	// changes the text (and positions counted in the file), so it is said.
	wantWarning := sampleArticle + ": warning: line 22: 2 runs of several blank lines became one each\n"
	if r.code != ExitOK || r.stderr != wantWarning {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if strict := run(t, "", "import-article", "--strict", sampleArticle); strict.code != ExitProblem {
		t.Errorf("--strict with a warning: exit %d, want %d", strict.code, ExitProblem)
	}
	var got annotate.Document
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	want, err := article.Import(sampleArticle, readFile(t, sampleArticle))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("document (-want +got):\n%s", diff)
	}
	// The sample set was made on this very text.
	set, err := native.Decode(readFile(t, sampleSet))
	if err != nil {
		t.Fatal(err)
	}
	if got.ID != set.Document.ID {
		t.Errorf("id %s, sample set's document %s", got.ID, set.Document.ID)
	}
}

func TestImportArticleStdinAndSet(t *testing.T) {
	r := run(t, "<h1>Caf\u00e9 &amp; Co</h1><p>\u201cOui,\u201d she said \U0001F600.</p>", "import-article", "--format", "html", "--set", "-")
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	s, err := native.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatalf("--set output does not decode: %v", err)
	}
	want := []annotate.Block{
		{Kind: annotate.BlockHeadline, Text: "Café & Co"},
		{Kind: annotate.BlockParagraph, Text: "“Oui,” she said 😀."},
	}
	if diff := cmp.Diff(want, s.Document.Blocks); diff != "" {
		t.Errorf("blocks (-want +got):\n%s", diff)
	}
	if len(s.Claims) != 0 || len(s.Speakers) != 0 {
		t.Errorf("set not empty: %d claims, %d speakers", len(s.Claims), len(s.Speakers))
	}
}

func TestImportArticleErrors(t *testing.T) {
	pdf := writeFile(t, "a.pdf", []byte("%PDF"))
	bad := writeFile(t, "bad.txt", []byte("ok\n\xff"))
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"import-article", pdf}, pdf + `: unsupported article format ".pdf" (supported: .txt .text .md .markdown .html .htm)`},
		{[]string{"import-article", bad}, bad + ": invalid UTF-8 at byte offset 3"},
		{[]string{"import-article", "-"}, "stdin: reading an article from stdin needs --format"},
	}
	for _, tt := range tests {
		r := run(t, "some text", tt.args...)
		if r.code != ExitProblem || !strings.Contains(r.stderr, tt.want) || r.stdout != "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 1 with %q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
}
