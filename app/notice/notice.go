// Package notice shows messages above a page: a damaged save, a full
// storage, a change made in another tab, what an import did. They stay
// until dismissed or until one of their actions runs; a notice with a Key
// replaces the earlier one with the same key. Any code may show one
// (Show); a page shows them with a Bar.
package notice

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/app/events"
)

// Level is how serious a notice is.
type Level string

const (
	Info    Level = "info"
	Warning Level = "warning"
	Error   Level = "error"
)

// Notice is one message. Key, if set, replaces an earlier notice with the
// same key instead of stacking another.
type Notice struct {
	ID      int
	Key     string
	Level   Level
	Title   string
	Text    string
	Details []string // listed under the text, e.g. every problem in a file
	// Items are listed under the text too, each with a link to what it
	// names (a claim a merge changed); running one keeps the notice.
	Items   []Item
	Actions []Action
	// Sticky notices have no dismiss button: an action must be chosen.
	Sticky bool
}

// Action is a button on a notice. Running it dismisses the notice
// unless Keep is set.
type Action struct {
	Label string
	Run   func(ctx app.Context)
	Keep  bool
}

// Item is a line of a notice with a link: Link labels the button,
// Run follows it. Key (e.g. a claim id) is in the item's data-key.
type Item struct {
	Text string
	Key  string
	Link string
	Run  func(ctx app.Context)
}

// The notice list is only touched on the UI goroutine.
var (
	notices      []Notice
	lastNoticeID int
)

// Show shows n (replacing a notice with the same Key) and returns its id.
func Show(ctx app.Context, n Notice) int {
	id := add(n)
	ctx.SetState(events.Notices, append([]Notice(nil), notices...))
	return id
}

// ShowAll shows several notices at once: one change of the bar, so no
// frame shows some of them and not the others.
func ShowAll(ctx app.Context, list []Notice) {
	for _, n := range list {
		add(n)
	}
	ctx.SetState(events.Notices, append([]Notice(nil), notices...))
}

// add puts n in the list (replacing a notice with the same Key).
func add(n Notice) int {
	lastNoticeID++
	n.ID = lastNoticeID
	if n.Level == "" {
		n.Level = Info
	}
	next := make([]Notice, 0, len(notices)+1)
	for _, o := range notices {
		if n.Key == "" || o.Key != n.Key {
			next = append(next, o)
		}
	}
	notices = append(next, n)
	return n.ID
}

// Dismiss removes a notice by id.
func Dismiss(ctx app.Context, id int) {
	dismissWhere(ctx, func(n Notice) bool { return n.ID == id })
}

// DismissLevel removes every notice of a level.
func DismissLevel(ctx app.Context, level Level) {
	dismissWhere(ctx, func(n Notice) bool { return n.Level == level })
}

// dismissWhere removes the notices gone says go, and publishes the rest.
func dismissWhere(ctx app.Context, gone func(Notice) bool) {
	next := make([]Notice, 0, len(notices))
	for _, o := range notices {
		if !gone(o) {
			next = append(next, o)
		}
	}
	notices = next
	ctx.SetState(events.Notices, append([]Notice(nil), notices...))
}

// DismissKey removes the notice with the given key, if any.
func DismissKey(ctx app.Context, key string) {
	for _, o := range notices {
		if o.Key == key {
			Dismiss(ctx, o.ID)
			return
		}
	}
}

// Bar shows the current notices (#notices, one .notice each with
// data-level and data-key).
type Bar struct {
	app.Compo
	list []Notice
}

// Drawn is a bar showing list before the app is live: on a page the
// server draws, and in the browser's first drawing of it, so that the
// notices the start gave take their room from the first paint on.
func Drawn(list []Notice) *Bar { return &Bar{list: list} }

func (b *Bar) OnMount(ctx app.Context) {
	// A drawn bar keeps its notices until they are shown for good (the
	// start shows them just after the app mounts: no frame without them).
	if len(b.list) == 0 || len(notices) > 0 {
		b.list = append([]Notice(nil), notices...)
	}
	ctx.ObserveState(events.Notices).Value(&b.list)
}

func (b *Bar) Render() app.UI {
	return app.Div().ID("notices").Class("notices").Aria("live", "polite").Body(
		app.Range(b.list).Slice(func(i int) app.UI {
			n := b.list[i]
			id := strconv.Itoa(n.ID)
			role := "status"
			if n.Level == Error {
				role = "alert"
			}
			return app.Div().
				Class("notice", "notice-"+string(n.Level)).
				DataSet("level", string(n.Level)).
				DataSet("key", n.Key).
				DataSet("id", id).
				Role(role).
				Body(
					app.If(n.Title != "", app.Strong().Class("notice-title").Text(n.Title)),
					app.If(n.Text != "", app.P().Class("notice-text").Text(n.Text)),
					app.If(len(n.Details) > 0, app.Ul().Class("notice-details").Body(
						app.Range(n.Details).Slice(func(j int) app.UI {
							return app.Li().Text(n.Details[j])
						}),
					)),
					app.If(len(n.Items) > 0, app.Ul().Class("notice-items").Body(
						app.Range(n.Items).Slice(func(j int) app.UI {
							it := n.Items[j]
							return app.Li().Class("notice-item").DataSet("key", it.Key).Body(
								app.Span().Class("notice-item-text").Text(it.Text+" "),
								app.If(it.Run != nil, app.Button().Type("button").
									Class("link-btn", "notice-link").
									DataSet("key", it.Key).
									Aria("label", it.Link+": "+it.Text).
									Text(it.Link).
									OnClick(b.onItem(n.ID, j), id, strconv.Itoa(j), it.Key)),
							)
						}),
					)),
					app.Div().Class("notice-actions").Body(
						app.Range(n.Actions).Slice(func(j int) app.UI {
							return app.Button().
								Class("notice-action").
								DataSet("action", strconv.Itoa(j)).
								Text(n.Actions[j].Label).
								OnClick(b.onAction(n.ID, j), id, strconv.Itoa(j))
						}),
						app.If(!n.Sticky, app.Button().
							Class("notice-dismiss").
							Aria("label", "Dismiss").
							Title("Dismiss").
							Text("×").
							OnClick(b.onDismiss(n.ID), id)),
					),
				)
		}),
	)
}

// The handlers look the notice up by id at click time, so a stale closure
// (positional diffing keeps the first one bound) still acts on the right one.
func (b *Bar) onAction(id, j int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		for _, n := range notices {
			if n.ID != id || j >= len(n.Actions) {
				continue
			}
			a := n.Actions[j]
			if !a.Keep {
				Dismiss(ctx, id)
			}
			if a.Run != nil {
				a.Run(ctx)
			}
			return
		}
	}
}

// onItem follows an item's link; the notice stays.
func (b *Bar) onItem(id, j int) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		for _, n := range notices {
			if n.ID == id && j < len(n.Items) && n.Items[j].Run != nil {
				n.Items[j].Run(ctx)
				return
			}
		}
	}
}

func (b *Bar) onDismiss(id int) app.EventHandler {
	return func(ctx app.Context, e app.Event) { Dismiss(ctx, id) }
}
