package annotate

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewDocumentNormalizes(t *testing.T) {
	meta := Document{Title: "T", Language: "en", ID: "ignored"}
	got := NewDocument(meta, []Block{
		{Kind: BlockHeadline, Text: "  Cafe\u0301 talks \r\n"},
		{Text: "\n\n"}, // empty after normalizing: dropped
		{Text: "Line one  \r\n\r\n\r\nline two\rline three\u00a0"},
		{Kind: BlockCaption, Text: "“Quoted” — caption"},
	})
	want := Document{Title: "T", Language: "en", Blocks: []Block{
		{Kind: BlockHeadline, Text: "Café talks"},
		{Kind: BlockParagraph, Text: "Line one\nline two\nline three"},
		{Kind: BlockCaption, Text: "“Quoted” — caption"},
	}}
	want.ID = DocumentID(want.Text())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NewDocument (-want +got):\n%s", diff)
	}
	if got.Text() != "Café talks\n\nLine one\nline two\nline three\n\n“Quoted” — caption" {
		t.Errorf("Text() = %q", got.Text())
	}
	if diff := cmp.Diff([]int{0, 12, 42}, got.BlockStarts()); diff != "" {
		t.Errorf("BlockStarts (-want +got):\n%s", diff)
	}
}

func TestBlockStartsPointAtBlocks(t *testing.T) {
	doc := DocumentFromText(Document{}, sampleText(t)+"\n\nEmoji 😀 paragraph.\n\nLast 𝄞.")
	ix := NewTextIndex(doc.Text())
	starts := doc.BlockStarts()
	if len(starts) != len(doc.Blocks) {
		t.Fatalf("%d starts for %d blocks", len(starts), len(doc.Blocks))
	}
	for i, b := range doc.Blocks {
		got, err := ix.Slice(starts[i], starts[i]+RuneLen(b.Text))
		if err != nil || got != b.Text {
			t.Errorf("block %d at %d: %q, %v", i, starts[i], got, err)
		}
	}
}

func TestDocumentFromTextSample(t *testing.T) {
	text := sampleText(t)
	doc := DocumentFromText(Document{}, text)
	// The sample has runs of three newlines; blocks are joined by exactly
	// one blank line.
	want := regexp.MustCompile(`\n{3,}`).ReplaceAllString(NormalizeText(text), "\n\n")
	if doc.Text() != want {
		t.Errorf("Text() is not the normalized input with one blank line between blocks")
	}
	if n, want := len(doc.Blocks), strings.Count(want, "\n\n")+1; n != want {
		t.Errorf("%d blocks, want %d", n, want)
	}
	if doc.Blocks[0].Text != "China Russia Explainer" || doc.Blocks[0].Kind != BlockParagraph {
		t.Errorf("first block %+v", doc.Blocks[0])
	}
	// The same article with Windows line ends, decomposed accents and
	// trailing blanks names the same text.
	messy := strings.ReplaceAll(text, "\n", " \r\n") + "\r\n\r\n"
	if got := DocumentFromText(Document{}, messy); got.ID != doc.ID {
		t.Errorf("CRLF copy has ID %s, want %s", got.ID, doc.ID)
	}
}

func TestDocumentIDStable(t *testing.T) {
	// Pinned: changing the hash or the normalization would orphan every
	// annotation file ever saved.
	if got, want := DocumentID("Hello, world."), "sha256:f8c3bf62a9aa3e6fc1619c250e48abe7519373d3edf41be62eb5dc45199af2ef"; got != want {
		t.Errorf("DocumentID = %s, want %s", got, want)
	}
	ids := map[string]bool{}
	for _, s := range []string{"Café", "Cafe\u0301", "Café\r\n", "\n\nCafé  \n", "Café\r"} {
		ids[DocumentID(s)] = true
	}
	if len(ids) != 1 {
		t.Errorf("equivalent texts gave %d different ids", len(ids))
	}
	if DocumentID("Café") == DocumentID("Cafe") {
		t.Errorf("different texts share an id")
	}
	doc := DocumentFromText(Document{}, "a\n\nb")
	if doc.ID != DocumentID(doc.Text()) || !strings.HasPrefix(doc.ID, "sha256:") || len(doc.ID) != 7+64 {
		t.Errorf("ID %q", doc.ID)
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a\r\nb\rc\n", "a\nb\nc"},
		{"e\u0301", "é"},
		{"line  \t\nnext\u00a0", "line\nnext"},
		{"\n\n  \nbody\n \n\n", "body"},
		{"  indented stays", "  indented stays"},
		{"a\n\n\n\nb", "a\n\n\n\nb"}, // blank lines inside are kept; blocks split them
	}
	for _, tt := range tests {
		if got := NormalizeText(tt.in); got != tt.want {
			t.Errorf("NormalizeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := NormalizeBlockText("  one\n\n\ntwo \n"); got != "one\ntwo" {
		t.Errorf("NormalizeBlockText = %q", got)
	}
}

func FuzzNormalizeText(f *testing.F) {
	for _, s := range []string{"a\r\nb", "e\u0301 \n\n", "“q” — 😀", "\r\r\n\u00a0x", "\u0301\n\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := NormalizeText(s)
		if again := NormalizeText(n); again != n {
			t.Errorf("not idempotent: %q → %q → %q", s, n, again)
		}
		if DocumentID(s) != DocumentID(n) {
			t.Errorf("DocumentID differs for %q and its normal form", s)
		}
		b := NormalizeBlockText(s)
		if strings.Contains(b, "\n\n") || NormalizeBlockText(b) != b {
			t.Errorf("NormalizeBlockText(%q) = %q is not a stable block", s, b)
		}
	})
}
