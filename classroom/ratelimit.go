//go:build !wasm

package classroom

import (
	"fmt"
	"math"
	"net"
	"net/http"
	"strconv"
	"sync"
	"time"

	"whosaid/internal/httpjson"
)

// limiter is a token bucket per key: each holds up to burst requests and
// refills at rate per second. Buckets that have refilled are forgotten, so
// memory stays bounded by the clients active recently.
type limiter struct {
	rate, burst float64
	now         func() time.Time
	mu          sync.Mutex
	buckets     map[string]*bucket
	lastSweep   time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(rate float64, burst int, now func() time.Time) *limiter {
	return &limiter{rate: rate, burst: float64(max(burst, 1)), now: now, buckets: map[string]*bucket{}}
}

// allow takes a token for key or answers 429 with Retry-After.
func (l *limiter) allow(w http.ResponseWriter, key, what string) *httpjson.Error {
	if l == nil || l.rate <= 0 {
		return nil
	}
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.lastSweep) > time.Minute {
		l.lastSweep = now
		full := time.Duration(l.burst / l.rate * float64(time.Second))
		for k, b := range l.buckets {
			if now.Sub(b.last) > full {
				delete(l.buckets, k)
			}
		}
	}
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return nil
	}
	wait := math.Ceil((1 - b.tokens) / l.rate)
	w.Header().Set("Retry-After", strconv.Itoa(int(max(wait, 1))))
	return httpjson.NewError(http.StatusTooManyRequests, fmt.Sprintf("too many %s from this address: at most %g per second (bursts of %g); retry later", what, l.rate, l.burst))
}

// clientIP is the request's remote address without the port.
func clientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientKey names the client for the general limit: its secret's hash
// when it sends one (a class behind one school address is many clients),
// else its address.
func clientKey(r *http.Request) string {
	if _, token, ok := stringsCutBearer(r.Header.Get("Authorization")); ok {
		return "t:" + hashSecret(token)
	}
	return "ip:" + clientIP(r)
}

func stringsCutBearer(h string) (string, string, bool) {
	if len(h) < 8 || len(h) > 7+maxSecretLen {
		return "", "", false
	}
	return h[:7], h[7:], h[:7] == "Bearer "
}
