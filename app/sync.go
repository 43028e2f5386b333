package main

import (
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// Offline-first sync with the whosaid server (docs/api.md). localStorage
// stays the working copy; after each autosave the open document's set is
// sent in the background (PUT with If-Match of the last known version).
// A 409 brings the server's copy: it is merged per claim with
// annotate.Merge, shown, and sent again. Network failures retry with
// exponential backoff; the status (#sync-status) says synced, pending,
// offline, conflict-merged, error, or local (sync turned off).
//
// Without a server (the static copy from `make static`, or the server
// down) nothing changes for the user but the status.

const (
	syncStatusState = "whosaid/sync-status" // syncState
	syncTokenState  = "whosaid/sync-token"  // string: the owner token ("" before the first sync)

	syncBackoffMin = time.Second
	syncBackoffMax = 10 * time.Second
	syncPollEvery  = 30 * time.Second // looks for other devices' saves
	mergeNoticeKey = "sync-merged"
	syncNoticeKey  = "sync"
)

// syncState is what #sync-status shows.
type syncState struct {
	State   string // synced | pending | offline | conflict-merged | error | local
	Message string
}

// syncer runs the sync of one page. Every method runs on the UI goroutine;
// fetch answers come back there through dispatch.
type syncer struct {
	kv      kv
	store   *docStore
	meta    syncMeta
	enabled bool
	now     func() time.Time
	device  string // this browser's label (device.go): where its deletions were made

	localMessage string    // the status shown when sync is off
	state        syncState // the status shown now

	disp app.Dispatcher
	src  app.UI

	docID string
	known map[string]bool // claim ids at the last save, for tombstones
	// localBusy tells whether the page has edits autosave has not written
	// yet: a merge then waits, rather than replace the page's set under them.
	localBusy func() bool

	running  bool // a cycle is under way
	again    bool // something changed while it ran
	serverOK bool
	timerGen int // only the newest retry or poll timer acts
	backoff  time.Duration
	pulled   bool
	refused  map[string]bool // other documents the server refused this session
	// othersClean: no article but the open one has changes to send.
	othersClean bool
	stops       []func()
}

func newSyncer(store *docStore) *syncer {
	k := store.kv
	return &syncer{
		kv:      k,
		store:   store,
		meta:    syncMeta{kv: k},
		enabled: app.IsClient && app.Getenv("WHOSAID_SYNC") != "off",
		now:     time.Now,
	}
}

// start begins syncing for the page whose ctx is given.
func (s *syncer) start(ctx app.Context) {
	s.disp, s.src = ctx.Dispatcher(), ctx.Src()
	ctx.SetState(syncTokenState, ownerToken(s.kv))
	if !s.enabled {
		msg := s.localMessage
		if msg == "" {
			msg = "Saved in this browser only"
		}
		s.status(syncState{State: "local", Message: msg})
		return
	}
	s.status(syncState{State: "pending", Message: connectingMessage})
	win := app.Window()
	s.stops = append(s.stops,
		// Back online: try now rather than at the end of the backoff.
		win.AddEventListener("online", func(ctx app.Context, e app.Event) { s.retryNow() }),
		win.AddEventListener("visibilitychange", func(ctx app.Context, e app.Event) {
			if jsString(jsGet(app.Window(), "document", "visibilityState")) == "visible" {
				s.retryNow()
			}
		}),
	)
}

// stop removes the listeners and cancels the timers.
func (s *syncer) stop() {
	for _, f := range s.stops {
		f()
	}
	s.stops = nil
	s.timerGen++
	s.enabled = false
}

// run puts f on the UI goroutine without re-rendering the page: the
// status has its own observer.
func (s *syncer) run(f func()) {
	if s.disp == nil {
		return
	}
	s.disp.Dispatch(app.Dispatch{Mode: app.Next, Source: s.src, Function: func(app.Context) { f() }})
}

func (s *syncer) status(st syncState) {
	if s.disp == nil {
		return
	}
	s.state = st
	s.disp.Context().SetState(syncStatusState, st)
}

// changing: the page has an edit that autosave writes in a moment. Synced
// would no longer be true meanwhile (it showed for the autosave's delay).
func (s *syncer) changing() {
	if s.enabled && (s.state.State == "synced" || s.state.State == "conflict-merged") {
		s.status(syncState{State: "pending", Message: "Changes not synced yet"})
	}
}

// opened: the page now shows set.
func (s *syncer) opened(set *annotate.Set) {
	if set == nil {
		return
	}
	if set.Document.ID != s.docID {
		s.othersClean = false // the article open until now is one of the others
	}
	s.docID = set.Document.ID
	s.known = claimIDSet(set)
	s.kick()
}

// saved: autosave has written set to localStorage.
func (s *syncer) saved(set *annotate.Set) {
	if set == nil || set.Document.ID != s.docID {
		return
	}
	s.meta.noteDeletions(set, s.known, s.now())
	s.known = claimIDSet(set)
	if s.enabled {
		s.status(syncState{State: "pending", Message: "Changes not synced yet"})
	}
	s.kick()
}

// retryNow cuts a backoff short.
func (s *syncer) retryNow() {
	s.backoff = 0
	s.kick()
}

// kick starts a sync cycle, or asks for another after the running one.
func (s *syncer) kick() {
	if !s.enabled || s.disp == nil {
		return
	}
	if s.running {
		s.again = true
		return
	}
	s.running, s.again = true, false
	s.timerGen++
	s.cycle()
}

// done ends a cycle: next says when to run again (0: only on a change).
func (s *syncer) done(next time.Duration) {
	s.running = false
	if s.again {
		s.kick()
		return
	}
	if next > 0 {
		s.after(next, s.kick)
	}
}

// restart ends this cycle and starts another at once.
func (s *syncer) restart() {
	s.again = true
	s.done(0)
}

// after runs f after d unless a newer cycle or timer came first.
func (s *syncer) after(d time.Duration, f func()) {
	gen := s.timerGen
	go func() {
		time.Sleep(d)
		s.run(func() {
			if gen == s.timerGen {
				f()
			}
		})
	}()
}

// offline reports a failure to reach the server and retries with backoff.
func (s *syncer) offline(why string) {
	s.serverOK = false
	s.backoff = min(max(2*s.backoff, syncBackoffMin), syncBackoffMax)
	msg := "Offline: saved in this browser"
	if why != "" {
		msg += " (" + why + ")"
	}
	s.status(syncState{State: "offline", Message: msg})
	s.done(s.backoff)
}

// failed reports an answer retrying will not fix; the next change retries.
func (s *syncer) failed(msg string) {
	s.status(syncState{State: "error", Message: "Not synced: " + msg})
	s.done(0)
}

// call makes one API request with the owner token; a 429 waits as long as
// the server asks and tries again.
func (s *syncer) call(method, path, token string, headers map[string]string, body string, done func(apiResponse)) {
	h := map[string]string{"Authorization": "Bearer " + token}
	for k, v := range headers {
		h[k] = v
	}
	if body != "" {
		h["Content-Type"] = "application/json"
	}
	apiFetch(s.run, method, path, h, body, func(r apiResponse) {
		if r.Status == 429 {
			wait := time.Duration(max(r.RetryAfter, 1)) * time.Second
			s.status(syncState{State: "pending", Message: "Server busy: syncing again shortly"})
			go func() {
				time.Sleep(wait)
				s.run(func() { s.call(method, path, token, headers, body, done) })
			}()
			return
		}
		done(r)
	})
}

func setPath(docID string) string {
	return "/api/v1/documents/" + url.PathEscape(docID) + "/set"
}

func (s *syncer) synced(msg string) {
	s.backoff = 0
	if s.state.State != "conflict-merged" || msg != "Synced" {
		// "Synced, merged" stays until the next change: a look at the
		// server that finds nothing new does not make it news.
		s.status(syncState{State: "synced", Message: msg})
	}
	s.done(syncPollEvery)
}

// show makes the page display set (a merge or another device's save); rep
// says what came from the other device, for the notice.
func (s *syncer) show(set *annotate.Set, rep *annotate.MergeReport) {
	s.disp.Context().NewActionWithValue(actionExternalChange, externalChange{Set: set, Report: rep, From: fromDevice})
}

// changesFrom is what another device's save changed from old (nil: not
// known) to set, named claim by claim.
func changesFrom(old, set *annotate.Set) *annotate.MergeReport {
	if old == nil {
		return nil
	}
	_, rep, err := annotate.Merge(old, old, set, annotate.MergeOptions{})
	if err != nil {
		return nil
	}
	return &rep
}
