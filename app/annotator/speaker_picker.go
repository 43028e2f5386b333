package annotator

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
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

// matchSpeakers lists the speakers whose name, alias or title contains
// query (ignoring case): name prefix matches first, then word-prefix
// matches, then any other match; ties keep the set's order.
func matchSpeakers(speakers []annotate.Speaker, query string) []annotate.Speaker {
	q := strings.ToLower(strings.TrimSpace(query))
	type hit struct {
		sp   annotate.Speaker
		rank int
		at   int
	}
	var hits []hit
	for i, sp := range speakers {
		rank := -1
		fields := append([]string{sp.Name}, sp.Aliases...)
		fields = append(fields, sp.Title, sp.Affiliation)
		for fi, f := range fields {
			f = strings.ToLower(f)
			if f == "" {
				continue
			}
			r := -1
			switch {
			case q == "":
				r = 3
			case strings.HasPrefix(f, q) && fi == 0:
				r = 0
			case strings.HasPrefix(f, q) || strings.Contains(f, " "+q):
				r = 1
			case strings.Contains(f, q):
				r = 2
			}
			if r >= 0 && (rank < 0 || r < rank) {
				rank = r
			}
		}
		if rank >= 0 {
			hits = append(hits, hit{sp, rank, i})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].rank < hits[j].rank })
	out := make([]annotate.Speaker, len(hits))
	for i, h := range hits {
		out[i] = h.sp
	}
	return out
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
	for _, sp := range matchSpeakers(p.h.Set().Speakers, p.picker.Query) {
		sub := sp.Title
		if sp.Affiliation != "" {
			sub = strings.TrimSpace(sub + " · " + sp.Affiliation)
		}
		out = append(out, pickerOption{Kind: "speaker", ID: sp.ID, Label: sp.Name, Sub: strings.Trim(sub, " ·")})
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
		// Uncontrolled (no Value): a re-render must not overwrite typing.
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
		app.Input().ID("new-speaker-name").Type("text").Required(true).Value(p.picker.New.Name),
		app.Label().For("new-speaker-title").Text("Title or role"),
		app.Input().ID("new-speaker-title").Type("text").Value(p.picker.New.Title).Placeholder("e.g. Foreign Minister"),
		app.Label().For("new-speaker-kind").Text("Kind"),
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
}

// onPickerBlur closes the list a moment later, so that a click on an
// option (which takes the focus first) still lands.
func (p *Annotator) onPickerBlur(ctx app.Context, e app.Event) {
	ctx.After(250*time.Millisecond, func(ctx app.Context) {
		if browser.ActiveElementID() != "speaker-input" {
			p.picker.Open = false
		}
	})
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
		ctx.Defer(func(app.Context) { browser.Focus("#speaker-input") })
	}
}

// resetPicker empties the picker, its (uncontrolled) box included.
func (p *Annotator) resetPicker() {
	p.picker = pickerState{}
	browser.SetInputValue("#speaker-input", "")
}
