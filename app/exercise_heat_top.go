package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
)

// heatTopRows bounds the summary: a long article has hundreds of marked
// words, and a teacher wants the passages the class agreed on.
const heatTopRows = 10

// heatPassage is a stretch of neighbouring words that the same number of
// students marked: the unit the accessible summary lists.
type heatPassage struct {
	Text  string
	Count int
}

// heatPassages joins the heat's words into passages, most-marked first
// (in document order among equals). Words are neighbours when only spaces
// and punctuation, not a line break or an unmarked word, lie between them.
func heatPassages(doc annotate.Document, heat []exercise.WordHeat) []heatPassage {
	text := []rune(doc.Text())
	var out []heatPassage
	for i, w := range heat {
		if i > 0 && w.Count == heat[i-1].Count && joins(text[heat[i-1].End:w.Start]) {
			continue
		}
		j := i
		for j+1 < len(heat) && heat[j+1].Count == w.Count && joins(text[heat[j].End:heat[j+1].Start]) {
			j++
		}
		out = append(out, heatPassage{Text: string(text[w.Start:heat[j].End]), Count: w.Count})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Count > out[b].Count })
	return out
}

// joins tells whether the text between two words keeps them in one passage.
func joins(gap []rune) bool {
	return !strings.ContainsFunc(string(gap), func(r rune) bool {
		return r == '\n' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	})
}

// renderHeatTop is the heat map's counts as a table, for those who get no
// tooltip (screen readers, keyboards). Closed, it is visually hidden until
// focused (like a skip link), so the page looks the same to a mouse user.
func renderHeatTop(doc annotate.Document, heat []exercise.WordHeat, students int) app.UI {
	ps := heatPassages(doc, heat)
	if len(ps) == 0 {
		return app.P().Class("sr-only").Text("No student has marked anything yet.")
	}
	shown := ps[:min(len(ps), heatTopRows)]
	rows := make([]app.UI, len(shown))
	for i, p := range shown {
		rows[i] = app.Tr().Body(app.Td().Body(app.Q().Text(shorten(p.Text, 120))),
			app.Td().Text(fmt.Sprintf("%d of %d students", p.Count, students)))
	}
	return app.Details().Class("heat-top").Body(
		app.Summary().Text("Most-marked passages, with counts"),
		app.Table().Body(
			app.Caption().Text(fmt.Sprintf("The %d most-marked of %d passages", len(shown), len(ps))),
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Passage"), app.Th().Scope("col").Text("Marked by"))),
			app.TBody().Body(rows...),
		),
	)
}
