package syncui

import (
	"strings"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/syncer"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// View is the sync status in the top bar (#sync-status, data-state
// synced|pending|offline|conflict-merged|error|local) and, on click, the
// Sync panel (#sync-panel): the owner token to copy, and a field to paste
// another device's token so this browser reaches the same sets.
type View struct {
	app.Compo
	Sync *Sync

	st     syncer.Status
	token  string
	open   bool
	input  string
	err    string
	copied bool
}

func (v *View) OnMount(ctx app.Context) {
	ctx.GetState(events.SyncStatus, &v.st)
	ctx.ObserveState(events.SyncStatus).Value(&v.st)
	ctx.GetState(events.SyncToken, &v.token)
	ctx.ObserveState(events.SyncToken).Value(&v.token)
}

func (v *View) Render() app.UI {
	st := v.st
	if st.State == "" {
		// Before the syncer has said anything: what it is about to say,
		// not "off" (which flashed on every load before "Connecting…").
		st = syncer.Status{State: syncer.Local, Message: "Saved in this browser only"}
		switch {
		case v.Sync != nil && v.Sync.Status().State != "":
			st = v.Sync.Status()
		case v.Sync != nil && v.Sync.Enabled():
			st = syncer.Status{State: syncer.Pending, Message: syncer.ConnectingMessage}
		}
	}
	// Styled by web/files.css (no inline styles: the top bar's layout has
	// to place the panel, and inline styles left it only !important). The
	// button shows a short word that fits its fixed width, after a dot
	// drawn in CSS (a glyph such as ⏸ is missing from some fonts); the
	// whole message is in its name and tooltip.
	return app.Span().Class("sync").Aria("live", "polite").Body(
		app.Button().ID("sync-status").Class("sync-status").
			DataSet("state", string(st.State)).
			Aria("expanded", v.open).
			Aria("controls", "sync-panel").
			// The name starts with the words shown (they were not in it:
			// "Syncing…" was named "Sync: Fetching your articles…").
			Aria("label", syncName(st)).
			Title(syncName(st)+" — show your sync token").
			Text(syncLabel(st)).
			OnClick(v.toggle),
		app.If(v.open, v.panel()),
	)
}

// syncName is the button's accessible name: its words, then the whole
// message when it says more.
func syncName(st syncer.Status) string {
	label := syncLabel(st)
	if st.Message == "" || strings.EqualFold(strings.TrimSuffix(st.Message, "…"), strings.TrimSuffix(label, "…")) {
		return label
	}
	return label + " — " + st.Message
}

// syncLabel is the button's short text for a state.
func syncLabel(st syncer.Status) string {
	switch st.State {
	case syncer.Synced:
		return "Synced"
	case syncer.Merged:
		return "Synced, merged"
	case syncer.Pending:
		if st.Message == syncer.ConnectingMessage {
			return "Connecting…"
		}
		return "Syncing…"
	case syncer.Offline:
		return "Offline"
	case syncer.Failed:
		return "Not synced"
	}
	return "Sync: off" // why (a static copy, an exercise) is in the tooltip
}

func (v *View) panel() app.UI {
	return app.Div().ID("sync-panel").Class("sync-panel").Role("dialog").Aria("label", "Sync").
		OnKeyDown(browser.OnEscape(v.close)).
		Body(
			app.H2().Class("sync-title").Text("Sync"),
			app.If(v.token == "",
				app.P().Text("This browser has no sync token yet: one is made the first time it reaches the whosaid server."),
			).Else(
				app.P().Text("Your sync token reaches your annotations on the server. Keep it private. "+
					"To work on the same articles in another browser or device, paste it there."),
				app.Div().Class("sync-row").Body(
					app.Input().ID("sync-token").Class("sync-token").ReadOnly(true).
						Aria("label", "Your sync token").Value(v.token),
					app.Button().ID("sync-copy").Text(copyLabel(v.copied)).OnClick(v.copy),
				),
			),
			app.Label().For("sync-token-input").Text("Use a token from another device:"),
			app.Div().Class("sync-row").Body(
				app.Input().ID("sync-token-input").Class("sync-token").
					Placeholder("paste the token here").
					AutoComplete(false).
					Value(v.input).
					OnInput(v.onInput),
				app.Button().ID("sync-token-use").Text("Use this token").OnClick(v.use),
			),
			app.If(v.err != "", app.P().ID("sync-token-error").Class("sync-error").Role("alert").Text(v.err)),
			app.Button().ID("sync-close").Text("Close").OnClick(func(ctx app.Context, e app.Event) { v.close(ctx) }),
		)
}

func copyLabel(copied bool) string {
	if copied {
		return "Copied"
	}
	return "Copy"
}

func (v *View) toggle(ctx app.Context, e app.Event) {
	v.open = !v.open
	v.err, v.copied = "", false
	if v.open {
		browser.FocusLater(ctx, "sync-token-input")
	}
}

func (v *View) close(ctx app.Context) {
	v.open = false
	v.Update()
}

func (v *View) onInput(ctx app.Context, e app.Event) {
	v.input = browser.SourceValue(ctx)
	v.err = ""
}

// copy puts the token on the clipboard, or selects it for Ctrl+C where the
// clipboard API is not allowed.
func (v *View) copy(ctx app.Context, e app.Event) {
	browser.Copy("sync-token", v.token)
	v.copied = true
}

func (v *View) use(ctx app.Context, e app.Event) {
	if v.Sync == nil {
		return
	}
	if err := v.Sync.UseToken(v.input); err != nil {
		v.err = err.Error()
		return
	}
	v.input, v.err, v.open = "", "", false
	notice.Show(ctx, notice.Notice{Key: NoticeKey, Level: notice.Info,
		Text: "This browser now syncs with that token: its annotated articles are being fetched."})
}
