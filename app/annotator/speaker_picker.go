package annotator

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/names"
	"whosaid/app/browser"
	"whosaid/app/palette"
)

// pickerState is the type-ahead speaker picker of the claim editor.
type pickerState struct {
	Query   string
	Active  int  // highlighted option
	Open    bool // the option list is showing
	NewForm bool // the "new speaker" form is showing
	New     annotate.Speaker
}

// pickerOption is one line of the list: a speaker, "new speaker" or
// "unattributed".
type pickerOption struct {
	Kind  string // "speaker", "new", "none"
	ID    string
	Label string
	Sub   string
}

func (p *Annotator) pickerOptions() []pickerOption {
	var out []pickerOption
	// The one name rule (annotate/names): "S. Lavrov" finds Sergei
	// Lavrov, so the existing speaker comes before a new one.
	for _, m := range names.Speakers(p.h.Set().Speakers, p.picker.Query) {
		sp := m.Speaker
		sub := strings.Trim(strings.TrimSpace(sp.Title+" · "+sp.Affiliation), " ·")
		if m.Via != sp.Name && slices.Contains(sp.Aliases, m.Via) {
			sub = strings.Trim("also “"+m.Via+"” · "+sub, " ·")
		}
		out = append(out, pickerOption{Kind: "speaker", ID: sp.ID, Label: sp.Name, Sub: sub})
	}
	if q := strings.TrimSpace(p.picker.Query); q != "" {
		out = append(out, pickerOption{Kind: "new", Label: "New speaker “" + q + "”", Sub: "add a name, title and kind"})
	}
	out = append(out, pickerOption{Kind: "none", Label: "Unattributed", Sub: "no speaker (yet)"})
	return out
}

// renderSpeakerPicker is the combobox plus its list or the new-speaker form.
func (p *Annotator) renderSpeakerPicker(c annotate.Claim) app.UI {
	opts := p.pickerOptions()
	active := min(max(p.picker.Active, 0), len(opts)-1)
	input := app.Input().ID("speaker-input").Type("text").Class("picker-input").
		Role("combobox").Aria("autocomplete", "list").Aria("controls", "speaker-options").
		Aria("expanded", fmt.Sprint(p.picker.Open)).
		Placeholder("Who said it? Type a name…").AutoComplete(false).
		// The box names the claim's speaker (it went back to the empty
		// placeholder after attributing). The value only changes with the
		// speaker, so a re-render never overwrites typing; focus selects
		// it, so typing replaces it.
		Value(p.speakerName(c)).
		OnInput(p.onPickerInput).OnKeyDown(p.onPickerKey).OnFocus(p.onPickerFocus).OnBlur(p.onPickerBlur)
	if p.picker.Open {
		input = input.Aria("activedescendant", fmt.Sprintf("speaker-opt-%d", active))
	}
	var list app.UI
	if p.picker.Open && !p.picker.NewForm {
		items := make([]app.UI, len(opts))
		for i, o := range opts {
			li := app.Li().ID(fmt.Sprintf("speaker-opt-%d", i)).Role("option").
				Class("opt", "opt-"+o.Kind).Aria("selected", fmt.Sprint(i == active)).
				DataSet("kind", o.Kind).DataSet("speaker-id", o.ID).
				OnMouseDown(func(ctx app.Context, e app.Event) { browser.PreventDefault(e) }).
				OnClick(p.onPickerOptionClick, i, o.Kind, o.ID)
			body := []app.UI{app.Span().Class("opt-label").Text(o.Label)}
			if o.Kind == "speaker" {
				body = append([]app.UI{app.Span().Class("swatch").Style("background", palette.Colours(p.h.Set())[o.ID]).Aria("hidden", "true")}, body...)
			}
			if o.Sub != "" {
				body = append(body, app.Span().Class("opt-sub").Text(o.Sub))
			}
			if i == active {
				li = li.Class("active")
			}
			items[i] = li.Body(body...)
		}
		list = app.Ul().ID("speaker-options").Role("listbox").Aria("label", "Speakers").Class("options").Body(items...)
	}
	var form app.UI
	if p.picker.NewForm {
		form = p.renderNewSpeakerForm()
	}
	return app.Div().Class("picker").Body(
		app.Label().For("speaker-input").Class("field-label").Text("Speaker"),
		input,
		list,
		form,
	)
}

func (p *Annotator) renderNewSpeakerForm() app.UI {
	kinds := make([]app.UI, len(annotate.SpeakerKinds))
	for i, k := range annotate.SpeakerKinds {
		kinds[i] = app.Option().Value(string(k)).Selected(p.picker.New.Kind == k).Text(string(k))
	}
	// A group, not a <form>: go-app handlers run after the event, too late
	// to stop a form's submission (a page load).
	return app.Div().ID("new-speaker-form").Role("group").Class("mini-form").Aria("label", "New speaker").
		OnKeyDown(p.onNewSpeakerKey).Body(
		app.Label().For("new-speaker-name").Text("Name"),
		// The fields start from the state and are read back on submit; they
		// are not updated while typing (a re-render would eat keystrokes).
		app.Input().ID("new-speaker-name").Type("text").Required(true).Value(p.picker.New.Name).
			OnInput(func(ctx app.Context, e app.Event) { p.picker.New.Name = browser.SourceValue(ctx) }),
		p.renderSameSpeaker(),
		app.Label().For("new-speaker-title").Text("Title or role"),
		app.Input().ID("new-speaker-title").Type("text").Value(p.picker.New.Title).Placeholder("e.g. Foreign Minister"),
		app.Label().For("new-speaker-kind").Text("Speaker type"),
		app.Select().ID("new-speaker-kind").Body(kinds...).
			OnChange(func(ctx app.Context, e app.Event) {
				p.picker.New.Kind = annotate.SpeakerKind(browser.String(browser.Get(ctx.JSSrc(), "value")))
			}),
		app.Div().Class("form-buttons").Body(
			app.Button().ID("new-speaker-save").Type("button").Class("primary").OnClick(p.onNewSpeakerSave).Text("Add and attribute"),
			app.Button().ID("new-speaker-cancel").Type("button").Text("Cancel").
				OnClick(func(ctx app.Context, e app.Event) { p.picker.NewForm = false }),
		),
	)
}

func (p *Annotator) onPickerInput(ctx app.Context, e app.Event) {
	p.picker.Query = browser.String(browser.Get(ctx.JSSrc(), "value"))
	p.picker.Open = true
	p.picker.NewForm = false
	p.picker.Active = 0
}

func (p *Annotator) onPickerFocus(ctx app.Context, e app.Event) {
	p.picker.Open = true
	browser.Call(ctx.JSSrc(), "select")
}

// onPickerBlur closes the list a moment later, so that a click on an
// option (which takes the focus first) still lands; the box names the
// speaker again.
func (p *Annotator) onPickerBlur(ctx app.Context, e app.Event) {
	ctx.After(250*time.Millisecond, func(ctx app.Context) {
		if browser.ActiveElementID() != "speaker-input" {
			p.picker.Open = false
			if c, ok := p.curClaim(); ok && !p.picker.NewForm {
				p.picker.Query = ""
				browser.SetInputValue("#speaker-input", p.speakerName(c))
			}
		}
	})
}

// speakerName is the claim's speaker's name ("" when unattributed).
func (p *Annotator) speakerName(c annotate.Claim) string {
	if sp, ok := p.h.Set().Speaker(c.SpeakerID); ok {
		return sp.Name
	}
	return ""
}

// renderSameSpeaker points a new speaker at an existing one that may be
// the same person ("Lavrov" for Sergei Lavrov), so no duplicate is made.
func (p *Annotator) renderSameSpeaker() app.UI {
	for _, sp := range p.h.Set().Speakers {
		if !names.SamePerson(p.picker.New.Name, sp.Name) {
			continue
		}
		return app.P().ID("new-speaker-same").Class("hint").Body(
			app.Text("Already a speaker: "+sp.Name+" "),
			app.Button().Type("button").Class("link-btn").OnClick(p.onUseExisting, sp.ID).
				DataSet("speaker-id", sp.ID).Text("Use "+sp.Name),
		)
	}
	return nil
}

// onUseExisting attributes the claim to the existing speaker the new
// speaker form pointed at.
func (p *Annotator) onUseExisting(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	id := browser.SourceAttr(ctx, "button", "data-speaker-id")
	p.choose(ctx, "speaker", id)
	browser.Focus("#attr-select") // now, while the form still has the keyboard
}

// onPickerKey: arrows move through the options, Enter picks, Escape closes.
func (p *Annotator) onPickerKey(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	opts := p.pickerOptions()
	switch browser.String(browser.Get(e.Value, "key")) {
	case "ArrowDown":
		browser.PreventDefault(e)
		p.picker.Open = true
		p.picker.Active = min(p.picker.Active+1, len(opts)-1)
	case "ArrowUp":
		browser.PreventDefault(e)
		p.picker.Active = max(p.picker.Active-1, 0)
	case "Enter":
		browser.PreventDefault(e)
		if !p.picker.Open || len(opts) == 0 {
			p.picker.Open = true
			return
		}
		o := opts[min(max(p.picker.Active, 0), len(opts)-1)]
		p.choose(ctx, o.Kind, o.ID)
	case "Escape":
		if p.picker.Open {
			p.picker.Open = false
		} else {
			browser.Focus("#article")
		}
	}
}

func (p *Annotator) onPickerOptionClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	i := 0
	opts := p.pickerOptions()
	kind := browser.String(browser.Call(ctx.JSSrc(), "getAttribute", "data-kind"))
	id := browser.String(browser.Call(ctx.JSSrc(), "getAttribute", "data-speaker-id"))
	for j, o := range opts {
		if o.Kind == kind && o.ID == id {
			i = j
		}
	}
	p.picker.Active = i
	p.choose(ctx, kind, id)
}

// choose acts on a picked option.
func (p *Annotator) choose(ctx app.Context, kind, id string) {
	c, ok := p.curClaim()
	if !ok {
		return
	}
	switch kind {
	case "speaker":
		if p.do(ctx, annotate.AttributeClaim(c.ID, id)) {
			p.say("Attributed to " + p.h.Set().SpeakerName(annotate.Claim{SpeakerID: id}) + ".")
			p.resetPicker()
		}
	case "none":
		if c.SpeakerID == "" || p.do(ctx, annotate.AttributeClaim(c.ID, "")) {
			p.say("The claim is unattributed.")
			p.resetPicker()
		}
	case "new":
		sp := newSpeakerFromMention(p.picker.Query)
		p.picker.New = sp
		p.picker.NewForm = true
		p.picker.Open = false
		ctx.Defer(func(app.Context) { browser.Focus("#new-speaker-name") })
	}
}

// onNewSpeakerKey: Enter in a text field saves, Escape cancels.
func (p *Annotator) onNewSpeakerKey(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	k := browser.ReadKey(e)
	switch {
	case k.Key == "Enter" && k.TargetTag == "INPUT":
		p.saveNewSpeaker(ctx)
	case k.Key == "Escape":
		p.picker.NewForm = false
		browser.Focus("#speaker-input")
	}
}

func (p *Annotator) onNewSpeakerSave(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.saveNewSpeaker(ctx)
}

// saveNewSpeaker adds the speaker and attributes the claim to it, as one
// undo step.
func (p *Annotator) saveNewSpeaker(ctx app.Context) {
	if !p.picker.NewForm {
		return
	}
	c, ok := p.curClaim()
	if !ok {
		return
	}
	sp := p.picker.New
	if v, ok := browser.InputValue("#new-speaker-name"); ok {
		sp.Name = v
	}
	if v, ok := browser.InputValue("#new-speaker-title"); ok {
		sp.Title = strings.TrimSpace(v)
	}
	sp.Name = strings.TrimSpace(sp.Name)
	if sp.Name == "" {
		p.say("A new speaker needs a name.")
		return
	}
	if sp.Kind == "" {
		sp.Kind = annotate.SpeakerPerson
	}
	sp.ID = p.h.NewID("s")
	if p.do(ctx, annotate.Group("Add speaker and attribute", annotate.AddSpeaker(sp), annotate.AttributeClaim(c.ID, sp.ID))) {
		p.say("Added " + sp.Name + " and attributed the claim.")
		p.resetPicker()
		// The keyboard goes on to the next field now, while the form's
		// button still has it: once the form is gone it fell to the page.
		browser.Focus("#attr-select")
	}
}

// resetPicker empties the picker; its box names the claim's speaker.
func (p *Annotator) resetPicker() {
	p.picker = pickerState{}
	name := ""
	if c, ok := p.curClaim(); ok {
		name = p.speakerName(c)
	}
	browser.SetInputValue("#speaker-input", name)
}
