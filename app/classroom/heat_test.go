package classroom

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
)

// TestRenderHeatDamagedReply: a dashboard reply whose words do not fit the
// article (here one in the blank line between blocks, one past the end)
// still renders the article with the good words shaded; no panic.
func TestRenderHeatDamagedReply(t *testing.T) {
	doc := annotate.Document{Blocks: []annotate.Block{{Text: "Ana said no."}, {Text: "Ben agreed."}}}
	heat := []exercise.WordHeat{
		{Start: 4, End: 8, Count: 2},   // "said"
		{Start: 12, End: 14, Count: 1}, // the blank line between the blocks
		{Start: 18, End: 24, Count: 1}, // "agreed"
		{Start: 30, End: 40, Count: 1}, // past the end
	}
	html := app.HTMLString(renderHeat(doc, heat, 2))
	for _, want := range []string{`data-count="2"`, ">said</span>", ">agreed</span>", "Ana ", " no.", "Ben "} {
		if !strings.Contains(html, want) {
			t.Errorf("heat map lacks %q:\n%s", want, html)
		}
	}
	if n := strings.Count(html, `class="heat"`); n != 2 {
		t.Errorf("%d shaded words, want 2:\n%s", n, html)
	}
}
