package classroom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/app/wording"
)

// renderHeat shows the article with each passage shaded by how many of
// the class's students marked it (of students): neighbouring words marked
// by as many students are one box (exercise.Runs), not a box per word with
// gaps. A legend says what the shades mean; the count is in data-count
// and in the title for a pointer's hover, and in renderHeatTop's table for
// everyone else.
func renderHeat(doc annotate.Document, heat []exercise.WordHeat, students int) app.UI {
	text := []rune(doc.Text())
	starts := doc.BlockStarts()
	blocks := make([]app.UI, len(doc.Blocks))
	heat = exercise.SoundHeat(len(text), heat)
	runs := exercise.Runs(text, heat)
	h := 0
	for i, b := range doc.Blocks {
		runes := []rune(b.Text)
		base, end := starts[i], starts[i]+len(runes)
		var parts []app.UI
		pos := base
		for ; h < len(runs) && runs[h].Start < end; h++ {
			w := runs[h]
			if w.Start < pos {
				continue // not a passage of this block (a damaged reply)
			}
			if w.Start > pos {
				parts = append(parts, app.Text(string(runes[pos-base:w.Start-base])))
			}
			parts = append(parts, app.Span().Class("heat").DataSet("count", w.Count).
				Style("background", heatShade(w.Count, students)).
				Title(studentsOf(w.Count, students)).
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
		renderHeatLegend(students),
		app.Div().ID("heatmap").Class("ex-heat").TabIndex(0).Role("region").
			Aria("label", "Heat map of the article").Body(blocks...),
	)
}

// heatShade is the background of a passage that count of students marked.
func heatShade(count, students int) string {
	alpha := 0.15 + 0.75*float64(count)/float64(max(students, 1))
	return fmt.Sprintf("rgba(230, 120, 20, %.2f)", alpha)
}

func studentsOf(count, students int) string {
	return fmt.Sprintf("%d of %d students", count, students)
}

// renderHeatLegend says what the shades mean: a swatch for one student,
// for all, and for a few counts between (five swatches at most).
func renderHeatLegend(students int) app.UI {
	students = max(students, 1)
	var counts []int
	for _, c := range []int{1, (students + 3) / 4, (students + 1) / 2, (3*students + 3) / 4, students} {
		if c >= 1 && (len(counts) == 0 || c > counts[len(counts)-1]) {
			counts = append(counts, c)
		}
	}
	items := make([]app.UI, len(counts))
	for i, c := range counts {
		label := wording.Plural(c, "student", "students")
		if c == students && students > 1 {
			label = "all " + label
		}
		items[i] = app.Li().Body(
			app.Span().Class("heat-swatch").Style("background", heatShade(c, students)).Aria("hidden", "true"),
			app.Text(label),
		)
	}
	return app.Div().ID("heat-legend").Class("heat-legend").Body(
		app.Span().Class("muted").Text("Marked by:"),
		app.Ul().Body(items...),
	)
}
