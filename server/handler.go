//go:build !wasm

package server

import (
	"context"
	"log/slog"
	"net/http"

	"whosaid/server/store"
)

// Server is the root HTTP handler: the API under /api/, the app elsewhere.
type Server struct {
	cfg     Config
	log     *slog.Logger
	store   store.Store
	limiter *rateLimiter
	handler http.Handler
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
	return s, nil
}

// newServer builds the handler over an open store (which it then owns).
func newServer(cfg Config, log *slog.Logger, st store.Store) (*Server, error) {
	appHandler, err := NewAppHandler(cfg.WebDir)
	if err != nil {
		return nil, err
	}
	maxBody := cfg.MaxBody
	if maxBody <= 0 {
		maxBody = DefaultMaxBody
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ok"}` + "\n"))
	})
	limiter := newRateLimiter(cfg.RateLimit, cfg.RateBurst)
	mux.Handle("/api/", newAPI(st, log, maxBody, limiter))
	mux.Handle("/", appHandler)
	return &Server{cfg: cfg, log: log, store: st, limiter: limiter, handler: logRequests(log, securityHeaders(mux))}, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close waits for store writes under way and closes the store.
func (s *Server) Close() error { return s.store.Close() }
