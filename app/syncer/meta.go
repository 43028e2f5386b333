package syncer

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/app/storage"
)

// What sync keeps per document in localStorage, beside the working copy
// (store.go):
//   - the server version last read or saved (sync/ver/<id>);
//   - the base: the set as last read from or saved to the server, compact
//     native JSON (sync/base/<id>); the working copy differs from it when
//     there are changes to send;
//   - tombstones: claims deleted here since the last sync, with the time
//     (sync/tomb/<id>), so a merge does not bring them back;
//   - documents deleted here (in the Library) whose server copy is still to
//     be deleted (sync/gone/<id>).
const (
	syncVerPrefix  = storage.Prefix + "sync/ver/"
	syncBasePrefix = storage.Prefix + "sync/base/"
	syncTombPrefix = storage.Prefix + "sync/tomb/"
	syncGonePrefix = storage.Prefix + "sync/gone/"
)

// meta reads and writes that state.
type meta struct{ kv storage.KV }

// version is the server version of the document's set (0: never synced).
func (m meta) version(docID string) int {
	v, _ := m.kv.Get(syncVerPrefix + docID)
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// base is the raw base (compact native JSON), "" when there is none.
func (m meta) base(docID string) string {
	b, _ := m.kv.Get(syncBasePrefix + docID)
	return b
}

// baseSet decodes the base; nil when there is none or it does not read.
func (m meta) baseSet(docID string) *annotate.Set {
	raw := m.base(docID)
	if raw == "" {
		return nil
	}
	set, err := native.Decode([]byte(raw))
	if err != nil {
		return nil
	}
	return set
}

// synced records a version the server has and the set it holds. The base
// goes first: a version without its base would make the next change look
// like no change.
func (m meta) synced(docID string, version int, raw string) error {
	if err := m.kv.Set(syncBasePrefix+docID, raw); err != nil {
		return err
	}
	if err := m.kv.Set(syncVerPrefix+docID, strconv.Itoa(version)); err != nil {
		m.kv.Del(syncBasePrefix + docID)
		return err
	}
	return nil
}

// forgetAll drops every version and base (another owner's token now: they
// mean nothing for it). Tombstones stay: they are about this browser's
// deletions.
func (m meta) forgetAll() {
	for _, k := range m.kv.Keys() {
		if strings.HasPrefix(k, syncVerPrefix) || strings.HasPrefix(k, syncBasePrefix) || strings.HasPrefix(k, syncSentPrefix) {
			m.kv.Del(k)
		}
	}
}

// any tells whether this browser has synced any document. A browser with
// a token but no documents and no sync state was cleared; one with sync
// state had its documents deleted in the Library, which must not bring
// them back from the server.
func (m meta) any() bool {
	for _, k := range m.kv.Keys() {
		if strings.HasPrefix(k, syncVerPrefix) || strings.HasPrefix(k, syncGonePrefix) {
			return true
		}
	}
	return false
}

// tombstones are the claims deleted here since the last sync.
func (m meta) tombstones(docID string) annotate.Tombstones {
	t := annotate.Tombstones{}
	if raw, ok := m.kv.Get(syncTombPrefix + docID); ok {
		json.Unmarshal([]byte(raw), &t)
	}
	return t
}

func (m meta) setTombstones(docID string, t annotate.Tombstones) {
	if len(t) == 0 {
		m.kv.Del(syncTombPrefix + docID)
		return
	}
	b, _ := json.Marshal(t)
	m.kv.Set(syncTombPrefix+docID, string(b))
}

// noteDeletions updates the tombstones after a save: claims in before but
// not in set were deleted now; a claim back in the set (undo) is alive.
func (m meta) noteDeletions(set *annotate.Set, before map[string]bool, now time.Time) {
	t := m.tombstones(set.Document.ID)
	n := len(t)
	alive := claimIDSet(set)
	changed := false
	for id := range before {
		if !alive[id] {
			if _, ok := t[id]; !ok {
				t[id] = now.UTC()
				changed = true
			}
		}
	}
	for id := range t {
		if alive[id] {
			delete(t, id)
			changed = true
		}
	}
	if changed || len(t) != n {
		m.setTombstones(set.Document.ID, t)
	}
}

func claimIDSet(set *annotate.Set) map[string]bool {
	ids := map[string]bool{}
	if set == nil {
		return ids
	}
	for _, c := range set.Claims {
		ids[c.ID] = true
	}
	return ids
}

// deleted records that the document was deleted in this browser: its sync
// state goes, and its server copy is deleted at the next sync (the server
// would otherwise bring it back to another device with the same token).
func (m meta) deleted(docID string) error {
	if err := m.kv.Set(syncGonePrefix+docID, "1"); err != nil {
		return err
	}
	m.kv.Del(syncVerPrefix + docID)
	m.kv.Del(syncBasePrefix + docID)
	m.kv.Del(syncTombPrefix + docID)
	m.kv.Del(syncSentPrefix + docID)
	return nil
}

// pendingDeletions are the documents whose server copy is still to be
// deleted, in key order.
func (m meta) pendingDeletions() []string {
	var ids []string
	for _, k := range m.kv.Keys() {
		if id, ok := strings.CutPrefix(k, syncGonePrefix); ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	return ids
}

// deletionDone: the server no longer has the document.
func (m meta) deletionDone(docID string) { m.kv.Del(syncGonePrefix + docID) }
