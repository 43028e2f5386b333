package w3c

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// Positions counted the ways other tools count — UTF-16 units, one line
// break or nothing between paragraphs — are recognised and converted, and
// said once.
func TestImportDetectsOffsetCounting(t *testing.T) {
	doc := annotate.DocumentFromText(annotate.Document{}, "Zoë 🚀 said “yes”.\n\nThen 🎉 she said “no” — twice.\n\nEnd 👍 of “story”.")
	ix := annotate.NewTextIndex(doc.Text())
	quotes := []string{"“yes”", "“no”", "“story”"}
	tests := []struct {
		sep   string
		utf16 bool
		want  string
	}{
		{"\n\n", false, ""},
		{"\n\n", true, "positions count UTF-16 units (as JavaScript does), not code points"},
		{"\n", false, "positions were counted in a text with one line break between paragraphs (whosaid's has a blank line)"},
		{"\n", true, "positions count UTF-16 units (as JavaScript does), not code points; positions were counted in a text with one line break between paragraphs (whosaid's has a blank line)"},
		{"", false, "positions were counted in a text with nothing between paragraphs (whosaid's has a blank line)"},
	}
	for _, tt := range tests {
		text := strings.ReplaceAll(doc.Text(), "\n\n", tt.sep)
		var annos []string
		for _, q := range quotes {
			b := strings.Index(text, q)
			start, end := annotate.RuneLen(text[:b]), annotate.RuneLen(text[:b+len(q)])
			if tt.utf16 {
				start, end = annotate.UTF16Len(text[:b]), annotate.UTF16Len(text[:b+len(q)])
			}
			// Without prefix or suffix: only the position can tell "no"
			// from another "no".
			annos = append(annos, fmt.Sprintf(`{"type": "Annotation", "target": {"selector": [
				{"type": "TextQuoteSelector", "exact": %q}, {"type": "TextPositionSelector", "start": %d, "end": %d}]}}`, q, start, end))
		}
		s, warnings, err := Read([]byte("["+strings.Join(annos, ",")+"]"), &doc)
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range s.Claims {
			if want := spanOf(t, ix, quotes[i], 0); c.Span.Start != want.Start || c.Span.End != want.End {
				t.Errorf("sep %q utf16 %v: %s at %d–%d, want %d–%d", tt.sep, tt.utf16, quotes[i], c.Span.Start, c.Span.End, want.Start, want.End)
			}
		}
		var want annotate.Problems
		if tt.want != "" {
			want = annotate.Problems{{Message: tt.want + ": converted to code points of whosaid's text (3 of 3 positions then hold their quotes)"}}
		}
		if diff := cmp.Diff(want, warnings); diff != "" {
			t.Errorf("sep %q utf16 %v: warnings (-want +got):\n%s", tt.sep, tt.utf16, diff)
		}
	}
}
