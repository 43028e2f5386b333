package anchor

import (
	"sync"
	"unicode"
	"weak"

	"whosaid/annotate"
)

// Index is a document text prepared for re-anchoring: its code points, and
// (built on first need) an index of where each word occurs. Build it once
// per text; it is safe for concurrent use.
type Index struct {
	ix *annotate.TextIndex
	*textData
}

// textData is what Index precomputes; it does not point back at the
// TextIndex so that the cache below can hold it weakly keyed.
type textData struct {
	runes     []rune
	wordsOnce sync.Once
	words     map[uint64][]int32 // word hash -> start offsets, in text order
	toksOnce  sync.Once
	toks      []tok // the text's tokens, for word-level alignment
}

// NewIndex prepares a document's text.
func NewIndex(doc annotate.Document) *Index {
	return IndexOf(annotate.NewTextIndex(doc.Text()))
}

// IndexOf prepares an indexed text, reusing the preparation of the same
// TextIndex from an earlier call while that TextIndex is alive.
func IndexOf(ix *annotate.TextIndex) *Index {
	return &Index{ix: ix, textData: cachedData(ix)}
}

// TextIndex is the offset index of the prepared text.
func (x *Index) TextIndex() *annotate.TextIndex { return x.ix }

// wordIndex returns the word postings, building them on first use.
func (d *textData) wordIndex() map[uint64][]int32 {
	d.wordsOnce.Do(func() {
		d.words = make(map[uint64][]int32, len(d.runes)/32)
		forEachWord(d.runes, func(start, end int) {
			h := hashRunes(d.runes[start:end])
			d.words[h] = append(d.words[h], int32(start))
		})
	})
	return d.words
}

// isWordRune tells what a word is made of. Apostrophes and hyphens split
// words, which is fine: the index only needs stable pieces.
func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// forEachWord calls f for every maximal run of word runes.
func forEachWord(rs []rune, f func(start, end int)) {
	start := -1
	for i, r := range rs {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(rs))
	}
}

// hashRunes is 64-bit FNV-1a over the code points.
func hashRunes(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return h
}

// The cache lets Locate, which is given only a TextIndex, avoid converting
// the same text again and again. Keys are weak so the cache keeps no text
// alive.
var cache struct {
	sync.Mutex
	entries []cacheEntry
}

type cacheEntry struct {
	key  weak.Pointer[annotate.TextIndex]
	data *textData
}

const cacheSize = 8

func cachedData(ix *annotate.TextIndex) *textData {
	key := weak.Make(ix)
	cache.Lock()
	defer cache.Unlock()
	live := cache.entries[:0]
	var found *textData
	for _, e := range cache.entries {
		if e.key.Value() == nil {
			continue
		}
		if e.key == key {
			found = e.data
		}
		live = append(live, e)
	}
	cache.entries = live
	if found != nil {
		return found
	}
	d := &textData{runes: []rune(ix.Text())}
	if len(cache.entries) >= cacheSize {
		cache.entries = cache.entries[1:]
	}
	cache.entries = append(cache.entries, cacheEntry{key: key, data: d})
	return d
}
