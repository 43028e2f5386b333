package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// Storage keys. Everything whosaid keeps in the browser lives under one
// versioned prefix, so a later layout can migrate from this one.
const (
	keyPrefix   = "whosaid/v1/"
	docPrefix   = keyPrefix + "doc/"
	asidePrefix = keyPrefix + "aside/"
	indexKey    = keyPrefix + "index"
	lastKey     = keyPrefix + "last"
)

func docKey(id string) string { return docPrefix + id }

// kv is the raw string storage under the store: localStorage in the
// browser, memory elsewhere.
type kv interface {
	get(key string) (string, bool)
	has(key string) bool
	set(key, value string) error // errQuota when storage is full
	del(key string)
	keys() []string
}

var (
	// errQuota is what kv.set returns when the browser's storage is full.
	errQuota = errors.New("the browser's storage for this site is full")
	// errDocNotFound: Load of a document that was never saved (or deleted).
	errDocNotFound = errors.New("no saved annotations for this document")
)

// damagedError is returned by Load when the saved data cannot be read: it
// is corrupted, or written by a newer whosaid. The raw data has been moved
// aside (AsideKey) so that it can still be downloaded.
type damagedError struct {
	DocID    string
	Title    string // from the index, if known
	Newer    bool   // written by a newer version (Format)
	Format   int
	Err      error  // what is wrong: annotate.Problems or a JSON error
	AsideKey string // "" if the data could not be kept
}

func (e *damagedError) Error() string {
	what := "is damaged"
	if e.Newer {
		what = fmt.Sprintf("was written by a newer version of whosaid (format %d; this one reads up to %d)", e.Format, annotate.FormatVersion)
	}
	name := e.Title
	if name == "" {
		name = e.DocID
	}
	return fmt.Sprintf("the saved annotations of %q %s: %v", name, what, e.Err)
}

func (e *damagedError) Unwrap() error { return e.Err }

// quotaError is returned by Save when the browser refused to store more.
// Nothing was half-written: the previous saved copy is intact.
type quotaError struct {
	DocID string
	Bytes int // size of what could not be saved
}

func (e *quotaError) Error() string {
	return fmt.Sprintf("the browser's storage for this site is full: %s of annotations could not be saved (the previous save is intact)", humanBytes(e.Bytes))
}

func (e *quotaError) Unwrap() error { return errQuota }

// docSummary is one line of the index: what the library lists.
type docSummary struct {
	ID     string    `json:"id"`
	Title  string    `json:"title"`
	Claims int       `json:"claims"`
	Edited time.Time `json:"edited"`
}

// asideEntry is raw data Load could not read, kept for download.
type asideEntry struct {
	Key   string
	DocID string
	At    time.Time
	Bytes int
}

// docStore keeps annotation sets in the browser's localStorage, one native
// JSON value per document, plus an index for the library and the id of the
// last open document. It reads and writes localStorage itself rather than
// through go-app's persisted state, which hides quota errors and silently
// reads corrupted values as empty.
type docStore struct {
	kv  kv
	now func() time.Time
}

// newDocStore returns the store of this browser for the page ctx shows:
// an exercise page has its own (kv_namespace.go).
func newDocStore(ctx app.Context) *docStore {
	return &docStore{kv: pageKV(ctx), now: time.Now}
}

// Load reads the saved set of a document. Errors: errDocNotFound,
// *damagedError (the data has been moved aside and the document dropped
// from the index, so the app can go on without it).
func (s *docStore) Load(docID string) (*annotate.Set, error) {
	raw, ok := s.kv.get(docKey(docID))
	if !ok {
		return nil, errDocNotFound
	}
	set, err := native.Decode([]byte(raw))
	if err == nil {
		return set, nil
	}
	de := &damagedError{DocID: docID, Err: err}
	var head struct {
		Format   int `json:"format"`
		Document struct {
			Title string `json:"title"`
		} `json:"document"`
	}
	if json.Unmarshal([]byte(raw), &head) == nil {
		de.Title = head.Document.Title
		if head.Format > annotate.FormatVersion {
			de.Newer, de.Format = true, head.Format
		}
	}
	for _, e := range s.List() {
		if e.ID == docID && e.Title != "" {
			de.Title = e.Title
		}
	}
	de.AsideKey = s.setAside(docID, raw)
	return nil, de
}

// setAside moves raw data from a document's key to an aside key. The
// document key is removed first so the copy cannot run out of room.
func (s *docStore) setAside(docID, raw string) string {
	key := asidePrefix + docID + "/" + strconv.FormatInt(s.now().Unix(), 10)
	s.kv.del(docKey(docID))
	if err := s.kv.set(key, raw); err != nil {
		// Put it back rather than lose it; Load will fail again, harmlessly.
		s.kv.set(docKey(docID), raw)
		return ""
	}
	s.dropFromIndex(docID)
	return key
}

// Save stores the set under its document id, updates the index and makes it
// the last open document. It refuses an invalid set (listing every problem)
// and, when storage is full, returns *quotaError leaving the previous copy
// and the index as they were.
func (s *docStore) Save(set *annotate.Set) error {
	if set == nil {
		return errors.New("no annotation set to save")
	}
	if err := annotate.Validate(set); err != nil {
		return fmt.Errorf("the annotations are not valid, so they were not saved:\n%w", err)
	}
	id := set.Document.ID
	data, err := native.EncodeCompact(set)
	if err != nil {
		return err
	}
	// The small index goes first: if the document then does not fit, the
	// old index is put back and nothing has changed. (This order spares
	// reading the old document, which is slow for big sets.)
	oldIndex, hadIndex := s.kv.get(indexKey)
	entry := docSummary{ID: id, Title: setTitle(set), Claims: len(set.Claims), Edited: s.now().UTC()}
	entries := append(removeSummary(s.List(), id), entry)
	if err := s.writeIndex(entries); err != nil {
		return s.writeError(id, len(data), err)
	}
	if err := s.kv.set(docKey(id), string(data)); err != nil {
		if hadIndex {
			s.kv.set(indexKey, oldIndex)
		} else {
			s.kv.del(indexKey)
		}
		return s.writeError(id, len(data), err)
	}
	s.kv.set(lastKey, id) // tiny; if even this fails, only the start-up choice suffers
	return nil
}

func (s *docStore) writeError(id string, n int, err error) error {
	if errors.Is(err, errQuota) {
		return &quotaError{DocID: id, Bytes: n}
	}
	return fmt.Errorf("saving in the browser failed: %w", err)
}

// Has tells whether a document has saved annotations.
func (s *docStore) Has(docID string) bool {
	return s.kv.has(docKey(docID))
}

// List returns the saved documents, most recently edited first. A missing
// or unreadable index is rebuilt from the saved documents.
func (s *docStore) List() []docSummary {
	var entries []docSummary
	raw, ok := s.kv.get(indexKey)
	if !ok || json.Unmarshal([]byte(raw), &entries) != nil {
		entries = s.rebuildIndex()
	}
	// Keep only entries whose document is still there (another tab may
	// have deleted it).
	out := entries[:0]
	for _, e := range entries {
		if s.Has(e.ID) {
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Edited.After(out[j].Edited) })
	return out
}

// rebuildIndex reads the headers of every saved document.
func (s *docStore) rebuildIndex() []docSummary {
	var entries []docSummary
	for _, k := range s.kv.keys() {
		id, ok := strings.CutPrefix(k, docPrefix)
		if !ok {
			continue
		}
		raw, _ := s.kv.get(k)
		var head struct {
			Document struct {
				Title  string           `json:"title"`
				Blocks []annotate.Block `json:"blocks"`
			} `json:"document"`
			Claims []struct {
				Modified time.Time `json:"modified"`
			} `json:"claims"`
		}
		json.Unmarshal([]byte(raw), &head)
		e := docSummary{ID: id, Title: head.Document.Title, Claims: len(head.Claims)}
		if e.Title == "" && len(head.Document.Blocks) > 0 {
			e.Title = shorten(head.Document.Blocks[0].Text, 80)
		}
		for _, c := range head.Claims {
			if c.Modified.After(e.Edited) {
				e.Edited = c.Modified
			}
		}
		entries = append(entries, e)
	}
	return entries
}

func (s *docStore) writeIndex(entries []docSummary) error {
	if entries == nil {
		entries = []docSummary{}
	}
	b, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	return s.kv.set(indexKey, string(b))
}

func (s *docStore) dropFromIndex(id string) {
	s.writeIndex(removeSummary(s.List(), id))
	if last, _ := s.kv.get(lastKey); last == id {
		s.kv.del(lastKey)
	}
}

func removeSummary(entries []docSummary, id string) []docSummary {
	out := make([]docSummary, 0, len(entries))
	for _, e := range entries {
		if e.ID != id {
			out = append(out, e)
		}
	}
	return out
}

// Delete removes a document's saved annotations.
func (s *docStore) Delete(id string) error {
	if !s.Has(id) {
		return errDocNotFound
	}
	s.kv.del(docKey(id))
	s.dropFromIndex(id)
	return nil
}

// LastOpen is the id of the last document opened or saved, or "".
func (s *docStore) LastOpen() string {
	id, _ := s.kv.get(lastKey)
	return id
}

// SetLastOpen makes id the document opened at the next start.
func (s *docStore) SetLastOpen(id string) error {
	if err := s.kv.set(lastKey, id); err != nil {
		return s.writeError(id, len(id), err)
	}
	return nil
}

// Asides lists the damaged data kept aside, newest first.
func (s *docStore) Asides() []asideEntry {
	var out []asideEntry
	for _, k := range s.kv.keys() {
		rest, ok := strings.CutPrefix(k, asidePrefix)
		if !ok {
			continue
		}
		i := strings.LastIndex(rest, "/")
		if i < 0 {
			continue
		}
		unix, _ := strconv.ParseInt(rest[i+1:], 10, 64)
		raw, _ := s.kv.get(k)
		out = append(out, asideEntry{Key: k, DocID: rest[:i], At: time.Unix(unix, 0).UTC(), Bytes: len(raw)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out
}

// Aside returns damaged data kept aside.
func (s *docStore) Aside(key string) (string, bool) {
	if !strings.HasPrefix(key, asidePrefix) {
		return "", false
	}
	return s.kv.get(key)
}

// DeleteAside drops damaged data kept aside.
func (s *docStore) DeleteAside(key string) {
	if strings.HasPrefix(key, asidePrefix) {
		s.kv.del(key)
	}
}

// setTitle names a set for people: its title, else its first block.
func setTitle(set *annotate.Set) string {
	if set.Document.Title != "" {
		return set.Document.Title
	}
	if len(set.Document.Blocks) > 0 {
		return shorten(set.Document.Blocks[0].Text, 80)
	}
	return "Untitled article"
}

func shorten(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

func humanBytes(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.0f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
