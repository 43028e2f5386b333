//go:build !wasm

package classroom

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/exercise"
)

// dashCache keeps, per exercise, the last dashboard computed and what it
// was computed from. Teachers poll every few seconds, and a class's
// figures (agreement compares every pair of submissions) cost far more
// than noticing that nothing changed:
//
//   - one build at a time per exercise: polls that arrive during a build
//     wait for it and are answered from its result (single flight);
//   - a poll when nothing changed is answered with the encoded answer of
//     the last build;
//   - a build after a change decodes and rescores only the students whose
//     work changed, and compares only the pairs of submissions one of
//     which changed (exercise.Builder).
type dashCache struct {
	mu      sync.Mutex
	classes map[string]*classCache
	// builds and decodes count dashboards built and student sets decoded
	// for them (logged with each build; tests read them).
	builds, decodes atomic.Int64
}

// maxDashClasses bounds the memory: the least recently polled exercise's
// cache goes first.
const maxDashClasses = 32

// classCache is one exercise's. Its lock is held through a build.
type classCache struct {
	mu      sync.Mutex
	used    time.Time
	exStamp string // the exercise (key, settings, state) the builder is for
	builder *exercise.Builder
	sets    map[string]cachedSet // student id → their set at a version
	stamp   string               // what the answer below was computed from
	dash    *exercise.Dashboard
	body    []byte // the encoded dashboard answer
}

type cachedSet struct {
	version string
	set     *annotate.Set // nil: it did not decode
}

// class returns the cache of an exercise, making room when needed.
func (c *dashCache) class(id string) *classCache {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.classes == nil {
		c.classes = map[string]*classCache{}
	}
	cc, ok := c.classes[id]
	if !ok {
		if len(c.classes) >= maxDashClasses {
			c.evictOldest()
		}
		cc = &classCache{sets: map[string]cachedSet{}}
		c.classes[id] = cc
	}
	cc.used = time.Now()
	return cc
}

func (c *dashCache) evictOldest() {
	var oldest string
	var at time.Time
	for id, cc := range c.classes {
		if oldest == "" || cc.used.Before(at) {
			oldest, at = id, cc.used
		}
	}
	delete(c.classes, oldest)
}

// studentStamp is what the dashboard needs to know of a student to tell
// whether their work changed: no sets.
type studentStamp struct {
	ID        string
	Name      string
	Revision  int64 // saves
	Attempts  int64 // submissions
	HasWork   bool
	Submitted bool
	Updated   time.Time
}

// version names the set the dashboard scores for the student: the
// submission (which changes only with a new attempt), else the autosaved
// work (which changes with every save); "" when there is none.
func (s studentStamp) version() string {
	switch {
	case s.Submitted:
		return s.ID + ":s" + strconv.FormatInt(s.Attempts, 10)
	case s.HasWork:
		return s.ID + ":w" + strconv.FormatInt(s.Revision, 10)
	}
	return ""
}

func (s studentStamp) status() exercise.Status {
	switch {
	case s.Submitted:
		return exercise.StatusSubmitted
	case s.HasWork:
		return exercise.StatusWorking
	}
	return exercise.StatusJoined
}

// exerciseStamp names an exercise's state as a dashboard depends on it.
func exerciseStamp(ex exerciseRow) string {
	return strconv.FormatInt(ex.Updated.UnixNano(), 10) + ":" + string(ex.State) + ":" + strconv.FormatBool(ex.Released)
}

// dashStamp names what a dashboard answer is computed from: the exercise
// and every student's name, version and attempts.
func dashStamp(ex exerciseRow, students []studentStamp) string {
	h := sha256.New()
	h.Write([]byte(exerciseStamp(ex)))
	for _, s := range students {
		h.Write([]byte("\x00" + s.ID + "\x00" + s.Name + "\x00" + strconv.FormatInt(s.Revision, 10) + "\x00" + strconv.FormatInt(s.Attempts, 10)))
	}
	return hex.EncodeToString(h.Sum(nil))
}
