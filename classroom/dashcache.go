//go:build !wasm

package classroom

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"sync"

	"whosaid/annotate/exercise"
)

// dashCache keeps the last dashboard computed per exercise: teachers poll
// every few seconds, and scoring a class (agreement compares every pair of
// submissions) costs far more than noticing that nothing changed.
type dashCache struct {
	mu      sync.Mutex
	entries map[string]dashEntry
}

type dashEntry struct {
	stamp string
	dash  *exercise.Dashboard
}

// maxDashCache bounds the memory: past it, the cache starts over.
const maxDashCache = 256

// stamp names what a dashboard is computed from: the exercise's last
// change (key included) and every student's id, last save and submission.
func dashStamp(ex exerciseRow, rows []studentRow) string {
	h := sha256.New()
	h.Write([]byte(strconv.FormatInt(ex.Updated.UnixNano(), 10)))
	for _, r := range rows {
		h.Write([]byte("\x00" + r.ID + "\x00" + strconv.FormatInt(r.Updated.UnixNano(), 10) + "\x00" + strconv.FormatInt(r.Submitted.UnixNano(), 10) +
			"\x00" + strconv.Itoa(len(r.Work)) + "\x00" + strconv.Itoa(len(r.Submission))))
	}
	return hex.EncodeToString(h.Sum(nil))
}

func (c *dashCache) get(id, stamp string) *exercise.Dashboard {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[id]; ok && e.stamp == stamp {
		return e.dash
	}
	return nil
}

func (c *dashCache) put(id, stamp string, d *exercise.Dashboard) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= maxDashCache {
		c.entries = map[string]dashEntry{}
	}
	c.entries[id] = dashEntry{stamp, d}
}
