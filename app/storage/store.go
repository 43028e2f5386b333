package storage

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/app/wording"
)

// Keys of the Store.
const (
	docPrefix   = Prefix + "doc/"
	asidePrefix = Prefix + "aside/"
	indexKey    = Prefix + "index"
	lastKey     = Prefix + "last"
)

func docKey(id string) string { return docPrefix + id }

// ErrNotFound: Load of a document that was never saved (or was deleted).
var ErrNotFound = errors.New("no saved annotations for this document")

// DamagedError is returned by Load when the saved data cannot be read: it
// is corrupted, or written by a newer whosaid. The raw data has been moved
// aside (AsideKey) so that it can still be downloaded.
type DamagedError struct {
	DocID    string
	Title    string // from the index, if known
	Newer    bool   // written by a newer version (Format)
	Format   int
	Err      error  // what is wrong: annotate.Problems or a JSON error
	AsideKey string // "" if the data could not be kept
}

func (e *DamagedError) Error() string {
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

func (e *DamagedError) Unwrap() error { return e.Err }

// QuotaError is returned by Save when the browser refused to store more.
// Nothing was half-written: the previous saved copy is intact.
type QuotaError struct {
	DocID string
	Bytes int // size of what could not be saved
}

func (e *QuotaError) Error() string {
	return fmt.Sprintf("the browser's storage for this site is full: %s of annotations could not be saved (the previous save is intact)", wording.HumanBytes(e.Bytes))
}

func (e *QuotaError) Unwrap() error { return ErrQuota }

// Summary is one line of the index: what the library lists.
type Summary struct {
	ID     string    `json:"id"`
	Title  string    `json:"title"`
	Claims int       `json:"claims"`
	Edited time.Time `json:"edited"`
}

// Aside is raw data Load could not read, kept for download.
type Aside struct {
	Key   string
	DocID string
	At    time.Time
	Bytes int
}

// Store keeps annotation sets in a KV, one native JSON value per
// document, plus an index for the Library and the id of the last open
// document.
type Store struct {
	kv  KV
	now func() time.Time
}

// NewStore is the store of annotation sets kept in kv.
func NewStore(kv KV) *Store { return &Store{kv: kv, now: time.Now} }

// NewStoreAt is NewStore with a clock (tests).
func NewStoreAt(kv KV, now func() time.Time) *Store { return &Store{kv: kv, now: now} }

// KV is the storage under the store (sync keeps its state there too).
func (s *Store) KV() KV { return s.kv }

// Raw is a document's saved set as stored (compact native JSON).
func (s *Store) Raw(docID string) (string, bool) { return s.kv.Get(docKey(docID)) }

// RawKey is the key of the browser's storage that holds a document: what
// a "storage" event names when another tab saves it.
func (s *Store) RawKey(docID string) string { return RawKey(s.kv, docKey(docID)) }

// Load reads the saved set of a document. Errors: ErrNotFound,
// *DamagedError (the data has been moved aside and the document dropped
// from the index, so the app can go on without it).
func (s *Store) Load(docID string) (*annotate.Set, error) {
	raw, ok := s.kv.Get(docKey(docID))
	if !ok {
		return nil, ErrNotFound
	}
	set, err := native.Decode([]byte(raw))
	if err == nil {
		return set, nil
	}
	de := &DamagedError{DocID: docID, Err: err}
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
func (s *Store) setAside(docID, raw string) string {
	key := asidePrefix + docID + "/" + strconv.FormatInt(s.now().Unix(), 10)
	s.kv.Del(docKey(docID))
	if err := s.kv.Set(key, raw); err != nil {
		// Put it back rather than lose it; Load will fail again, harmlessly.
		s.kv.Set(docKey(docID), raw)
		return ""
	}
	s.dropFromIndex(docID)
	return key
}

// Save stores the set under its document id, updates the index and makes it
// the last open document. It refuses an invalid set (listing every problem)
// and, when storage is full, returns *QuotaError leaving the previous copy
// and the index as they were.
func (s *Store) Save(set *annotate.Set) error {
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
	oldIndex, hadIndex := s.kv.Get(indexKey)
	entry := Summary{ID: id, Title: wording.Name(set), Claims: len(set.Claims), Edited: s.now().UTC()}
	entries := append(removeSummary(s.List(), id), entry)
	if err := s.writeIndex(entries); err != nil {
		return s.writeError(id, len(data), err)
	}
	if err := s.kv.Set(docKey(id), string(data)); err != nil {
		if hadIndex {
			s.kv.Set(indexKey, oldIndex)
		} else {
			s.kv.Del(indexKey)
		}
		return s.writeError(id, len(data), err)
	}
	s.kv.Set(lastKey, id) // tiny; if even this fails, only the start-up choice suffers
	return nil
}

func (s *Store) writeError(id string, n int, err error) error {
	if errors.Is(err, ErrQuota) {
		return &QuotaError{DocID: id, Bytes: n}
	}
	return fmt.Errorf("saving in the browser failed: %w", err)
}

// Has tells whether a document has saved annotations.
func (s *Store) Has(docID string) bool {
	return s.kv.Has(docKey(docID))
}

// List returns the saved documents, most recently edited first. A missing
// or unreadable index is rebuilt from the saved documents.
func (s *Store) List() []Summary {
	var entries []Summary
	raw, ok := s.kv.Get(indexKey)
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
func (s *Store) rebuildIndex() []Summary {
	var entries []Summary
	for _, k := range s.kv.Keys() {
		id, ok := strings.CutPrefix(k, docPrefix)
		if !ok {
			continue
		}
		raw, _ := s.kv.Get(k)
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
		e := Summary{ID: id, Title: head.Document.Title, Claims: len(head.Claims)}
		if e.Title == "" && len(head.Document.Blocks) > 0 {
			e.Title = wording.Shorten(head.Document.Blocks[0].Text, 80)
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

func (s *Store) writeIndex(entries []Summary) error {
	if entries == nil {
		entries = []Summary{}
	}
	b, err := json.Marshal(entries)
	if err != nil {
		return err
	}
	return s.kv.Set(indexKey, string(b))
}

func (s *Store) dropFromIndex(id string) {
	s.writeIndex(removeSummary(s.List(), id))
	if last, _ := s.kv.Get(lastKey); last == id {
		s.kv.Del(lastKey)
	}
}

func removeSummary(entries []Summary, id string) []Summary {
	out := make([]Summary, 0, len(entries))
	for _, e := range entries {
		if e.ID != id {
			out = append(out, e)
		}
	}
	return out
}

// Delete removes a document's saved annotations.
func (s *Store) Delete(id string) error {
	if !s.Has(id) {
		return ErrNotFound
	}
	s.kv.Del(docKey(id))
	s.dropFromIndex(id)
	return nil
}

// LastOpen is the id of the last document opened or saved, or "".
func (s *Store) LastOpen() string {
	id, _ := s.kv.Get(lastKey)
	return id
}

// SetLastOpen makes id the document opened at the next start.
func (s *Store) SetLastOpen(id string) error {
	if err := s.kv.Set(lastKey, id); err != nil {
		return s.writeError(id, len(id), err)
	}
	return nil
}

// Asides lists the damaged data kept aside, newest first.
func (s *Store) Asides() []Aside {
	var out []Aside
	for _, k := range s.kv.Keys() {
		rest, ok := strings.CutPrefix(k, asidePrefix)
		if !ok {
			continue
		}
		i := strings.LastIndex(rest, "/")
		if i < 0 {
			continue
		}
		unix, _ := strconv.ParseInt(rest[i+1:], 10, 64)
		raw, _ := s.kv.Get(k)
		out = append(out, Aside{Key: k, DocID: rest[:i], At: time.Unix(unix, 0).UTC(), Bytes: len(raw)})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.After(out[j].At) })
	return out
}

// AsideFileName names the download of data kept aside after its
// document: "whosaid-damaged-<id>-<time>.json".
func AsideFileName(key string) string {
	return "whosaid-damaged-" + strings.NewReplacer("/", "-", ":", "-").Replace(strings.TrimPrefix(key, asidePrefix)) + ".json"
}

// Aside returns damaged data kept aside.
func (s *Store) Aside(key string) (string, bool) {
	if !strings.HasPrefix(key, asidePrefix) {
		return "", false
	}
	return s.kv.Get(key)
}

// DeleteAside drops damaged data kept aside.
func (s *Store) DeleteAside(key string) {
	if strings.HasPrefix(key, asidePrefix) {
		s.kv.Del(key)
	}
}
