package annotator

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/wording"
)

// renderSuggestButton is the top bar's "Suggest" (hidden when the page
// does not offer Suggestions: an exercise whose teacher did not allow
// them).
// The button is always rendered (hidden and disabled when off), so the
// elements after it keep their places in go-app's positional diff.
func (p *Annotator) renderSuggestButton() app.UI {
	off := !p.Suggestions
	return app.Button().ID("suggest-btn").Type("button").Class("tool").
		Hidden(off).Disabled(off).
		Aria("pressed", fmt.Sprint(p.sgLive())).
		Title("Propose claims and speakers (runs here, offline)").
		OnClick(p.onSuggestClick).Text("Suggest")
}

func (p *Annotator) onSuggestClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.runSuggest(ctx)
}

func (p *Annotator) onAcceptHigh(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.acceptHigh(ctx)
}

func (p *Annotator) onAcceptClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.acceptCurrent(ctx)
}

func (p *Annotator) onRejectClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.rejectCurrent(ctx)
}

func (p *Annotator) onSuggestDone(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.leaveSuggest(ctx)
}

// renderSuggestions is the review panel (#suggestions): every proposal
// with its speaker, type, confidence and reason; the current one marked.
// It sits in a wrapper that is always there, so the panels after it keep
// their places in go-app's positional diff.
func (p *Annotator) renderSuggestions() app.UI {
	slot := app.Div().Class("suggest-slot")
	if !p.sgLive() {
		return slot
	}
	return slot.Body(p.renderSuggestPanel())
}

func (p *Annotator) renderSuggestPanel() app.UI {
	claimed := p.claimSpans()
	open, openHigh := 0, 0
	for i, it := range p.sg.items {
		if p.sgStatus(i, claimed) == itemOpen {
			open++
			if it.High() {
				openHigh++
			}
		}
	}
	// A long article has hundreds of proposals: the list shows a window
	// around the current one (rendering them all costs half a second).
	from, to := sgWindow(len(p.sg.items), p.sg.cur)
	items := make([]app.UI, 0, to-from+2)
	if from > 0 {
		items = append(items, app.Li().Class("sg-more").Text(wording.Plural(from, "earlier suggestion", "earlier suggestions")+" (Shift+Tab)"))
	}
	for i := from; i < to; i++ {
		items = append(items, p.renderSuggestion(i, p.sgStatus(i, claimed)))
	}
	if to < len(p.sg.items) {
		items = append(items, app.Li().Class("sg-more").Text(wording.Plural(len(p.sg.items)-to, "more suggestion", "more suggestions")+" (Tab)"))
	}
	ms := float64(p.sg.took.Microseconds()) / 1000
	return app.Section().ID("suggestions").Class("card", "suggest-panel").
		Aria("label", "Suggestions").
		DataSet("count", len(p.sg.items)).DataSet("open", open).
		DataSet("ms", strconv.FormatFloat(ms, 'f', 2, 64)).
		Body(
			app.Div().Class("card-head").Body(
				app.H2().Text("Suggestions"),
				app.Button().ID("suggest-done").Type("button").Class("link-btn").
					Title("Leave the review (Esc)").OnClick(p.onSuggestDone).Text("Done"),
			),
			app.P().Class("hint").Text(fmt.Sprintf("%d proposed, %d to review (found in %.0f ms). Enter or A accepts, X rejects, H accepts all high-confidence, Tab moves, Esc leaves.",
				len(p.sg.items), open, ms)),
			app.Div().Class("form-buttons").Body(
				app.Button().ID("accept-high").Type("button").Class("primary").
					Disabled(openHigh == 0).OnClick(p.onAcceptHigh).
					Title("Accept all high-confidence (H)").
					Text(fmt.Sprintf("Accept all high-confidence (%d)", openHigh)),
				app.Button().ID("sg-accept").Type("button").Disabled(p.sg.cur < 0).
					Title("Accept (Enter, A)").OnClick(p.onAcceptClick).Text("Accept"),
				app.Button().ID("sg-reject").Type("button").Disabled(p.sg.cur < 0).
					Title("Reject (X)").OnClick(p.onRejectClick).Text("Reject"),
			),
			app.If(len(p.sg.items) > 0 && open == 0, app.P().Class("hint").Text("All suggestions reviewed.")),
			// Focusable: the list scrolls, and a keyboard needs focus to
			// scroll it.
			app.Ol().Class("sg-list").TabIndex(0).Aria("label", "Suggested claims").Body(items...),
		)
}

func (p *Annotator) renderSuggestion(i int, st itemStatus) app.UI {
	it := p.sg.items[i]
	cls := []string{"sg-item"}
	status := "open"
	switch st {
	case itemAccepted:
		cls, status = append(cls, "accepted"), "accepted"
	case itemRejected:
		cls, status = append(cls, "rejected"), "rejected"
	}
	if i == p.sg.cur {
		cls = append(cls, "cur")
	}
	conf := fmt.Sprintf("%.0f%%", it.Confidence*100)
	confCls := "sg-conf"
	if !it.High() {
		conf += " · low"
		confCls = "sg-conf low"
	}
	sp := p.sgSpeaker(i)
	return app.Li().Class(cls...).DataSet("index", i).DataSet("status", status).
		Aria("current", fmt.Sprint(i == p.sg.cur)).
		OnClick(func(ctx app.Context, e app.Event) { p.selectSuggestion(ctx, i) }, i).
		Body(
			app.Div().Class("sg-who").Body(
				app.Span().Class("sg-speaker").Text(p.sgSpeakerLabel(i)),
				app.If(sp.Kind != "" && sp.Kind != annotate.SpeakerPerson, app.Span().Class("sg-kind").Text(string(sp.Kind))),
				app.Span().Class("tag", "sg-type").Text(string(it.Claim.Attribution)),
				app.Span().Class(confCls).Title("confidence").Text(conf),
				app.If(st != itemOpen, app.Span().Class("sg-status").Text(status)),
			),
			app.Div().Class("sg-quote").Text(p.sgExcerpt(it.Claim.Span)),
			app.Div().Class("sg-reason").Text(it.Reason),
		)
}

// selectSuggestion makes proposal i current (a click in the list).
func (p *Annotator) selectSuggestion(ctx app.Context, i int) {
	defer p.guard(ctx)
	if !p.sgLive() || i < 0 || i >= len(p.sg.items) {
		return
	}
	p.sg.cur = i
	p.scheduleGhosts(ctx, true)
}

// sgExcerpt is the proposal's text, shortened for the list.
func (p *Annotator) sgExcerpt(sp annotate.Span) string {
	s, e := max(sp.Start, 0), min(sp.End, len(p.runes))
	if s >= e {
		return ""
	}
	const most = 160
	if e-s > most {
		return string(p.runes[s:s+most]) + "…"
	}
	return string(p.runes[s:e])
}

// sgListSize is how many proposals the list shows at most.
const sgListSize = 60

// sgWindow is the range of proposals the list shows: sgListSize of them,
// starting a few before the current one.
func sgWindow(n, cur int) (from, to int) {
	from = max(0, min(cur-10, n-sgListSize))
	return from, min(n, from+sgListSize)
}
