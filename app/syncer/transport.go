package syncer

import (
	"strconv"
	"strings"
	"time"

	"whosaid/internal/wire"
)

// Request is one call of the annotation API.
type Request struct {
	Method, Path string
	Header       map[string]string
	Body         string // "" sends none
}

// Response is what a call answered. Err is set when no answer came
// (network down, server gone, timeout): Status is then 0.
type Response struct {
	Status int
	// ETag, RetryAfter and ContentType are the headers as sent.
	ETag, RetryAfter, ContentType string
	Body                          string
	Err                           error
}

// Transport makes API calls. done runs once, on the engine's goroutine.
type Transport interface {
	Send(r Request, done func(Response))
}

// Clock tells the time and runs f after d, on the engine's goroutine.
type Clock interface {
	Now() time.Time
	After(d time.Duration, f func())
}

// version is the version in the ETag header (`"7"` or `W/"7"`), -1 when
// there is none.
func (r Response) version() int {
	s := strings.TrimPrefix(strings.TrimSpace(r.ETag), "W/")
	n, err := strconv.Atoi(strings.Trim(s, `"`))
	if err != nil || s == "" {
		return -1
	}
	return n
}

// retryAfter is the wait a 429 asks for, in seconds (at least 1).
func (r Response) retryAfter() time.Duration {
	n, _ := strconv.Atoi(strings.TrimSpace(r.RetryAfter))
	return time.Duration(max(n, 1)) * time.Second
}

// json tells whether the body is JSON (a static host answers HTML).
func (r Response) json() bool { return strings.HasPrefix(r.ContentType, "application/json") }

// problem is the API's error message, with its problems, on one line.
func (r Response) problem() string {
	return strings.Join(wire.DecodeError(r.Status, []byte(r.Body)).Lines(), "; ")
}
