package main

import (
	"encoding/json"
	"fmt"
	"net/url"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/native"
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

	localMessage string // the status shown when sync is off

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
	s.status(syncState{State: "pending", Message: "Connecting…"})
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
	s.disp.Context().SetState(syncStatusState, st)
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

// cycle is one round: reach the server, then send or fetch the open set.
func (s *syncer) cycle() {
	if !s.serverOK {
		apiFetch(s.run, "GET", "/healthz", nil, "", func(r apiResponse) {
			if r.Err != nil {
				s.offline("")
				return
			}
			var h struct{ Status string }
			if r.Status != 200 || !r.JSON || json.Unmarshal([]byte(r.Body), &h) != nil || h.Status != "ok" {
				// A static host: no sync server behind it. Look again later.
				s.offline("no sync server")
				return
			}
			s.serverOK, s.backoff = true, 0
			s.cycle()
		})
		return
	}
	token, err := ensureToken(s.kv)
	if err != nil {
		s.failed(err.Error())
		return
	}
	s.disp.Context().SetState(syncTokenState, token)
	if gone := s.meta.pendingDeletions(); len(gone) > 0 {
		// Before anything is sent: a document deleted and then opened
		// again starts afresh rather than merging with the old copy.
		s.deleteOnServer(token, gone, func() { s.cycle() })
		return
	}
	if !s.pulled && len(s.store.List()) == 0 && !s.meta.any() {
		// A cleared browser with a token: bring the owner's sets back.
		s.pulled = true
		s.pullAll(token, func() { s.cycle() })
		return
	}
	s.pulled = true
	if s.docID != "" {
		if raw, has := s.kv.get(docKey(s.docID)); has && raw != s.meta.base(s.docID) {
			s.put(token, s.docID, raw, 0)
			return
		}
	}
	// Then what other articles changed here and never reached the server
	// (edited offline, then another article was opened).
	if id, raw := s.otherChanged(); id != "" {
		s.put(token, id, raw, 0)
		return
	}
	if s.docID == "" {
		s.synced("Synced")
		return
	}
	s.fetchNewer(token)
}

// otherChanged finds a document other than the open one whose working copy
// differs from its base, skipping those the server refused this session.
func (s *syncer) otherChanged() (id, raw string) {
	if s.othersClean {
		return "", ""
	}
	for _, d := range s.store.List() {
		if d.ID == s.docID || s.refused[d.ID] {
			continue
		}
		if raw, has := s.kv.get(docKey(d.ID)); has && raw != s.meta.base(d.ID) {
			return d.ID, raw
		}
	}
	// Until another article is opened here, the others only change in
	// other tabs, whose own sync sends them.
	s.othersClean = true
	return "", ""
}

// failedOn is failed for a request about docID. A document other than the
// open one is left alone for the rest of the session, so that it does not
// hold up the others.
func (s *syncer) failedOn(docID, msg string) {
	if docID != s.docID {
		if s.refused == nil {
			s.refused = map[string]bool{}
		}
		s.refused[docID] = true
		msg = fmt.Sprintf("%q: %s", s.titleOf(docID), msg)
	}
	s.failed(msg)
}

func (s *syncer) titleOf(docID string) string {
	for _, d := range s.store.List() {
		if d.ID == docID {
			return d.Title
		}
	}
	return docID
}

func (s *syncer) synced(msg string) {
	s.backoff = 0
	s.status(syncState{State: "synced", Message: msg})
	s.done(syncPollEvery)
}

// fetchNewer asks whether the server has a newer version than the one
// here (nothing to send), and takes it.
func (s *syncer) fetchNewer(token string) {
	docID := s.docID
	ver := s.meta.version(docID)
	hdr := map[string]string{}
	if ver > 0 {
		hdr["If-None-Match"] = fmt.Sprintf("%q", fmt.Sprint(ver))
	}
	s.call("GET", setPath(docID), token, hdr, "", func(r apiResponse) {
		switch {
		case r.Err != nil || r.Status >= 500:
			s.offline("")
		case r.Status == 304:
			s.synced("Synced")
		case r.Status == 404:
			if s.kv.has(docKey(docID)) {
				// The server does not have it (new here, or forgotten there):
				// send it.
				s.meta.synced(docID, 0, "")
				s.restart()
				return
			}
			s.synced("Synced")
		case r.Status == 200:
			if r.ETag <= ver && s.kv.has(docKey(docID)) {
				s.synced("Synced")
				return
			}
			set, err := native.Decode([]byte(r.Body))
			if err != nil || set.Document.ID != docID {
				s.failed("the server's copy does not read")
				return
			}
			if r.ETag == 0 && len(set.Claims) == 0 && !s.kv.has(docKey(docID)) {
				s.synced("Synced") // nothing there, nothing here
				return
			}
			if s.localBusy != nil && s.localBusy() {
				s.again = true // an edit is about to be saved: its PUT will merge
				s.done(0)
				return
			}
			if now, has := s.kv.get(docKey(docID)); has && now != s.meta.base(docID) {
				s.restart() // changed here meanwhile: send it, merging on 409
				return
			}
			if err := s.store.Save(set); err != nil {
				s.failed(err.Error())
				return
			}
			raw, _ := s.kv.get(docKey(docID))
			s.meta.synced(docID, r.ETag, raw)
			s.show(set)
			showNotice(s.disp.Context(), notice{Key: syncNoticeKey, Level: noticeInfo,
				Text: "Updated with changes saved on another device."})
			s.synced("Synced")
		case r.Status == 401:
			s.failed("the server did not accept the sync token")
		default:
			s.failed(r.apiError())
		}
	})
}

// maxMergeRounds bounds 409 → merge → PUT rounds (another tab or device
// saving in between each time).
const maxMergeRounds = 5

// put sends raw (the working copy, compact native JSON) with If-Match of
// the last known version; on 409 it merges and sends the result.
func (s *syncer) put(token, docID, raw string, round int) {
	ver := s.meta.version(docID)
	hdr := map[string]string{"If-Match": fmt.Sprintf("%q", fmt.Sprint(ver))}
	s.call("PUT", setPath(docID), token, hdr, raw, func(r apiResponse) {
		switch {
		case r.Err != nil || r.Status >= 500:
			s.offline("")
		case r.Status == 200:
			var ok struct {
				Version int `json:"version"`
			}
			if json.Unmarshal([]byte(r.Body), &ok) != nil || ok.Version <= 0 {
				ok.Version = r.ETag
			}
			if err := s.meta.synced(docID, ok.Version, raw); err != nil {
				s.failedOn(docID, "the sync state could not be kept in this browser: "+err.Error())
				return
			}
			s.meta.setTombstones(docID, nil) // the server has the deletions now
			if now, _ := s.kv.get(docKey(docID)); now != raw || docID != s.docID || !s.othersClean {
				s.restart() // changed while sending, or on to the other articles
				return
			}
			if round > 0 {
				s.backoff = 0
				s.status(syncState{State: "conflict-merged", Message: "Synced: merged with changes from another device"})
				s.done(syncPollEvery)
				return
			}
			s.synced("Synced")
		case r.Status == 409:
			s.conflict(token, docID, raw, r, round)
		case r.Status == 404:
			// The server forgot the document (or never had it at that
			// version): the first save stores it.
			if ver != 0 && round < maxMergeRounds {
				s.meta.synced(docID, 0, s.meta.base(docID))
				s.put(token, docID, raw, round+1)
				return
			}
			s.failedOn(docID, r.apiError())
		case r.Status == 401:
			s.failedOn(docID, "the server did not accept the sync token")
		case r.Status == 413:
			s.failedOn(docID, "this set is too large to sync; it stays in this browser")
		default:
			s.failedOn(docID, r.apiError())
		}
	})
}

// conflict handles a 409: merge the server's copy into the working copy,
// save and show the result, tell the user, and send it.
func (s *syncer) conflict(token, docID, raw string, r apiResponse, round int) {
	var body struct {
		Version int             `json:"version"`
		Set     json.RawMessage `json:"set"`
	}
	if err := json.Unmarshal([]byte(r.Body), &body); err != nil {
		s.failedOn(docID, "the server's answer to a conflict does not read")
		return
	}
	if round >= maxMergeRounds {
		s.offline("busy") // others keep saving: try again later
		return
	}
	if len(body.Set) == 0 || string(body.Set) == "null" {
		// The server has no set: send ours as the first save.
		s.meta.synced(docID, 0, s.meta.base(docID))
		s.put(token, docID, raw, round+1)
		return
	}
	theirs, err := native.Decode(body.Set)
	if err != nil {
		s.failedOn(docID, "the server's copy does not read: "+err.Error())
		return
	}
	if s.localBusy != nil && s.localBusy() && docID == s.docID {
		s.restart() // let autosave write the newest edit first, then merge it
		return
	}
	mine, err := native.Decode([]byte(raw))
	if err != nil {
		s.failedOn(docID, "the copy in this browser does not read: "+err.Error())
		return
	}
	merged, rep, err := annotate.Merge(s.meta.baseSet(docID), mine, theirs, s.meta.tombstones(docID))
	if err != nil {
		s.failedOn(docID, err.Error())
		return
	}
	newRaw := raw
	if rep.Changed() {
		// Only a real change is written: a write tells every other tab.
		if err := s.store.Save(merged); err != nil {
			s.failedOn(docID, err.Error())
			return
		}
		newRaw, _ = s.kv.get(docKey(docID))
	}
	// The server's copy is the new base: the merge is our change on it.
	theirRaw, _ := encodeCompact(theirs)
	if err := s.meta.synced(docID, body.Version, string(theirRaw)); err != nil {
		s.failedOn(docID, err.Error())
		return
	}
	if rep.Changed() && docID == s.docID {
		s.known = claimIDSet(merged)
		s.show(merged)
		showNotice(s.disp.Context(), notice{Key: mergeNoticeKey, Level: noticeInfo, Text: mergeMessage(rep)})
	}
	s.put(token, docID, newRaw, round+1)
}

// mergeMessage tells what a merge took from the other device.
func mergeMessage(rep annotate.MergeReport) string {
	n := rep.FromTheirs()
	msg := ""
	switch n {
	case 0:
		msg = "Merged speaker changes from another device."
	case 1:
		msg = "Merged 1 claim from another device."
	default:
		msg = fmt.Sprintf("Merged %d claims from another device.", n)
	}
	if rep.Conflicts > 0 {
		msg += fmt.Sprintf(" %d claim(s) were edited on both: the newest edit of each was kept.", rep.Conflicts)
	}
	return msg
}

// show makes the page display set (a merge or another device's save).
func (s *syncer) show(set *annotate.Set) {
	s.disp.Context().NewActionWithValue(actionExternalChange, set)
}

// pullAll brings the owner's documents the browser does not have from the
// server (a cleared browser, or a token entered from another device),
// then calls next. The page's open document, if among them, is shown; if
// the page shows an unsaved article, the most recent one is opened.
func (s *syncer) pullAll(token string, next func()) {
	s.status(syncState{State: "pending", Message: "Fetching your articles from the server…"})
	s.call("GET", "/api/v1/documents", token, nil, "", func(r apiResponse) {
		if r.Err != nil || r.Status >= 500 {
			s.pulled = false
			s.offline("")
			return
		}
		if r.Status != 200 {
			s.failed(r.apiError())
			return
		}
		var list struct {
			Documents []struct {
				ID      string `json:"id"`
				Version int    `json:"version"`
			} `json:"documents"`
		}
		if err := json.Unmarshal([]byte(r.Body), &list); err != nil {
			s.failed("the list of documents does not read")
			return
		}
		var ids []string
		for _, d := range list.Documents {
			if d.Version > 0 && !s.store.Has(d.ID) {
				ids = append(ids, d.ID)
			}
		}
		s.pullEach(token, ids, 0, nil, next)
	})
}

func (s *syncer) pullEach(token string, ids []string, i int, got []*annotate.Set, next func()) {
	if i >= len(ids) {
		s.pulledSets(got)
		next()
		return
	}
	id := ids[i]
	s.call("GET", setPath(id), token, nil, "", func(r apiResponse) {
		if r.Err != nil || r.Status >= 500 {
			s.pulled = false
			s.offline("")
			return
		}
		if r.Status == 200 {
			if set, err := native.Decode([]byte(r.Body)); err == nil && set.Document.ID == id && !s.store.Has(id) {
				if s.store.Save(set) == nil {
					raw, _ := s.kv.get(docKey(id))
					s.meta.synced(id, r.ETag, raw)
					got = append(got, set)
				}
			}
		}
		s.pullEach(token, ids, i+1, got, next)
	})
}

// pulledSets shows what a pull brought: the open document if it came, else
// the most recent, when the page shows nothing saved.
func (s *syncer) pulledSets(got []*annotate.Set) {
	if len(got) == 0 {
		return
	}
	ctx := s.disp.Context()
	showNotice(ctx, notice{Key: syncNoticeKey, Level: noticeInfo,
		Text: fmt.Sprintf("Brought back %d annotated article(s) from the server.", len(got))})
	for _, set := range got {
		if set.Document.ID == s.docID {
			s.show(set)
			return
		}
	}
	// got is most recent first (the server lists so). The page's article
	// has no saved copy (else it would be in the store); keep it open only
	// if it has claims of its own.
	if s.docID == "" || !s.store.Has(s.docID) {
		s.show(got[0])
	}
}

// useToken switches to another owner's token (pasted from another
// device): versions and bases of the old one mean nothing for it, and the
// new owner's sets are fetched.
func (s *syncer) useToken(tok string) error {
	tok = cleanToken(tok)
	if err := checkToken(tok); err != nil {
		return err
	}
	if err := s.kv.set(tokenKey, tok); err != nil {
		return fmt.Errorf("the token could not be kept in this browser: %w", err)
	}
	s.meta.forgetAll()
	s.disp.Context().SetState(syncTokenState, tok)
	s.pulled = false
	if !s.enabled {
		return nil
	}
	if !s.running {
		s.pullNow(tok)
		return nil
	}
	s.again = true
	return nil
}

// pullNow fetches the owner's sets, then syncs the open one.
func (s *syncer) pullNow(tok string) {
	s.running, s.again = true, false
	s.timerGen++
	s.pulled = true
	s.pullAll(tok, func() { s.cycle() })
}
