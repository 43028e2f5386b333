package main

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
	theirRaw, _ := native.EncodeCompact(theirs)
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
