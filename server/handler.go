//go:build !wasm

package server

import (
	"context"
	"log/slog"
	"net/http"

	"whosaid/classroom"
	"whosaid/internal/clientid"
	"whosaid/internal/httpjson"
	"whosaid/internal/ratelimit"
	"whosaid/internal/wire"
	"whosaid/server/store"
)

// Server is the root HTTP handler: the API under /api/, the app elsewhere.
type Server struct {
	cfg     Config
	log     *slog.Logger
	store   store.Store
	limiter *ratelimit.Limiter
	clients *clientid.Resolver
	handler http.Handler
	mux     *http.ServeMux
	// classroom is the classroom store (package classroom), opened by New;
	// nil in tests that build the server with newServer.
	classroom *classroom.Store
}

// New opens the configured store and builds the server's handler.
func New(cfg Config, log *slog.Logger) (*Server, error) {
	st, err := store.Open(context.Background(), cfg.DB, cfg.DataDir)
	if err != nil {
		return nil, err
	}
	s, err := newServer(cfg, log, st)
	if err != nil {
		st.Close()
		return nil, err
	}
	// Classroom exercises (docs/classroom.md) keep their own tables in the
	// same database, and their own rate limits.
	cr, err := classroom.Open(context.Background(), cfg.DB, cfg.DataDir)
	if err != nil {
		st.Close()
		return nil, err
	}
	s.classroom = cr
	// The API's rate limit applies to classroom requests too (0: none);
	// joining keeps its own stricter per-address limit whatever it is.
	co := classroom.Options{Rate: cfg.RateLimit, Burst: cfg.RateBurst, Clients: s.clients}
	if cfg.RateLimit <= 0 {
		co.Rate = -1
	}
	ch := classroom.NewHandlerWith(cr, log, co)
	for _, p := range []string{"/api/v1/exercises", "/api/v1/exercises/", "/api/v1/classes/"} {
		s.mux.Handle(p, ch)
	}
	return s, nil
}

// newServer builds the handler over an open store (which it then owns).
func newServer(cfg Config, log *slog.Logger, st store.Store) (*Server, error) {
	appHandler, err := newAppServer(cfg.WebDir)
	if err != nil {
		return nil, err
	}
	maxBody := cfg.MaxBody
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		httpjson.Write(w, http.StatusOK, wire.Health{Status: "ok"})
	})
	limiter := ratelimit.New(cfg.RateLimit, cfg.RateBurst, nil)
	clients := clientid.New(cfg.TrustedProxies)
	st.SetQuota(store.Quota{Documents: cfg.MaxDocuments, Bytes: cfg.MaxOwnerBytes})
	mux.Handle("/api/", newAPI(st, log, maxBody, limiter, clients))
	mux.Handle("/", appHandler)
	return &Server{cfg: cfg, log: log, store: st, limiter: limiter, clients: clients, mux: mux, handler: logRequests(log, securityHeaders(mux))}, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close waits for store writes under way and closes the store.
func (s *Server) Close() error {
	if s.classroom != nil {
		s.classroom.Close()
	}
	return s.store.Close()
}
