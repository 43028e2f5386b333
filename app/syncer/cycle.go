package syncer

import (
	"encoding/json"
	"fmt"

	"whosaid/annotate/native"
	"whosaid/internal/wire"
)

// A sync cycle: reach the server, then send the open set or another changed
// one, or fetch a newer version (sync.go runs the cycles).

// cycle is one round: reach the server, then send or fetch the open set.
func (s *Syncer) cycle() {
	if !s.serverOK {
		s.net.Send(Request{Method: "GET", Path: "/healthz"}, func(r Response) {
			if r.Err != nil {
				s.offline("")
				return
			}
			var h wire.Health
			if r.Status != 200 || !r.json() || json.Unmarshal([]byte(r.Body), &h) != nil || h.Status != "ok" {
				// A static host: no sync server behind it. Look again later.
				s.offline("no sync server")
				return
			}
			s.serverOK, s.backoff = true, 0
			s.cycle()
		})
		return
	}
	token, err := EnsureToken(s.kv)
	if err != nil {
		s.failed(err.Error())
		return
	}
	s.token(token)
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
		if raw, has := s.store.Raw(s.docID); has && raw != s.meta.base(s.docID) {
			s.put(token, s.docID, raw, 0, false)
			return
		}
	}
	// Then what other articles changed here and never reached the server
	// (edited offline, then another article was opened).
	if id, raw := s.otherChanged(); id != "" {
		s.put(token, id, raw, 0, false)
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
func (s *Syncer) otherChanged() (id, raw string) {
	if s.othersClean {
		return "", ""
	}
	for _, d := range s.store.List() {
		if d.ID == s.docID || s.refused[d.ID] {
			continue
		}
		if raw, has := s.store.Raw(d.ID); has && raw != s.meta.base(d.ID) {
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
func (s *Syncer) failedOn(docID, msg string) {
	if docID != s.docID {
		if s.refused == nil {
			s.refused = map[string]bool{}
		}
		s.refused[docID] = true
		msg = fmt.Sprintf("%q: %s", s.titleOf(docID), msg)
	}
	s.failed(msg)
}

func (s *Syncer) titleOf(docID string) string {
	for _, d := range s.store.List() {
		if d.ID == docID {
			return d.Title
		}
	}
	return docID
}

// fetchNewer asks whether the server has a newer version than the one
// here (nothing to send), and takes it.
func (s *Syncer) fetchNewer(token string) {
	docID := s.docID
	ver := s.meta.version(docID)
	hdr := map[string]string{}
	if ver > 0 {
		hdr["If-None-Match"] = fmt.Sprintf("%q", fmt.Sprint(ver))
	}
	s.call("GET", setPath(docID), token, hdr, "", func(r Response) {
		switch {
		case r.Err != nil || r.Status >= 500:
			s.offline("")
		case r.Status == 304:
			s.synced("Synced")
		case r.Status == 204 || r.Status == 404: // nothing there (404: an older server)
			if s.store.Has(docID) {
				// The server does not have it (new here, or forgotten there):
				// send it.
				s.meta.synced(docID, 0, "")
				s.restart()
				return
			}
			s.synced("Synced")
		case r.Status == 200:
			s.newer(docID, ver, r)
		case r.Status == 401:
			s.failed("the server did not accept the sync token")
		default:
			s.failed(r.problem())
		}
	})
}

// newer takes the server's copy of docID (r, a 200 to a look for a
// version newer than ver): it replaces the working copy when nothing
// here waits to be sent, and is shown with what it changed.
func (s *Syncer) newer(docID string, ver int, r Response) {
	if r.version() <= ver && s.store.Has(docID) {
		s.synced("Synced")
		return
	}
	set, err := native.Decode([]byte(r.Body))
	if err != nil || set.Document.ID != docID {
		s.failed("the server's copy does not read")
		return
	}
	if r.version() == 0 && len(set.Claims) == 0 && !s.store.Has(docID) {
		s.synced("Synced") // nothing there, nothing here
		return
	}
	if s.LocalBusy != nil && s.LocalBusy() {
		s.again = true // an edit is about to be saved: its PUT will merge
		s.done(0)
		return
	}
	if now, has := s.store.Raw(docID); has && now != s.meta.base(docID) {
		s.restart() // changed here meanwhile: send it, merging on 409
		return
	}
	if err := s.store.Save(set); err != nil {
		s.failed(err.Error())
		return
	}
	old := s.meta.baseSet(docID)
	raw, _ := s.store.Raw(docID)
	s.meta.synced(docID, r.version(), raw)
	s.show(set, ChangesFrom(old, set))
	s.synced("Synced")
}
