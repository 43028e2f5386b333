package native

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// TestUnchosenLabelsSaveAndLoad is a regression: the annotator makes a claim
// (and a speaker) before the user picks its labels, and autosave encodes
// it. Decode used to refuse the empty labels, so such a file never loaded.
func TestUnchosenLabelsSaveAndLoad(t *testing.T) {
	doc := annotate.NewDocument(annotate.Document{}, []annotate.Block{{Text: "“It works 🙂,” Ann said."}})
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	h := annotate.NewHistory(s)
	h.Clock = func() time.Time { return time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC) }
	if err := h.Do(annotate.AddSpeaker(annotate.Speaker{ID: "ann", Name: "Ann"})); err != nil {
		t.Fatal(err)
	}
	if err := h.Do(annotate.AddClaim(annotate.Claim{ID: "c", Span: annotate.MakeSpan(ix, 1, 11), SpeakerID: "ann"})); err != nil {
		t.Fatal(err)
	}
	data, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{`"kind": ""`, `"attribution": ""`} {
		if !strings.Contains(string(data), field) {
			t.Errorf("the file does not write %s", field)
		}
	}
	back, err := Decode(data)
	if err != nil {
		t.Fatalf("Decode refused a set made through the History:\n%v", err)
	}
	if diff := cmp.Diff(s, back); diff != "" {
		t.Errorf("round trip (-made +decoded):\n%s", diff)
	}
}
