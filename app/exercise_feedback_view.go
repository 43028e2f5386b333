package main

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
)

// renderFeedback shows a student's feedback: the strict and the lenient
// score side by side, each key claim with what became of it, and the
// student's extra claims. Everything is text nodes: names and quotes are
// escaped by the DOM.
func renderFeedback(fb exercise.Feedback) app.UI {
	row := func(label string, f func(score.Figures) float64, id string) app.UI {
		return app.Tr().Body(
			app.Th().Scope("row").Text(label),
			app.Td().ID("score-strict-"+id).Text(pct(f(fb.Strict))),
			app.Td().ID("score-lenient-"+id).Text(pct(f(fb.Lenient))),
		)
	}
	var acc []app.UI
	for _, a := range []struct {
		label string
		id    string
		a     *score.Accuracy
	}{{"Speakers right", "speaker", fb.Speaker}, {"Quote type right", "attribution", fb.Attribution}, {"Claim kind right", "kind", fb.Kind}} {
		if a.a == nil {
			continue
		}
		acc = append(acc, app.Li().ID("acc-"+a.id).Text(fmt.Sprintf("%s: %d of %d", a.label, a.a.Right, a.a.Scored)))
	}
	return app.Section().ID("feedback").Class("ex-feedback").Aria("label", "Feedback").Body(
		app.H2().Text("Feedback"),
		app.Table().Class("ex-scores").Body(
			app.THead().Body(app.Tr().Body(app.Th(), app.Th().Scope("col").Text("Strict (exact spans)"), app.Th().Scope("col").Text("Lenient (partial credit)"))),
			app.TBody().Body(
				row("Precision", func(f score.Figures) float64 { return f.Precision }, "precision"),
				row("Recall", func(f score.Figures) float64 { return f.Recall }, "recall"),
				row("F1", func(f score.Figures) float64 { return f.F1 }, "f1"),
			),
		),
		app.If(len(acc) > 0, app.Ul().Class("ex-acc").Body(acc...)),
		app.H3().Text("The claims in the key"),
		app.Ol().ID("fb-keys").Class("ex-fb-keys").Body(
			app.Range(fb.Keys).Slice(func(i int) app.UI { return renderKeyFeedback(fb.Keys[i]) }),
		),
		app.H3().Text("Your other claims"),
		app.If(len(fb.Extras) == 0, app.P().Class("muted").Text("None: every claim of yours matches one in the key.")),
		app.Ul().ID("fb-extras").Body(
			app.Range(fb.Extras).Slice(func(i int) app.UI {
				return app.Li().Class("fb-extra").Text("“" + fb.Extras[i].Text + "”")
			}),
		),
	)
}

var outcomeLabels = map[score.Outcome]string{
	score.Found:   "Found",
	score.Partly:  "Partly found",
	score.Missed:  "Missed",
	score.Skipped: "Optional, not marked",
}

func renderKeyFeedback(k exercise.KeyFeedback) app.UI {
	var details []app.UI
	if k.Yours != "" && k.Outcome == score.Partly {
		details = append(details, app.Div().Class("fb-yours").Text(fmt.Sprintf("You marked: “%s” (%s of its words)", k.Yours, pct(k.Coverage))))
	}
	if k.Speaker != "" {
		txt := "Speaker right: " + orNone(k.KeySpeaker)
		if k.Speaker == score.Wrong {
			txt = fmt.Sprintf("Speaker wrong: you said %s, the key says %s", orNone(k.YourSpeaker), orNone(k.KeySpeaker))
		}
		details = append(details, app.Div().Class("fb-speaker").DataSet("verdict", string(k.Speaker)).Text(txt))
	}
	if k.Attribution != "" {
		txt := "Quote type right: " + string(k.KeyAttribution)
		if k.Attribution == score.Wrong {
			txt = "Quote type wrong: the key says " + string(k.KeyAttribution)
		}
		details = append(details, app.Div().Class("fb-type").DataSet("verdict", string(k.Attribution)).Text(txt))
	}
	if k.Kind != "" {
		txt := "Claim kind right: " + string(k.KeyKind)
		if k.Kind == score.Wrong {
			txt = "Claim kind wrong: the key says " + string(k.KeyKind)
		}
		details = append(details, app.Div().Class("fb-kind").DataSet("verdict", string(k.Kind)).Text(txt))
	}
	label := outcomeLabels[k.Outcome]
	if k.Optional && k.Outcome != score.Skipped {
		label += " (optional)"
	}
	return app.Li().Class("fb-key").DataSet("outcome", string(k.Outcome)).Body(
		app.Span().Class("fb-outcome").Text(label),
		app.Q().Class("fb-quote").Text(k.Text),
		app.Div().Class("fb-details").Body(details...),
	)
}

func orNone(name string) string {
	if name == "" {
		return "no speaker"
	}
	return name
}
