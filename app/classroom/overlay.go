package classroom

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// renderOverlay shows a student's work over the key on the article: text
// in a key claim is underlined, text in a student's claim is highlighted,
// text in both is both (class key, student, both), so the teacher sees at
// a glance what was found, missed and added.
func renderOverlay(doc annotate.Document, key, student []annotate.Span) app.UI {
	starts := doc.BlockStarts()
	mark := func(spans []annotate.Span, n int) []bool {
		m := make([]bool, n)
		for _, s := range spans {
			for i := max(s.Start, 0); i < min(s.End, n); i++ {
				m[i] = true
			}
		}
		return m
	}
	n := annotate.RuneLen(doc.Text())
	inKey, inStudent := mark(key, n), mark(student, n)
	class := func(i int) string {
		switch {
		case inKey[i] && inStudent[i]:
			return "both"
		case inKey[i]:
			return "key"
		case inStudent[i]:
			return "student"
		}
		return ""
	}
	blocks := make([]app.UI, len(doc.Blocks))
	for b, blk := range doc.Blocks {
		runes := []rune(blk.Text)
		base := starts[b]
		var parts []app.UI
		for i := 0; i < len(runes); {
			c := class(base + i)
			j := i + 1
			for j < len(runes) && class(base+j) == c {
				j++
			}
			if c == "" {
				parts = append(parts, app.Text(string(runes[i:j])))
			} else {
				parts = append(parts, app.Span().Class("ov-"+c).Text(string(runes[i:j])))
			}
			i = j
		}
		blocks[b] = app.P().Body(parts...)
	}
	return app.Div().ID("overlay").Class("ex-heat").Body(
		app.P().Class("muted").Body(
			app.Span().Class("ov-key").Text("key only"), app.Text(" · "),
			app.Span().Class("ov-both").Text("key and student"), app.Text(" · "),
			app.Span().Class("ov-student").Text("student only")),
		app.Div().Body(blocks...),
	)
}

func claimSpans(cs []annotate.Claim) []annotate.Span {
	out := make([]annotate.Span, len(cs))
	for i, c := range cs {
		out[i] = c.Span
	}
	return out
}
