//go:build !wasm

package server

import (
	"fmt"
	"hash/maphash"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"whosaid/internal/httpjson"
)

// rateLimiter is a token bucket per client: the owner token's hash when the
// request carries a valid one, else the remote IP. Each bucket holds up to
// burst requests and refills at rate per second.
type rateLimiter struct {
	rate   float64 // requests per second; 0 turns limiting off
	burst  float64
	now    func() time.Time
	seed   maphash.Seed
	shards [16]limiterShard
}

type limiterShard struct {
	mu        sync.Mutex
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newRateLimiter(rate float64, burst int) *rateLimiter {
	l := &rateLimiter{rate: rate, burst: float64(max(burst, 1)), now: time.Now, seed: maphash.MakeSeed()}
	for i := range l.shards {
		l.shards[i].buckets = map[string]*bucket{}
	}
	return l
}

// allow takes one token for the request's client, or answers 429 with
// Retry-After (whole seconds until a token is back).
func (l *rateLimiter) allow(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	if l == nil || l.rate <= 0 {
		return nil
	}
	key := clientKey(r)
	sh := &l.shards[maphash.String(l.seed, key)%uint64(len(l.shards))]
	now := l.now()
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
		return nil
	}
	wait := math.Ceil((1 - b.tokens) / l.rate)
	w.Header().Set("Retry-After", strconv.Itoa(int(max(wait, 1))))
	return httpjson.NewError(http.StatusTooManyRequests, fmt.Sprintf("too many requests: at most %g per second (bursts of %g); retry later", l.rate, l.burst))
}

// sweep forgets buckets that have refilled completely: they are the same
// as a new one, so memory stays bounded by the clients active recently.
func (l *rateLimiter) sweep(sh *limiterShard, now time.Time) {
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

func clientKey(r *http.Request) string {
	if owner, e := ownerOf(r); e == nil {
		return "t:" + owner
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	return "ip:" + host
}
