package syncer

import (
	"encoding/json"
	"fmt"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Sending a set: PUT with If-Match, and the merge that a 409 calls for.

// maxMergeRounds bounds 409 → merge → PUT rounds (another tab or device
// saving in between each time).
const maxMergeRounds = 5

// put sends raw (the working copy, compact native JSON) with If-Match of
// the last known version; on 409 it merges and sends the result. merged
// says an earlier round took in another device's changes.
func (s *Syncer) put(token, docID, raw string, round int, merged bool) {
	ver := s.meta.version(docID)
	hdr := map[string]string{"If-Match": fmt.Sprintf("%q", fmt.Sprint(ver))}
	s.meta.sending(docID, ver, raw)
	s.call("PUT", setPath(docID), token, hdr, raw, func(r Response) {
		switch {
		case r.Err != nil || r.Status >= 500:
			s.offline("")
		case r.Status == 200:
			s.meta.answered(docID)
			var ok struct {
				Version int `json:"version"`
			}
			if json.Unmarshal([]byte(r.Body), &ok) != nil || ok.Version <= 0 {
				ok.Version = r.version()
			}
			if err := s.meta.synced(docID, ok.Version, raw); err != nil {
				s.failedOn(docID, "the sync state could not be kept in this browser: "+err.Error())
				return
			}
			s.meta.setTombstones(docID, nil) // the server has the deletions now
			if merged {
				// Said before going on (to other articles, or what changed
				// meanwhile): "Synced" does not replace it.
				s.backoff = 0
				s.status(Status{State: Merged, Message: "Synced: merged with changes from another device"})
			}
			if now, _ := s.store.Raw(docID); now != raw || docID != s.docID || !s.othersClean {
				s.restart() // changed while sending, or on to the other articles
				return
			}
			if merged {
				s.done(pollEvery)
				return
			}
			s.synced("Synced")
		case r.Status == 409:
			s.conflict(token, docID, raw, r, round, merged)
		case r.Status == 404:
			// The server forgot the document (or never had it at that
			// version): the first save stores it.
			if ver != 0 && round < maxMergeRounds {
				s.meta.synced(docID, 0, s.meta.base(docID))
				s.put(token, docID, raw, round+1, merged)
				return
			}
			s.failedOn(docID, r.problem())
		case r.Status == 401:
			s.failedOn(docID, "the server did not accept the sync token")
		case r.Status == 413:
			s.failedOn(docID, "the server has no room for this set (too large, or this sync token's storage is full); it stays in this browser")
		case r.Status == 429:
			s.failedOn(docID, "this sync token keeps as many articles on the server as it may; delete some in the Library to sync this one (it stays in this browser)")
		default:
			s.failedOn(docID, r.problem())
		}
	})
}

// conflict handles a 409: the server's copy is this browser's own save
// whose answer was lost (taken as the base), or another device's: merged
// into the working copy, saved, shown, and sent.
func (s *Syncer) conflict(token, docID, raw string, r Response, round int, merged bool) {
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
		s.put(token, docID, raw, round+1, merged)
		return
	}
	theirs, err := native.Decode(body.Set)
	if err != nil {
		s.failedOn(docID, "the server's copy does not read: "+err.Error())
		return
	}
	theirRaw, _ := native.EncodeCompact(theirs)
	if s.meta.ownSave(docID, string(theirRaw)) {
		// A save of ours that timed out reached the server after all: it
		// is the base now, and nothing came from another device.
		s.meta.answered(docID)
		s.meta.setTombstones(docID, nil)
		if err := s.meta.synced(docID, body.Version, string(theirRaw)); err != nil {
			s.failedOn(docID, err.Error())
			return
		}
		s.restart() // sends what changed here since, if anything
		return
	}
	if s.LocalBusy != nil && s.LocalBusy() && docID == s.docID {
		s.restart() // let autosave write the newest edit first, then merge it
		return
	}
	s.merge(token, docID, raw, theirs, string(theirRaw), body.Version, round, merged)
}

// merge merges the server's copy (theirs, at version) into the working copy
// raw, saves and shows the result with what it took in, and sends it.
func (s *Syncer) merge(token, docID, raw string, theirs *annotate.Set, theirRaw string, version, round int, merged bool) {
	mine, err := native.Decode([]byte(raw))
	if err != nil {
		s.failedOn(docID, "the copy in this browser does not read: "+err.Error())
		return
	}
	opts := annotate.MergeOptions{Deleted: s.meta.tombstones(docID), Device: s.Device, Now: s.clock.Now().UTC()}
	out, rep, err := annotate.Merge(s.meta.baseSet(docID), mine, theirs, opts)
	if err != nil {
		s.failedOn(docID, err.Error())
		return
	}
	newRaw := raw
	if rep.Changed() {
		// Only a real change is written: a write tells every other tab.
		if err := s.store.Save(out); err != nil {
			s.failedOn(docID, err.Error())
			return
		}
		newRaw, _ = s.store.Raw(docID)
	}
	// The server's copy is the new base: the merge is our change on it.
	if err := s.meta.synced(docID, version, theirRaw); err != nil {
		s.failedOn(docID, err.Error())
		return
	}
	if rep.Changed() && docID == s.docID {
		s.known = claimIDSet(out)
		s.show(out, &rep)
	}
	s.put(token, docID, newRaw, round+1, merged || rep.Changed())
}
