package article

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"whosaid/annotate"
)

// B is a short block constructor for tables.
func B(kind annotate.BlockKind, text string) annotate.Block {
	return annotate.Block{Kind: kind, Text: text}
}

const (
	hl  = annotate.BlockHeadline
	par = annotate.BlockParagraph
	cap = annotate.BlockCaption
	byl = annotate.BlockByline
	oth = annotate.BlockOther
)

// checkDoc asserts what every imported document must satisfy.
func checkDoc(t testing.TB, d annotate.Document) {
	t.Helper()
	if len(d.Blocks) == 0 {
		t.Fatalf("document has no blocks")
	}
	if want := annotate.DocumentID(d.Text()); d.ID != want {
		t.Fatalf("id %q, want %q", d.ID, want)
	}
	for i, b := range d.Blocks {
		if b.Text == "" || strings.Contains(b.Text, "\n\n") || b.Text != strings.TrimSpace(b.Text) {
			t.Fatalf("block %d has bad text %q", i, b.Text)
		}
		if !validKind(b.Kind) {
			t.Fatalf("block %d has kind %q", i, b.Kind)
		}
	}
}

func validKind(k annotate.BlockKind) bool {
	for _, v := range annotate.BlockKinds {
		if v == k {
			return true
		}
	}
	return false
}

// words are the white-space separated words of s in NFC, to check that an
// importer kept all the text.
func words(s string) []string {
	return strings.Fields(norm.NFC.String(strings.TrimPrefix(s, "\uFEFF")))
}

func readSample(t testing.TB) []byte {
	t.Helper()
	data, err := os.ReadFile("../testdata/sample-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return data
}
