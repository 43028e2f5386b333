package annotator

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

// renderClaimEditor is the side panel's editor of the current claim: quote,
// speaker, attribution type, kind, cue, mentions and note. Every field
// change is one undoable op.
func (p *Annotator) renderClaimEditor() app.UI {
	c, ok := p.curClaim()
	if !ok {
		return app.Section().ID("claim-editor").Class("card", "editor-empty").Aria("label", "Claim editor").Body(
			app.H2().Text("Claim"),
			app.P().Class("hint", "keys-only").Text("Select words in the article and press C (or the Claim button) to mark a claim. With the keyboard: focus the article, move with the arrow keys, hold Shift to select."),
			app.P().Class("hint", "touch-only").Text("Select words in the article, then tap Claim to mark them as a claim."),
		)
	}
	speaker, colour := p.speakerOf(c)
	return app.Section().ID("claim-editor").Class("card").DataSet("claim-id", c.ID).Aria("label", "Claim editor").Body(
		app.Div().Class("card-head").Body(
			app.H2().Text("Claim"),
			app.Button().ID("close-claim").Type("button").Class("icon-btn").Aria("label", "Close the editor").
				OnClick(p.onCloseClaim).Text("×"),
		),
		app.Blockquote().Class("quote").Style("--c", colour).Text(wording.Clip(c.Span.Exact, 280)),
		p.renderVersions(c),
		app.P().ID("claim-speaker").Class("who").Body(
			app.Span().Class("swatch").Style("background", colour).Aria("hidden", "true"),
			app.Span().Text(speaker),
		),
		p.renderSpeakerPicker(c),
		app.Div().Class("field-row").Body(
			app.Div().Class("field").Body(
				app.Label().For("attr-select").Class("field-label").Text("Attribution"),
				app.Select().ID("attr-select").OnChange(p.onAttrChange).Body(options(annotate.AttributionTypes, c.Attribution)...),
			),
			app.Div().Class("field").Body(
				app.Label().For("kind-select").Class("field-label").Text("Claim type"),
				app.Select().ID("kind-select").OnChange(p.onKindChange).Body(options(annotate.ClaimKinds, c.Kind)...),
			),
		),
		app.P().Class("field-line").Body(app.Span().Class("field-label").Text("Cue "), p.renderCue(c)),
		p.renderMentions(c),
		app.Label().For("note-input").Class("field-label").Text("Note"),
		app.Textarea().ID("note-input").Rows(2).Placeholder("Why this matters, how to check it…").
			Text(c.Note).OnChange(p.onNoteChange),
		app.Div().Class("form-buttons").Body(
			app.Button().ID("delete-claim").Type("button").Class("danger").OnClick(p.onDeleteClaim).
				Title("Delete this claim (Delete)").Text("Delete claim"),
		),
	)
}

// speakerOf is the claim's speaker as the editor names it ("Name, title")
// and their colour.
func (p *Annotator) speakerOf(c annotate.Claim) (name, colour string) {
	set := p.h.Set()
	sp, ok := set.Speaker(c.SpeakerID)
	if !ok {
		return "Unattributed", palette.Unattributed
	}
	name = sp.Name
	if sp.Title != "" {
		name += ", " + sp.Title
	}
	return name, palette.Colours(set)[sp.ID]
}

// options are a select's options: "not set", then each value, the
// current one selected.
func options[T ~string](values []T, cur T) []app.UI {
	out := []app.UI{app.Option().Value("").Selected(cur == "").Text("not set")}
	for _, v := range values {
		out = append(out, app.Option().Value(string(v)).Selected(cur == v).Text(string(v)))
	}
	return out
}

// renderCue is the claim's cue with a button to remove it.
func (p *Annotator) renderCue(c annotate.Claim) app.UI {
	if c.Cue == nil {
		return app.Span().Class("muted").Body(
			app.Span().Class("keys-only").Text("none — select “said” and press V"),
			app.Span().Class("touch-only").Text("none — select “said” and tap Cue"),
		)
	}
	return app.Span().Body(
		app.Span().Class("cue-text").Text("“"+c.Cue.Exact+"” "),
		app.Button().ID("clear-cue").Type("button").Class("link-btn").Aria("label", "Remove the cue").
			OnClick(p.onClearCue).Text("remove"),
	)
}

// renderMentions lists the claim's speaker mentions, each removable.
func (p *Annotator) renderMentions(c annotate.Claim) app.UI {
	if len(c.Mentions) == 0 {
		return nil
	}
	var mentions []app.UI
	for i, m := range c.Mentions {
		mentions = append(mentions, app.Li().Body(
			app.Span().Text(m.Exact+" "),
			app.Button().Type("button").Class("link-btn", "remove-mention").DataSet("index", i).
				Aria("label", "Remove the mention “"+m.Exact+"”").
				OnClick(p.onRemoveMention, i).Text("remove"),
		))
	}
	return app.Div().Class("field-line").Body(
		app.Span().Class("field-label").Text("Mentions"),
		app.Ul().Class("mentions").Body(mentions...),
	)
}

func (p *Annotator) onClearCue(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.editCur(ctx, "Remove cue", func(c *annotate.Claim) { c.Cue = nil })
}

func (p *Annotator) onRemoveMention(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	i, err := strconv.Atoi(browser.String(browser.Call(ctx.JSSrc(), "getAttribute", "data-index")))
	if err != nil {
		return
	}
	p.removeMention(ctx, i)
}

// removeMention drops the i-th mention of the current claim.
func (p *Annotator) removeMention(ctx app.Context, i int) {
	p.editCur(ctx, "Remove mention", func(c *annotate.Claim) {
		if i >= 0 && i < len(c.Mentions) {
			c.Mentions = append(c.Mentions[:i:i], c.Mentions[i+1:]...)
		}
	})
}

func (p *Annotator) onCloseClaim(ctx app.Context, e app.Event) {
	p.vs.Cur = ""
	p.refresh()
	browser.Focus("#article")
}

// CloseEditor closes the claim editor, for a page that shows something
// the editor would cover: on a phone it is a sheet over the lower half of
// the screen (the student's feedback after Submit was under it).
func (p *Annotator) CloseEditor() {
	if p.h == nil || p.vs.Cur == "" {
		return
	}
	p.vs.Cur = ""
	p.picker = pickerState{}
	p.refresh()
	if p.Mounted() {
		p.Update()
	}
}

func (p *Annotator) editCur(ctx app.Context, label string, f func(c *annotate.Claim)) {
	c, ok := p.curClaim()
	if !ok {
		return
	}
	f(&c)
	p.do(ctx, annotate.Group(label, annotate.EditClaim(c)))
}

func (p *Annotator) onAttrChange(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	v := annotate.AttributionType(browser.String(browser.Get(ctx.JSSrc(), "value")))
	p.editCur(ctx, "Change attribution type", func(c *annotate.Claim) { c.Attribution = v })
}

func (p *Annotator) onKindChange(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	v := annotate.ClaimKind(browser.String(browser.Get(ctx.JSSrc(), "value")))
	p.editCur(ctx, "Change claim kind", func(c *annotate.Claim) { c.Kind = v })
}

func (p *Annotator) onNoteChange(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	v := browser.String(browser.Get(ctx.JSSrc(), "value"))
	c, ok := p.curClaim()
	if !ok || c.Note == v {
		return
	}
	p.editCur(ctx, "Edit note", func(c *annotate.Claim) { c.Note = v })
}

func (p *Annotator) onDeleteClaim(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.deleteCur(ctx)
}

// deleteCur deletes the current claim; undo brings it back.
func (p *Annotator) deleteCur(ctx app.Context) {
	if p.vs.Cur == "" {
		return
	}
	next := p.neighbourClaim(p.vs.Cur)
	if p.do(ctx, annotate.DeleteClaim(p.vs.Cur)) {
		p.vs.Cur = next
		p.refresh()
		p.say("Claim deleted (Ctrl+Z to undo).")
	}
}
