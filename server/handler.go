//go:build !wasm

package server

import (
	"log/slog"
	"net/http"
)

// Server is the root HTTP handler.
type Server struct {
	cfg Config
	log *slog.Logger
	mux *http.ServeMux
}

// New builds the server's handler.
func New(cfg Config, log *slog.Logger) (*Server, error) {
	appHandler, err := NewAppHandler(cfg.WebDir)
	if err != nil {
		return nil, err
	}
	s := &Server{cfg: cfg, log: log, mux: http.NewServeMux()}
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ok"}` + "\n"))
	})
	s.mux.Handle("/", appHandler)
	return s, nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.mux.ServeHTTP(w, r) }

// Close releases the server's resources.
func (s *Server) Close() error { return nil }
