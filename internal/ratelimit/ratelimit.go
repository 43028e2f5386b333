//go:build !wasm

// Package ratelimit is the per-client token bucket of the server's HTTP
// APIs (the annotation API and the classroom API).
package ratelimit

import (
	"fmt"
	"hash/maphash"
	"math"
	"net/http"
	"strconv"
	"sync"
	"time"

	"whosaid/internal/httpjson"
)

// Limiter keeps a token bucket per key: each holds up to burst requests
// and refills at rate per second. Buckets are sharded so that clients
// rarely wait on each other's lock.
type Limiter struct {
	rate, burst float64 // rate 0 (or less) turns limiting off
	// Now is the clock; tests stop it.
	Now    func() time.Time
	seed   maphash.Seed
	shards [16]shard
}

type shard struct {
	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

// New makes a limiter of rate requests per second in bursts of burst (at
// least 1); now nil means time.Now.
func New(rate float64, burst int, now func() time.Time) *Limiter {
	if now == nil {
		now = time.Now
	}
	l := &Limiter{rate: rate, burst: float64(max(burst, 1)), Now: now, seed: maphash.MakeSeed()}
	for i := range l.shards {
		l.shards[i].buckets = map[string]*bucket{}
	}
	return l
}

// Take takes one token from key's bucket. When there is none it says how
// many whole seconds (at least 1) until one is back.
func (l *Limiter) Take(key string) (ok bool, retryAfter int) {
	if l == nil || l.rate <= 0 {
		return true, 0
	}
	sh := &l.shards[maphash.String(l.seed, key)%uint64(len(l.shards))]
	now := l.Now()
	sh.mu.Lock()
	defer sh.mu.Unlock()
	l.sweep(sh, now)
	b, ok := sh.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		sh.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, int(max(math.Ceil((1-b.tokens)/l.rate), 1))
}

// Allow takes a token for key, or sets Retry-After and returns the 429 to
// answer with; what names what is limited ("requests").
func (l *Limiter) Allow(w http.ResponseWriter, key, what string) *httpjson.Error {
	ok, wait := l.Take(key)
	if ok {
		return nil
	}
	w.Header().Set("Retry-After", strconv.Itoa(wait))
	return httpjson.NewError(http.StatusTooManyRequests, fmt.Sprintf("too many %s: at most %g per second (bursts of %g); retry later", what, l.rate, l.burst))
}

// sweep forgets buckets that have refilled completely: they are the same
// as a new one, so memory stays bounded by the clients active recently.
func (l *Limiter) sweep(sh *shard, now time.Time) {
	if now.Sub(sh.lastSweep) < time.Minute {
		return
	}
	sh.lastSweep = now
	full := time.Duration(l.burst / l.rate * float64(time.Second))
	for k, b := range sh.buckets {
		if now.Sub(b.last) > full {
			delete(sh.buckets, k)
		}
	}
}
