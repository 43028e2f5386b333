//go:build !wasm

package ratelimit

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/internal/httpjson"
)

// clock is a stopped clock that tests move by hand.
type clock struct{ t time.Time }

func (c *clock) now() time.Time { return c.t }

type take struct {
	OK         bool
	RetryAfter int
}

func takes(l *Limiter, key string, n int) []take {
	var out []take
	for range n {
		ok, wait := l.Take(key)
		out = append(out, take{ok, wait})
	}
	return out
}

func TestBurstThenRefill(t *testing.T) {
	c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	l := New(2, 3, c.now)
	want := []take{{true, 0}, {true, 0}, {true, 0}, {false, 1}}
	if diff := cmp.Diff(want, takes(l, "a", 4)); diff != "" {
		t.Errorf("burst (-want +got):\n%s", diff)
	}
	// Another key has its own bucket.
	if diff := cmp.Diff([]take{{true, 0}}, takes(l, "b", 1)); diff != "" {
		t.Errorf("other key (-want +got):\n%s", diff)
	}
	// Half a second refills one token at 2 per second.
	c.t = c.t.Add(500 * time.Millisecond)
	if diff := cmp.Diff([]take{{true, 0}, {false, 1}}, takes(l, "a", 2)); diff != "" {
		t.Errorf("after refill (-want +got):\n%s", diff)
	}
	// Never more than the burst, however long the wait.
	c.t = c.t.Add(time.Hour)
	if diff := cmp.Diff(want, takes(l, "a", 4)); diff != "" {
		t.Errorf("after an hour (-want +got):\n%s", diff)
	}
}

func TestRetryAfterWholeSeconds(t *testing.T) {
	c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	l := New(0.25, 1, c.now) // one request every 4 s
	want := []take{{true, 0}, {false, 4}}
	if diff := cmp.Diff(want, takes(l, "a", 2)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	c.t = c.t.Add(1500 * time.Millisecond)
	if diff := cmp.Diff([]take{{false, 3}}, takes(l, "a", 1)); diff != "" {
		t.Errorf("1.5 s later (-want +got):\n%s", diff)
	}
}

func TestOff(t *testing.T) {
	var none *Limiter
	for _, l := range []*Limiter{none, New(0, 1, nil), New(-1, 1, nil)} {
		if diff := cmp.Diff([]take{{true, 0}, {true, 0}, {true, 0}}, takes(l, "a", 3)); diff != "" {
			t.Errorf("limiter %v (-want +got):\n%s", l, diff)
		}
	}
}

// Buckets that have refilled are forgotten: memory follows the clients
// active recently, not all clients ever seen. A shard sweeps on its next
// use after a minute.
func TestSweepForgetsIdleBuckets(t *testing.T) {
	c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	l := New(1, 5, c.now)
	for i := range 64 {
		l.Take(string(rune('A' + i)))
	}
	c.t = c.t.Add(2 * time.Minute)
	l.Take("new")
	for i := range l.shards {
		if _, ok := l.shards[i].buckets["new"]; ok {
			if diff := cmp.Diff([]string{"new"}, keys(l.shards[i].buckets)); diff != "" {
				t.Errorf("swept shard holds (-want +got):\n%s", diff)
			}
		}
	}
}

func keys(m map[string]*bucket) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestAllowAnswers429(t *testing.T) {
	c := &clock{time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
	l := New(2, 1, c.now)
	rec := httptest.NewRecorder()
	if e := l.Allow(rec, "a", "requests"); e != nil {
		t.Fatalf("first request: %v", e)
	}
	e := l.Allow(rec, "a", "class code look-ups")
	want := &httpjson.Error{Status: http.StatusTooManyRequests, Message: "too many class code look-ups: at most 2 per second (bursts of 1); retry later"}
	if diff := cmp.Diff(want, e); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := rec.Header().Get("Retry-After"); got != "1" {
		t.Errorf("Retry-After %q, want 1", got)
	}
}
