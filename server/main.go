//go:build !wasm

// Package server is the whosaid backend: it serves the WebAssembly app
// (precompressed, versioned by content hash) and, later, the annotation API.
package server

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"os"
	"time"

	"whosaid/internal/clientid"
)

// Config is how the server is set up; flags and environment variables fill it.
type Config struct {
	Addr    string // listen address, e.g. ":8000" or "127.0.0.1:0"
	DataDir string // where the embedded database lives
	DB      string // "" for embedded SQLite, or a postgres:// URL
	WebDir  string // folder holding app.wasm and the static files

	RateLimit float64 // API requests per second per client (token or IP); 0: no limit
	RateBurst int     // API requests a client may make at once before the rate applies
	MaxBody   int64   // largest request body in bytes; 0: DefaultMaxBody

	// TrustedProxies are the proxies whose X-Forwarded-For names the
	// client (package clientid); none: the header is ignored.
	TrustedProxies []netip.Prefix
	MaxDocuments   int   // documents per owner token; 0: no limit
	MaxOwnerBytes  int64 // bytes of documents and sets per owner token; 0: no limit
	// ShutdownTimeout is how long a stop (SIGTERM, SIGINT) waits for the
	// requests under way before cutting them off; 0: DefaultShutdownTimeout.
	ShutdownTimeout time.Duration
}

// Defaults of the rate limit: an editor saving as the user types stays far
// below them.
const (
	DefaultRateLimit = 20
	DefaultRateBurst = 60
)

// Defaults of the per-owner quotas: far more than a person annotates (the
// largest article and its set are a few MiB), far less than a script
// could fill a disk with.
const (
	DefaultMaxDocuments  = 1000
	DefaultMaxOwnerBytes = 256 << 20
)

// DefaultShutdownTimeout is how long a stop waits for requests under way:
// longer than a save takes, shorter than the 30 s most service managers
// wait before killing.
const DefaultShutdownTimeout = 20 * time.Second

// ParseFlags reads the serve flags; environment variables give the defaults.
func ParseFlags(args []string, stderr io.Writer) (Config, error) {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var c Config
	if err := DefineFlags(fs, &c); err != nil {
		return c, err
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("serve: unexpected argument %q", fs.Arg(0))
	}
	return c, nil
}

// DefineFlags defines the serve flags on fs, filling c. Environment
// variables give the defaults; a bad one is reported like a bad flag
// (the flags are defined all the same, so help can list them). A
// back-quoted word in a flag's usage names its value, as flag.UnquoteUsage
// reads it.
func DefineFlags(fs *flag.FlagSet, c *Config) error {
	fs.StringVar(&c.Addr, "addr", envOr("WHOSAID_ADDR", ":8000"), "listen `address` (env WHOSAID_ADDR)")
	fs.StringVar(&c.DataDir, "data", envOr("WHOSAID_DATA", "./data"), "`folder` of the embedded database (env WHOSAID_DATA)")
	fs.StringVar(&c.DB, "db", envOr("WHOSAID_DB", ""), "database: empty for embedded SQLite, or a postgres:// `URL` (env WHOSAID_DB)")
	fs.StringVar(&c.WebDir, "web", envOr("WHOSAID_WEB", "./web"), "`folder` with app.wasm and the static files, filled by make build (env WHOSAID_WEB)")
	fs.Float64Var(&c.RateLimit, "rate", DefaultRateLimit, "API `requests` per second per client, 0 for no limit (env WHOSAID_RATE)")
	fs.IntVar(&c.RateBurst, "burst", DefaultRateBurst, "API `requests` a client may make at once (env WHOSAID_BURST)")
	fs.Int64Var(&c.MaxBody, "max-body", DefaultMaxBody, "largest request body in `bytes` (env WHOSAID_MAX_BODY)")
	fs.Func("trusted-proxy", "comma-separated CIDR `prefixes` of reverse proxies whose X-Forwarded-For names the client (env WHOSAID_TRUSTED_PROXY)", func(v string) error {
		p, err := clientid.ParsePrefixes(v)
		c.TrustedProxies = append(c.TrustedProxies, p...)
		return err
	})
	fs.IntVar(&c.MaxDocuments, "max-documents", DefaultMaxDocuments, "`documents` per owner token, 0 for no limit (env WHOSAID_MAX_DOCUMENTS)")
	fs.Int64Var(&c.MaxOwnerBytes, "max-owner-bytes", DefaultMaxOwnerBytes, "`bytes` of documents and sets per owner token, 0 for no limit (env WHOSAID_MAX_OWNER_BYTES)")
	fs.DurationVar(&c.ShutdownTimeout, "shutdown-timeout", DefaultShutdownTimeout, "how long a stop waits for requests under way, as a `duration` such as 20s (env WHOSAID_SHUTDOWN_TIMEOUT)")
	// Numeric flags take their defaults from the environment through Set,
	// so a bad value is reported like a bad flag.
	var errs []error
	for _, fe := range [][2]string{{"rate", "WHOSAID_RATE"}, {"burst", "WHOSAID_BURST"}, {"max-body", "WHOSAID_MAX_BODY"},
		{"trusted-proxy", "WHOSAID_TRUSTED_PROXY"}, {"max-documents", "WHOSAID_MAX_DOCUMENTS"}, {"max-owner-bytes", "WHOSAID_MAX_OWNER_BYTES"},
		{"shutdown-timeout", "WHOSAID_SHUTDOWN_TIMEOUT"}} {
		if v := os.Getenv(fe[1]); v != "" {
			if err := fs.Set(fe[0], v); err != nil {
				errs = append(errs, fmt.Errorf("%s=%q: %w", fe[1], v, err))
			}
		}
	}
	return errors.Join(errs...)
}

func envOr(key, def string) string {
	if v := os.Getenv(key); v != "" {
		return v
	}
	return def
}

// Main parses flags and serves (Serve).
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg, err := ParseFlags(args, stderr)
	if err != nil {
		return err
	}
	return Serve(ctx, cfg, stdout, stderr)
}

// Serve serves until ctx ends, then shuts down gracefully. It prints
// "listening on http://HOST:PORT" once the socket is open, which tests
// read to find a port chosen by the system; the log goes to stderr.
func Serve(ctx context.Context, cfg Config, stdout, stderr io.Writer) error {
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	h, err := New(cfg, log)
	if err != nil {
		return err
	}
	defer h.Close()
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	// Timeouts bound what a slow or stalled client can hold: a body of the
	// largest allowed size still has a minute to arrive.
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	fmt.Fprintf(stdout, "listening on http://%s\n", displayAddr(ln.Addr()))
	storeKind := "sqlite"
	if cfg.DB != "" {
		storeKind = "postgres"
	}
	log.Info("listening", "addr", ln.Addr().String(), "web", cfg.WebDir, "store", storeKind, "data", cfg.DataDir)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	return shutdown(srv, cfg.ShutdownTimeout, log)
}

// shutdown stops accepting and waits for the requests under way (writes
// included) up to timeout, then cuts off those still running (a stalled
// upload) and says so. A stop is a stop: it ends well (nil, exit code 0)
// either way; the deferred Close then waits for the store's writes.
func shutdown(srv *http.Server, timeout time.Duration, log *slog.Logger) error {
	if timeout <= 0 {
		timeout = DefaultShutdownTimeout
	}
	log.Info("shutting down", "wait", timeout.String())
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	err := srv.Shutdown(ctx)
	if errors.Is(err, context.DeadlineExceeded) {
		log.Warn("requests still running when the shutdown time ran out were cut off", "wait", timeout.String())
		srv.Close()
		return nil
	}
	if err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func displayAddr(a net.Addr) string {
	tcp, ok := a.(*net.TCPAddr)
	if !ok || tcp.IP.IsUnspecified() {
		if ok {
			return fmt.Sprintf("localhost:%d", tcp.Port)
		}
	}
	return a.String()
}
