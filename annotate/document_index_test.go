package annotate

import (
	"sync"
	"testing"
)

// TestDocumentIndexFollowsTheText: the same document gives the same index;
// another text (a block edited, added, or equal text elsewhere in memory)
// an index of that text, with non-ASCII offsets right.
func TestDocumentIndexFollowsTheText(t *testing.T) {
	d := DocumentFromText(Document{}, "“Prices will rise,” she said — 🙂\n\nSecond block.")
	ix := DocumentIndex(d)
	if again := DocumentIndex(d); again != ix {
		t.Error("the same document was indexed again")
	}
	if ix.Text() != d.Text() {
		t.Errorf("index of %q, want %q", ix.Text(), d.Text())
	}
	edited := d
	edited.Blocks = append([]Block(nil), d.Blocks...)
	edited.Blocks[1].Text = "Second block, edited."
	if got := DocumentIndex(edited).Text(); got != edited.Text() {
		t.Errorf("after an edit: index of %q, want %q", got, edited.Text())
	}
	copied := d
	copied.Blocks = []Block{{Kind: d.Blocks[0].Kind, Text: string([]byte(d.Blocks[0].Text))}, d.Blocks[1]}
	cix := DocumentIndex(copied)
	if cix.Text() != d.Text() || cix.Len() != RuneLen(d.Text()) {
		t.Errorf("equal text elsewhere: index of %q (%d code points)", cix.Text(), cix.Len())
	}
	if u, err := cix.UTF16(cix.Len()); err != nil || u != cix.Len()+1 {
		t.Errorf("UTF-16 length %d, %v; want %d (one emoji)", u, err, cix.Len()+1)
	}
}

// TestDocumentIndexConcurrent: sets of different documents checked at
// once (the server does) each get their own text's index.
func TestDocumentIndexConcurrent(t *testing.T) {
	docs := []Document{
		DocumentFromText(Document{}, "One — first text."),
		DocumentFromText(Document{}, "Two: “second” text, longer than the first."),
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				d := docs[g%2]
				if got := DocumentIndex(d).Text(); got != d.Text() {
					t.Errorf("index of %q for %q", got, d.Text())
					return
				}
			}
		}()
	}
	wg.Wait()
}
