package annotator

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/syncer"
	"whosaid/app/wording"
)

// The claim editor's "Also edited on another device" box (#claim-versions):
// the versions of the claim's fields that lost a merge (annotate.Conflict),
// each with where and when it was made, the value it holds next to the
// current one, and two buttons: use it, or keep the current value. The
// claim stays marked in the list until every version is settled.

func (p *Annotator) renderVersions(c annotate.Claim) app.UI {
	if len(c.Conflicts) == 0 {
		return nil
	}
	set := p.h.Set()
	items := make([]app.UI, len(c.Conflicts))
	for i, v := range c.Conflicts {
		useText, keepText := "Use this version", "Keep the current one"
		now := "Now: " + versionValue(set, annotate.VersionOf(&c, v.Field))
		if v.Field == annotate.FieldDeleted {
			useText, keepText, now = "Delete the claim", "Keep the claim", ""
		}
		items[i] = app.Li().Class("version").DataSet("field", string(v.Field)).DataSet("index", i).Body(
			app.P().Class("version-head").Body(
				app.Strong().Text(wording.UpperFirst(versionWhat(v))),
				app.Span().Class("muted").Text(" — "+syncer.DeviceName(v.Device, p.device())+", "+v.Modified.Local().Format("2 Jan 15:04")),
			),
			app.If(v.Field != annotate.FieldDeleted, app.P().Class("version-value").Text(versionValue(set, v))),
			app.If(now != "", app.P().Class("version-now muted").Text(now)),
			app.Div().Class("form-buttons").Body(
				app.Button().Type("button").Class("use-version").DataSet("index", i).
					Aria("label", useText+": "+versionWhat(v)).
					OnClick(p.onUseVersion, i, string(v.Field)).Text(useText),
				app.Button().Type("button").Class("keep-current").DataSet("index", i).
					Aria("label", keepText+": "+versionWhat(v)).
					OnClick(p.onKeepCurrent, i, string(v.Field)).Text(keepText),
			),
		)
	}
	return app.Div().ID("claim-versions").Class("versions").Role("group").Aria("labelledby", "versions-title").Body(
		app.H3().ID("versions-title").Class("versions-title").Text("Also edited on another device"),
		app.P().Class("hint").Text("This claim was changed on two devices before they synced: the newer edit applies, the other is kept here until you pick one."),
		app.Ul().Class("version-list").Body(items...),
	)
}

// versionWhat names what a version is of: "the note", "a deletion".
func versionWhat(v annotate.Conflict) string {
	if v.Field == annotate.FieldDeleted {
		return "deleted there"
	}
	return "other " + fieldLabel(v.Field)
}

// versionValue shows the value a version holds.
func versionValue(set *annotate.Set, v annotate.Conflict) string {
	quote := func(s string) string {
		if s == "" {
			return "(empty)"
		}
		return "“" + wording.Clip(s, 200) + "”"
	}
	switch v.Field {
	case annotate.FieldSpan:
		if v.Span == nil {
			return "(none)"
		}
		if v.Orphan {
			return quote(v.Span.Exact) + " (not placed)"
		}
		return quote(v.Span.Exact)
	case annotate.FieldSpeaker:
		if sp, ok := set.Speaker(v.SpeakerID); ok {
			return sp.Name
		}
		return "Unattributed"
	case annotate.FieldAttribution:
		return orNotSet(string(v.Attribution))
	case annotate.FieldKind:
		return orNotSet(string(v.Kind))
	case annotate.FieldCue:
		if v.Cue == nil {
			return "(none)"
		}
		return quote(v.Cue.Exact)
	case annotate.FieldMentions:
		if len(v.Mentions) == 0 {
			return "(none)"
		}
		qs := make([]string, len(v.Mentions))
		for i, m := range v.Mentions {
			qs[i] = quote(m.Exact)
		}
		return strings.Join(qs, ", ")
	case annotate.FieldNote:
		return quote(v.Note)
	case annotate.FieldTags:
		if len(v.Tags) == 0 {
			return "(none)"
		}
		return strings.Join(v.Tags, ", ")
	case annotate.FieldCreator:
		return quote(v.Creator)
	}
	return ""
}

func orNotSet(s string) string {
	if s == "" {
		return "not set"
	}
	return s
}

func (p *Annotator) onUseVersion(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.settleVersion(ctx, versionIndex(ctx), true)
}

func (p *Annotator) onKeepCurrent(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.settleVersion(ctx, versionIndex(ctx), false)
}

func versionIndex(ctx app.Context) int {
	i, err := strconv.Atoi(browser.String(browser.Call(ctx.JSSrc(), "getAttribute", "data-index")))
	if err != nil {
		return -1
	}
	return i
}

// settleVersion uses (or dismisses) the i-th version of the current claim.
func (p *Annotator) settleVersion(ctx app.Context, i int, use bool) {
	c, ok := p.curClaim()
	if !ok || i < 0 || i >= len(c.Conflicts) {
		return
	}
	v := c.Conflicts[i]
	if !use {
		if p.do(ctx, annotate.DismissVersion(c.ID, v)) {
			p.say("Kept the current " + fieldLabel(v.Field) + ".")
			focusVersions(ctx)
		}
		return
	}
	next := ""
	if v.Field == annotate.FieldDeleted {
		next = p.neighbourClaim(c.ID)
	}
	if !p.do(ctx, annotate.UseVersion(c.ID, v)) {
		return
	}
	if v.Field == annotate.FieldDeleted {
		p.vs.Cur = next
		p.refresh()
		p.say("Claim deleted (Ctrl+Z to undo).")
		return
	}
	p.say("Now using the other " + fieldLabel(v.Field) + " (Ctrl+Z to undo).")
	focusVersions(ctx)
}

// focusVersions keeps the keyboard in the box after a choice: on the next
// version's first button, else on the editor's note.
func focusVersions(ctx app.Context) {
	ctx.Defer(func(app.Context) {
		if browser.Obj(browser.Query("#claim-versions button")) {
			browser.Focus("#claim-versions button")
			return
		}
		browser.Focus("#note-input")
	})
}
