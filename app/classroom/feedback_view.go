package classroom

import (
	"fmt"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/exercise"
	"whosaid/annotate/score"
	"whosaid/app/browser"
)

// renderFeedback shows a student's feedback: the strict and the lenient
// score side by side, each key claim with what became of it, and the
// student's extra claims. Everything is text nodes: names and quotes are
// escaped by the DOM.
//
// Until the key is shown (fb.KeyShown false: the exercise is open) each
// key claim is only "a claim in paragraph 4" with what became of it and
// whether the student's own labels are right; a button takes the student
// to the paragraph (goTo, nil on the teacher's dashboard).
func renderFeedback(fb exercise.Feedback, goTo app.EventHandler) app.UI {
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
	keysTitle, keysNote := "The claims in the key", ""
	if !fb.KeyShown {
		keysTitle = "The claims in the key, by paragraph"
		keysNote = "What became of each claim your teacher marked. You see the claims themselves once your teacher closes the exercise."
	}
	return app.Section().ID("feedback").Class("ex-feedback").DataSet("key-shown", fb.KeyShown).Aria("label", "Feedback").Body(
		app.H2().Text("Feedback"),
		app.Table().Class("ex-scores").Body(
			app.THead().Body(app.Tr().Body(app.Th().Scope("col").Text("Score"), app.Th().Scope("col").Text("Strict (exact spans)"), app.Th().Scope("col").Text("Lenient (partial credit)"))),
			app.TBody().Body(
				row("Precision", func(f score.Figures) float64 { return f.Precision }, "precision"),
				row("Recall", func(f score.Figures) float64 { return f.Recall }, "recall"),
				row("F1", func(f score.Figures) float64 { return f.F1 }, "f1"),
			),
		),
		app.If(len(acc) > 0, app.Ul().Class("ex-acc").Body(acc...)),
		app.H3().Text(keysTitle),
		app.If(keysNote != "", app.P().ID("fb-key-note").Class("muted").Text(keysNote)),
		app.Ol().ID("fb-keys").Class("ex-fb-keys").Body(
			app.Range(fb.Keys).Slice(func(i int) app.UI {
				if fb.KeyShown {
					return renderKeyFeedback(fb.Keys[i])
				}
				return renderHiddenKeyFeedback(fb.Keys[i], goTo)
			}),
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

// hiddenOutcome says what became of a key claim the student cannot see.
var hiddenOutcome = map[score.Outcome]string{
	score.Found:   "found",
	score.Partly:  "partly found",
	score.Missed:  "missed",
	score.Skipped: "optional, not marked",
}

// renderHiddenKeyFeedback is one key claim while the key is hidden: where
// it is, what became of it, and right or wrong on the student's labels.
func renderHiddenKeyFeedback(k exercise.KeyFeedback, goTo app.EventHandler) app.UI {
	what := "A claim"
	if k.Optional {
		what = "An optional claim"
	}
	var details []app.UI
	if k.Yours != "" {
		mark := "You marked it: “%s”"
		if k.Outcome == score.Partly {
			mark = "You marked part of it, or more: “%s”"
		}
		details = append(details, app.Div().Class("fb-yours").Text(fmt.Sprintf(mark, k.Yours)))
	}
	for _, v := range []struct {
		class, label string
		verdict      score.Verdict
		yours        string
	}{{"fb-speaker", "Speaker", k.Speaker, k.YourSpeaker}, {"fb-type", "Quote type", k.Attribution, ""}, {"fb-kind", "Claim kind", k.Kind, ""}} {
		if v.verdict == "" {
			continue
		}
		txt := v.label + " " + string(v.verdict)
		if v.class == "fb-speaker" {
			txt += " (you said " + orNone(v.yours) + ")"
		}
		details = append(details, app.Div().Class(v.class).DataSet("verdict", string(v.verdict)).Text(txt))
	}
	var link app.UI
	if goTo != nil {
		link = app.Button().Class("fb-goto").DataSet("paragraph", k.Paragraph).OnClick(goTo, k.Paragraph).
			Aria("label", "Show paragraph "+strconv.Itoa(k.Paragraph)).Text("Show paragraph")
	}
	return app.Li().Class("fb-key").DataSet("outcome", string(k.Outcome)).DataSet("paragraph", k.Paragraph).Body(
		app.Span().Class("fb-outcome").Aria("hidden", "true").Text(outcomeLabels[k.Outcome]),
		app.Span().Class("fb-where").Text(fmt.Sprintf("%s in paragraph %d was %s.", what, k.Paragraph, hiddenOutcome[k.Outcome])),
		link,
		app.Div().Class("fb-details").Body(details...),
	)
}

// goToParagraph scrolls the article to the paragraph a feedback line
// names (data-paragraph, from 1) and marks it for a moment.
func goToParagraph(ctx app.Context, e app.Event) {
	n, err := strconv.Atoi(browser.String(browser.Get(ctx.JSSrc(), "dataset", "paragraph")))
	if err != nil || n < 1 {
		return
	}
	blocks := browser.Call(app.Window().Get("document"), "querySelectorAll", "#article [data-base]")
	el := browser.Call(blocks, "item", n-1)
	if !browser.Obj(el) {
		return
	}
	browser.Call(el, "scrollIntoView", map[string]any{"block": "center", "behavior": "smooth"})
	browser.Call(browser.Get(el, "classList"), "add", "ex-flash")
	ctx.After(2*time.Second, func(app.Context) { browser.Call(browser.Get(el, "classList"), "remove", "ex-flash") })
}

func orNone(name string) string {
	if name == "" {
		return "no speaker"
	}
	return name
}
