package main

import (
	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// syncView is the sync status in the top bar (#sync-status, data-state
// synced|pending|offline|conflict-merged|error|local) and, on click, the
// Sync panel (#sync-panel): the owner token to copy, and a field to paste
// another device's token so this browser reaches the same sets.
type syncView struct {
	app.Compo
	Sync *syncer

	st     syncState
	token  string
	open   bool
	input  string
	err    string
	copied bool
}

func (v *syncView) OnMount(ctx app.Context) {
	ctx.GetState(syncStatusState, &v.st)
	ctx.ObserveState(syncStatusState).Value(&v.st)
	ctx.GetState(syncTokenState, &v.token)
	ctx.ObserveState(syncTokenState).Value(&v.token)
}

func (v *syncView) Render() app.UI {
	st := v.st
	if st.State == "" {
		// Before the syncer has said anything: what it is about to say,
		// not "off" (which flashed on every load before "Connecting…").
		st = syncState{State: "local", Message: "Saved in this browser only"}
		switch {
		case v.Sync != nil && v.Sync.state.State != "":
			st = v.Sync.state
		case v.Sync != nil && v.Sync.enabled:
			st = syncState{State: "pending", Message: connectingMessage}
		}
	}
	// Styled by web/files.css (no inline styles: the top bar's layout has
	// to place the panel, and inline styles left it only !important). The
	// button shows a short word that fits its fixed width, after a dot
	// drawn in CSS (a glyph such as ⏸ is missing from some fonts); the
	// whole message is in its name and tooltip.
	return app.Span().Class("sync").Aria("live", "polite").Body(
		app.Button().ID("sync-status").Class("sync-status").
			DataSet("state", st.State).
			Aria("expanded", v.open).
			Aria("controls", "sync-panel").
			Aria("label", "Sync: "+st.Message).
			Title("Sync: "+st.Message+" — show your sync token").
			Text(syncLabel(st)).
			OnClick(v.toggle),
		app.If(v.open, v.panel()),
	)
}

// connectingMessage is the status while the first look at the server is
// under way.
const connectingMessage = "Connecting…"

// syncLabel is the button's short text for a state.
func syncLabel(st syncState) string {
	switch st.State {
	case "synced":
		return "Synced"
	case "conflict-merged":
		return "Synced, merged"
	case "pending":
		if st.Message == connectingMessage {
			return "Connecting…"
		}
		return "Syncing…"
	case "offline":
		return "Offline"
	case "error":
		return "Not synced"
	}
	return "Sync: off" // why (a static copy, an exercise) is in the tooltip
}

func (v *syncView) panel() app.UI {
	return app.Div().ID("sync-panel").Class("sync-panel").Role("dialog").Aria("label", "Sync").
		OnKeyDown(onEscape(v.close)).
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

func (v *syncView) toggle(ctx app.Context, e app.Event) {
	v.open = !v.open
	v.err, v.copied = "", false
	if v.open {
		focusLater(ctx, "sync-token-input")
	}
}

func (v *syncView) close(ctx app.Context) {
	v.open = false
	v.Update()
}

func (v *syncView) onInput(ctx app.Context, e app.Event) {
	v.input = jsString(ctx.JSSrc().Get("value"))
	v.err = ""
}

// copy puts the token on the clipboard, or selects it for Ctrl+C where the
// clipboard API is not allowed.
func (v *syncView) copy(ctx app.Context, e app.Event) {
	if el := app.Window().GetElementByID("sync-token"); jsObj(el) {
		jsCall(el, "select")
	}
	if clip := jsGet(app.Window(), "navigator", "clipboard"); jsObj(clip) {
		jsCall(clip, "writeText", v.token)
	}
	v.copied = true
}

func (v *syncView) use(ctx app.Context, e app.Event) {
	if v.Sync == nil {
		return
	}
	if err := v.Sync.useToken(v.input); err != nil {
		v.err = err.Error()
		return
	}
	v.input, v.err, v.open = "", "", false
	showNotice(ctx, notice{Key: syncNoticeKey, Level: noticeInfo,
		Text: "This browser now syncs with that token: its annotated articles are being fetched."})
}
