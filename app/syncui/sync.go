// Package syncui runs sync (package syncer) on a go-app page: the engine
// on the UI goroutine, over the browser's fetch and timers; its status and
// token published as states (events.SyncStatus, events.SyncToken) for the
// status button and panel (View); another device's version posted as
// events.ExternalChange for the annotator to take in.
package syncui

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
	"whosaid/app/events"
	"whosaid/app/notice"
	"whosaid/app/storage"
	"whosaid/app/syncer"
)

// Sync is the sync of one page.
type Sync struct {
	*syncer.Syncer
	stops []func()
}

// requestTimeout bounds each call, so a server that hangs counts as
// offline rather than holding the sync forever.
const requestTimeout = 15 * time.Second

// New makes the sync of store for the page whose context is ctx; on says
// whether the page syncs at all (an exercise's work does not). The
// environment can turn it off too (WHOSAID_SYNC=off: a static copy of the
// app, with no server). Set the engine's fields, then Start.
func New(ctx app.Context, store *storage.Store, on bool) *Sync {
	ui := uiGoroutine{disp: ctx.Dispatcher(), src: ctx.Src()}
	s := &Sync{Syncer: syncer.New(store, fetcher{ui}, clock{ui}, on && app.IsClient && app.Getenv("WHOSAID_SYNC") != "off")}
	s.OnStatus = func(st syncer.Status) { ui.disp.Context().SetState(events.SyncStatus, st) }
	s.OnToken = func(tok string) { ui.disp.Context().SetState(events.SyncToken, tok) }
	s.OnTakeIn = func(set *annotate.Set, rep *annotate.MergeReport) {
		ui.disp.Context().NewActionWithValue(events.ExternalChange, events.Change{Set: set, Report: rep, From: events.FromDevice})
	}
	s.OnPulled = func(n int) {
		notice.Show(ui.disp.Context(), notice.Notice{Key: NoticeKey, Level: notice.Info,
			Text: fmt.Sprintf("Brought back %d annotated article(s) from the server.", n)})
	}
	return s
}

// NoticeKey is the key of sync's notices.
const NoticeKey = "sync"

// Start begins syncing; back online, or the page shown again, it tries at
// once rather than at the end of a backoff.
func (s *Sync) Start() {
	s.Syncer.Start()
	if !s.Enabled() {
		return
	}
	win := app.Window()
	s.stops = append(s.stops,
		win.AddEventListener("online", func(ctx app.Context, e app.Event) { s.RetryNow() }),
		win.AddEventListener("visibilitychange", func(ctx app.Context, e app.Event) {
			if browser.Visible() {
				s.RetryNow()
			}
		}),
	)
}

// Stop removes the listeners and cancels the timers.
func (s *Sync) Stop() {
	browser.StopAll(&s.stops)
	s.Syncer.Stop()
}

// uiGoroutine runs functions on the page's UI goroutine without
// re-rendering it (the status has its own observers).
type uiGoroutine struct {
	disp app.Dispatcher
	src  app.UI
}

func (u uiGoroutine) run(f func()) {
	u.disp.Dispatch(app.Dispatch{Mode: app.Next, Source: u.src, Function: func(app.Context) { f() }})
}

// fetcher is the engine's Transport: the browser's fetch.
type fetcher struct{ ui uiGoroutine }

func (f fetcher) Send(r syncer.Request, done func(syncer.Response)) {
	req := browser.Request{Method: r.Method, URL: r.Path, Header: r.Header, Timeout: requestTimeout}
	if r.Body != "" {
		req.Body = []byte(r.Body)
	}
	browser.Fetch(req, func(b browser.Response) {
		resp := syncer.Response{Status: b.Status, Body: string(b.Body), Err: b.Err,
			ETag: b.Header["ETag"], RetryAfter: b.Header["Retry-After"], ContentType: b.Header["Content-Type"]}
		f.ui.run(func() { done(resp) })
	})
}

// clock is the engine's Clock: time.Now, and timers that fire on the UI
// goroutine.
type clock struct{ ui uiGoroutine }

func (clock) Now() time.Time { return time.Now() }

func (c clock) After(d time.Duration, f func()) {
	go func() {
		time.Sleep(d)
		c.ui.run(f)
	}()
}
