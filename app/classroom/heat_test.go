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

// Neighbouring words marked by as many students are one box, and the
// legend names the shades in students.
func TestRenderHeatRunsAndLegend(t *testing.T) {
	doc := annotate.Document{Blocks: []annotate.Block{{Text: "Ana said, plainly, no way."}}}
	var heat []exercise.WordHeat
	for _, w := range exercise.Words(doc)[1:3] { // "said", "plainly"
		w.Count = 2
		heat = append(heat, w)
	}
	html := app.HTMLString(renderHeat(doc, heat, 4))
	if !strings.Contains(html, ">said, plainly</span>") || strings.Count(html, `class="heat"`) != 1 {
		t.Errorf("the passage is not one box:\n%s", html)
	}
	for _, want := range []string{"1 student", "2 students", "3 students", "all 4 students"} {
		if !strings.Contains(html, want) {
			t.Errorf("legend lacks %q:\n%s", want, html)
		}
	}
}
