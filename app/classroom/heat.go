package classroom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
)

// renderHeat shows the article with each word shaded by how many of the
// class's students marked it (of students); the count is in data-count
// and in the title for a pointer's hover, and in renderHeatTop's table
// for everyone else.
func renderHeat(doc annotate.Document, heat []exercise.WordHeat, students int) app.UI {
	starts := doc.BlockStarts()
	blocks := make([]app.UI, len(doc.Blocks))
	heat = exercise.SoundHeat(len([]rune(doc.Text())), heat)
	h := 0
	for i, b := range doc.Blocks {
		runes := []rune(b.Text)
		base, end := starts[i], starts[i]+len(runes)
		var parts []app.UI
		pos := base
		for ; h < len(heat) && heat[h].Start < end; h++ {
			w := heat[h]
			if w.Start < pos {
				continue // not a word of this block (a damaged reply)
			}
			if w.Start > pos {
				parts = append(parts, app.Text(string(runes[pos-base:w.Start-base])))
			}
			alpha := 0.15 + 0.75*float64(w.Count)/float64(max(students, 1))
			parts = append(parts, app.Span().Class("heat").DataSet("count", w.Count).
				Style("background", fmt.Sprintf("rgba(230, 120, 20, %.2f)", alpha)).
				Title(fmt.Sprintf("%d of %d students", w.Count, students)).
				Text(string(runes[w.Start-base:min(w.End, end)-base])))
			pos = min(w.End, end)
		}
		if pos < end {
			parts = append(parts, app.Text(string(runes[pos-base:])))
		}
		blocks[i] = app.P().Class("heat-block").Body(parts...)
	}
	// Focusable: the map scrolls, and a keyboard needs focus to scroll it.
	return app.Div().Body(
		renderHeatTop(doc, heat, students),
		app.Div().ID("heatmap").Class("ex-heat").TabIndex(0).Role("region").
			Aria("label", "Heat map of the article").Body(blocks...),
	)
}
