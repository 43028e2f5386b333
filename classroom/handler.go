//go:build !wasm

package classroom

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
	"whosaid/internal/ratelimit"
	"whosaid/internal/wire"
)

// Options tune the handler; zero values take the defaults.
type Options struct {
	MaxBody   int64   // largest request body in bytes (DefaultMaxBody)
	Rate      float64 // requests per second per client (DefaultRate); <0: no limit
	Burst     int     // (DefaultBurst)
	JoinRate  float64 // joins and code look-ups per second per address (DefaultJoinRate); <0: no limit
	JoinBurst int     // (DefaultJoinBurst)
	// Clients finds a request's address (trusted proxies); nil: the peer's.
	Clients *clientid.Resolver
	Now     func() time.Time
}

// Defaults. A whole class joining from one school address fits in the join
// burst; guessing codes (31⁶ of them) at the join rate takes centuries.
const (
	DefaultMaxBody   = 8 << 20
	DefaultRate      = 20
	DefaultBurst     = 60
	DefaultJoinRate  = 0.5
	DefaultJoinBurst = 120 // a look-up (name free?) and a join each, for 60 students
)

type handler struct {
	httpjson.API
	st      *Store
	log     *slog.Logger
	maxBody int64
	limit   *ratelimit.Limiter
	joins   *ratelimit.Limiter
	clients *clientid.Resolver
	dashes  dashCache
}

// NewHandler serves the classroom API (docs/classroom.md) under
// /api/v1/exercises and /api/v1/classes.
func NewHandler(st *Store, log *slog.Logger) http.Handler { return NewHandlerWith(st, log, Options{}) }

// NewHandlerWith is NewHandler with options.
func NewHandlerWith(st *Store, log *slog.Logger, o Options) http.Handler {
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.Rate == 0 {
		o.Rate, o.Burst = DefaultRate, DefaultBurst
	}
	if o.JoinRate == 0 {
		o.JoinRate, o.JoinBurst = DefaultJoinRate, DefaultJoinBurst
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Clients == nil {
		o.Clients = clientid.New(nil)
	}
	h := &handler{st: st, log: log, maxBody: o.MaxBody, clients: o.Clients,
		limit: ratelimit.New(o.Rate, o.Burst, o.Now), joins: ratelimit.New(o.JoinRate, o.JoinBurst, o.Now)}
	h.API = httpjson.API{Mux: http.NewServeMux(), Charge: h.charge, NotFound: "no such classroom API endpoint (see docs/classroom.md)"}
	// Teacher: every route but creation needs the teacher secret.
	h.Handle("POST /api/v1/exercises", h.byAddress(h.createExercise))
	h.teacher("GET /api/v1/exercises/{id}", h.getExercise)
	h.teacher("DELETE /api/v1/exercises/{id}", h.deleteExercise)
	h.teacher("PUT /api/v1/exercises/{id}/settings", h.putSettings)
	h.teacher("PUT /api/v1/exercises/{id}/key", h.putKey)
	h.teacher("POST /api/v1/exercises/{id}/publish", h.publish)
	h.teacher("POST /api/v1/exercises/{id}/close", h.setState(wire.StateClosed))
	h.teacher("POST /api/v1/exercises/{id}/reopen", h.setState(wire.StateOpen))
	h.teacher("POST /api/v1/exercises/{id}/release", h.setReleased(true))
	h.teacher("POST /api/v1/exercises/{id}/withhold", h.setReleased(false))
	h.teacher("GET /api/v1/exercises/{id}/dashboard", h.dashboard)
	h.teacher("GET /api/v1/exercises/{id}/results.csv", h.resultsCSV)
	h.teacher("GET /api/v1/exercises/{id}/file", h.exerciseFile)
	h.teacher("GET /api/v1/exercises/{id}/students/{sid}", h.studentWork)
	h.teacher("DELETE /api/v1/exercises/{id}/students", h.deleteStudents)
	// Students: look-up and join are rate limited per address; the rest
	// needs the student token.
	h.Handle("GET /api/v1/classes/{code}", h.joinLimited(h.classInfo))
	h.Handle("POST /api/v1/classes/{code}/join", h.joinLimited(h.join))
	h.student("GET /api/v1/classes/{code}/me", h.me)
	h.student("PUT /api/v1/classes/{code}/me/work", h.saveWork(false))
	h.student("POST /api/v1/classes/{code}/me/submit", h.saveWork(true))
	h.student("GET /api/v1/classes/{code}/me/feedback", h.feedback)
	return h
}

// charge takes every request from its client's allowance: by the secret
// or token it carries (a class behind one school address is many
// clients), else by its address. A route that finds the secret or token
// made up charges the address too (refused), so made-up ones buy no
// fresh allowance.
func (h *handler) charge(w http.ResponseWriter, r *http.Request) *httpjson.Error {
	key := h.clients.ByAddr(r)
	if token, e := clientid.Bearer(r, ""); e == nil {
		key = clientid.ByToken(clientid.Hash(token))
	}
	return h.limit.Allow(w, key, "requests from this address")
}

// byAddress charges a route that needs no secret to the client's address
// as well: ServeHTTP charges a request that carries a bearer token to that
// token, and a made-up token must not buy a fresh allowance (creating
// exercises, up to 8 MiB each, as fast as one likes).
func (h *handler) byAddress(f httpjson.HandlerFunc) httpjson.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) *httpjson.Error {
		if _, e := clientid.Bearer(r, ""); e == nil {
			if e := h.limit.Allow(w, h.clients.ByAddr(r), "requests from this address"); e != nil {
				return e
			}
		}
		return f(w, r)
	}
}

// refused charges a request whose secret or token is not known to the
// client's address (a made-up token must not buy a fresh allowance), and
// answers e, or 429 once the address has used up its allowance.
func (h *handler) refused(w http.ResponseWriter, r *http.Request, e *httpjson.Error) *httpjson.Error {
	if le := h.limit.Allow(w, h.clients.ByAddr(r), "requests from this address"); le != nil {
		return le
	}
	return e
}

func (h *handler) joinLimited(f httpjson.HandlerFunc) httpjson.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) *httpjson.Error {
		if e := h.joins.Allow(w, h.clients.ByAddr(r), "class code look-ups and joins from this address"); e != nil {
			return e
		}
		return f(w, r)
	}
}

// errExerciseClosed is the answer to work or a join on a closed exercise;
// its problem's path, "state", lets a client tell it from the other 409s
// without reading the message.
func errExerciseClosed() *httpjson.Error {
	return &httpjson.Error{Status: http.StatusConflict, Message: "the exercise is closed: the teacher can reopen it",
		Problems: []httpjson.Problem{{Path: "state", Message: "closed"}}}
}

// storeError maps a store error to a response; unexpected ones are logged
// and hidden behind a 500.
func (h *handler) storeError(r *http.Request, err error, what string) *httpjson.Error {
	switch {
	case errors.Is(err, errClosed):
		return errExerciseClosed()
	case errors.Is(err, errNameTaken):
		return &httpjson.Error{Status: http.StatusConflict, Message: "that display name is taken in this class",
			Problems: []httpjson.Problem{{Path: "name", Message: "already used in this class: add an initial or a number"}}}
	case errors.Is(err, errClassFull):
		return httpjson.NewError(http.StatusConflict, fmt.Sprintf("the class is full (%d students)", MaxStudents))
	}
	return httpjson.StoreError(h.log, r, err, what)
}

// writeCtx: a client that hangs up must not cancel a write half done.
func writeCtx(r *http.Request) context.Context { return context.WithoutCancel(r.Context()) }
