package classroom

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
	"whosaid/app/wording"
)

// heatTopRows bounds the summary: a long article has hundreds of marked
// words, and a teacher wants the passages the class agreed on.
const heatTopRows = 10

// renderHeatTop is the heat map's counts as a table, for those who get no
// tooltip (screen readers, keyboards). Closed, it is visually hidden until
// focused (like a skip link), so the page looks the same to a mouse user.
func renderHeatTop(doc annotate.Document, heat []exercise.WordHeat, students int) app.UI {
	ps := exercise.Passages(doc, heat)
	if len(ps) == 0 {
		return app.P().Class("sr-only").Text("No student has marked anything yet.")
	}
	shown := ps[:min(len(ps), heatTopRows)]
	rows := make([]app.UI, len(shown))
	for i, p := range shown {
		rows[i] = app.Tr().Body(app.Td().Body(app.Q().Text(wording.Shorten(p.Text, 120))),
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
