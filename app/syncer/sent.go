package syncer

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"whosaid/app/storage"
)

// Own retries. A save that timed out may still have reached the server:
// sent again with the same If-Match, it is refused as stale (409), and the
// server's copy is then this browser's own save. So that it is taken as
// such (the base, quietly) and not merged and reported as another device's
// change, the saves sent and not yet answered are remembered, by hash, per
// document and If-Match version (sync/sent/<id>; kept across a reload).

const syncSentPrefix = storage.Prefix + "sync/sent/"

// maxSent bounds the unanswered saves remembered for one version.
const maxSent = 8

type sentSaves struct {
	Version int      `json:"v"`
	Hashes  []string `json:"h"`
}

func rawHash(raw string) string {
	h := sha256.Sum256([]byte(raw))
	return hex.EncodeToString(h[:])
}

func (m meta) sentSaves(docID string) sentSaves {
	var s sentSaves
	if raw, ok := m.kv.Get(syncSentPrefix + docID); ok {
		json.Unmarshal([]byte(raw), &s)
	}
	return s
}

// sending remembers raw as sent with If-Match version.
func (m meta) sending(docID string, version int, raw string) {
	s := m.sentSaves(docID)
	if s.Version != version {
		s = sentSaves{Version: version}
	}
	h := rawHash(raw)
	if slices.Contains(s.Hashes, h) {
		return
	}
	s.Hashes = append(s.Hashes, h)
	if len(s.Hashes) > maxSent {
		s.Hashes = s.Hashes[len(s.Hashes)-maxSent:]
	}
	b, _ := json.Marshal(s)
	m.kv.Set(syncSentPrefix+docID, string(b)) // full storage: at worst a retry is merged, not lost
}

// answered forgets the sent saves: the server's answer came.
func (m meta) answered(docID string) { m.kv.Del(syncSentPrefix + docID) }

// ownSave tells whether raw (the server's copy, compact native JSON as
// EncodeCompact writes it) is one of the saves sent on top of the base's
// version and not answered.
func (m meta) ownSave(docID string, raw string) bool {
	s := m.sentSaves(docID)
	return s.Version == m.version(docID) && slices.Contains(s.Hashes, rawHash(raw))
}
