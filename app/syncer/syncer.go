package syncer

import (
	"net/url"
	"time"

	"whosaid/annotate"
	"whosaid/app/storage"
)

const (
	backoffMin = time.Second
	backoffMax = 10 * time.Second
	pollEvery  = 30 * time.Second // looks for other devices' saves
)

// Syncer runs the sync of one page.
type Syncer struct {
	// Device is this browser's label (device.go): where its merges and
	// deletions were made.
	Device string
	// LocalMessage is the status shown when sync is off.
	LocalMessage string
	// LocalBusy tells whether the page has edits autosave has not written
	// yet: a merge then waits, rather than replace the page's set under
	// them.
	LocalBusy func() bool

	// What the page is told: the status, the owner token ("" before the
	// first sync), a version of the open document saved elsewhere (rep:
	// what came from the other device; nil when not known), and how many
	// articles a pull brought back.
	OnStatus func(Status)
	OnToken  func(token string)
	OnTakeIn func(set *annotate.Set, rep *annotate.MergeReport)
	OnPulled func(n int)

	store   *storage.Store
	kv      storage.KV
	meta    meta
	net     Transport
	clock   Clock
	enabled bool
	started bool
	state   Status // the status shown now

	docID string
	known map[string]bool // claim ids at the last save, for tombstones

	running  bool // a cycle is under way
	again    bool // something changed while it ran
	serverOK bool
	timerGen int // only the newest retry or poll timer acts
	backoff  time.Duration
	pulled   bool
	refused  map[string]bool // other documents the server refused this session
	// othersClean: no article but the open one has changes to send.
	othersClean bool
}

// New makes the sync of the sets in store; enabled false keeps it local
// (the status says so, nothing is sent).
func New(store *storage.Store, net Transport, clock Clock, enabled bool) *Syncer {
	k := store.KV()
	return &Syncer{store: store, kv: k, meta: meta{kv: k}, net: net, clock: clock, enabled: enabled}
}

// Enabled tells whether sync is on.
func (s *Syncer) Enabled() bool { return s.enabled }

// Status is the status shown now.
func (s *Syncer) Status() Status { return s.state }

// Start begins syncing.
func (s *Syncer) Start() {
	s.started = true
	s.token(OwnerToken(s.kv))
	if !s.enabled {
		msg := s.LocalMessage
		if msg == "" {
			msg = "Saved in this browser only"
		}
		s.status(Status{State: Local, Message: msg})
		return
	}
	s.status(Status{State: Pending, Message: ConnectingMessage})
}

// Stop cancels the timers; nothing more is sent.
func (s *Syncer) Stop() {
	s.timerGen++
	s.enabled = false
}

func (s *Syncer) status(st Status) {
	s.state = st
	if s.OnStatus != nil {
		s.OnStatus(st)
	}
}

func (s *Syncer) token(tok string) {
	if s.OnToken != nil {
		s.OnToken(tok)
	}
}

// Changing: the page has an edit that autosave writes in a moment. Synced
// would no longer be true meanwhile (it showed for the autosave's delay).
func (s *Syncer) Changing() {
	if s.enabled && (s.state.State == Synced || s.state.State == Merged) {
		s.status(Status{State: Pending, Message: "Changes not synced yet"})
	}
}

// Opened: the page now shows set.
func (s *Syncer) Opened(set *annotate.Set) {
	if set == nil {
		return
	}
	if set.Document.ID != s.docID {
		s.othersClean = false // the article open until now is one of the others
	}
	s.docID = set.Document.ID
	s.known = claimIDSet(set)
	s.Kick()
}

// Saved: autosave has written set to the store.
func (s *Syncer) Saved(set *annotate.Set) {
	if set == nil || set.Document.ID != s.docID {
		return
	}
	s.meta.noteDeletions(set, s.known, s.clock.Now())
	s.known = claimIDSet(set)
	if s.enabled {
		s.status(Status{State: Pending, Message: "Changes not synced yet"})
	}
	s.Kick()
}

// RetryNow cuts a backoff short (back online, the page shown again).
func (s *Syncer) RetryNow() {
	s.backoff = 0
	s.Kick()
}

// Kick starts a sync cycle, or asks for another after the running one.
func (s *Syncer) Kick() {
	if !s.enabled || !s.started {
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
func (s *Syncer) done(next time.Duration) {
	s.running = false
	if s.again {
		s.Kick()
		return
	}
	if next > 0 {
		s.after(next, s.Kick)
	}
}

// restart ends this cycle and starts another at once.
func (s *Syncer) restart() {
	s.again = true
	s.done(0)
}

// after runs f after d unless a newer cycle or timer came first.
func (s *Syncer) after(d time.Duration, f func()) {
	gen := s.timerGen
	s.clock.After(d, func() {
		if gen == s.timerGen {
			f()
		}
	})
}

// offline reports a failure to reach the server and retries with backoff.
func (s *Syncer) offline(why string) {
	s.serverOK = false
	s.backoff = min(max(2*s.backoff, backoffMin), backoffMax)
	msg := "Offline: saved in this browser"
	if why != "" {
		msg += " (" + why + ")"
	}
	s.status(Status{State: Offline, Message: msg})
	s.done(s.backoff)
}

// failed reports an answer retrying will not fix; the next change retries.
func (s *Syncer) failed(msg string) {
	s.status(Status{State: Failed, Message: "Not synced: " + msg})
	s.done(0)
}

// call makes one API request with the owner token; a 429 with Retry-After
// (the server is busy) waits as long as it asks and tries again. A 429
// without one is a quota (too many documents for this token): waiting does
// not help, so it goes to the caller like any refusal.
func (s *Syncer) call(method, path, token string, headers map[string]string, body string, done func(Response)) {
	h := map[string]string{"Authorization": "Bearer " + token}
	for k, v := range headers {
		h[k] = v
	}
	if body != "" {
		h["Content-Type"] = "application/json"
	}
	s.net.Send(Request{Method: method, Path: path, Header: h, Body: body}, func(r Response) {
		if r.Status == 429 && r.RetryAfter != "" {
			s.status(Status{State: Pending, Message: "Server busy: syncing again shortly"})
			s.clock.After(r.retryAfter(), func() { s.call(method, path, token, headers, body, done) })
			return
		}
		done(r)
	})
}

func setPath(docID string) string {
	return "/api/v1/documents/" + url.PathEscape(docID) + "/set"
}

func (s *Syncer) synced(msg string) {
	s.backoff = 0
	if s.state.State != Merged || msg != "Synced" {
		// "Synced, merged" stays until the next change: a look at the
		// server that finds nothing new does not make it news.
		s.status(Status{State: Synced, Message: msg})
	}
	s.done(pollEvery)
}

// show makes the page display set (a merge or another device's save); rep
// says what came from the other device, for the notice.
func (s *Syncer) show(set *annotate.Set, rep *annotate.MergeReport) {
	if s.OnTakeIn != nil {
		s.OnTakeIn(set, rep)
	}
}

// ChangesFrom is what a save elsewhere changed from old (nil: not known)
// to set, named claim by claim.
func ChangesFrom(old, set *annotate.Set) *annotate.MergeReport {
	if old == nil {
		return nil
	}
	_, rep, err := annotate.Merge(old, old, set, annotate.MergeOptions{})
	if err != nil {
		return nil
	}
	return &rep
}
