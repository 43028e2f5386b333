//go:build !wasm

// Package pgtest starts a throwaway PostgreSQL server for tests and load
// tests: a fresh cluster in a temporary folder, listening only on
// 127.0.0.1 at a free port, its Unix socket inside that folder.
//
// PostgreSQL refuses to run as root, so when the tests run as root the
// server runs as the "postgres" system user (through runuser) and the
// folder is handed to that user.
package pgtest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"

	"whosaid/internal/testskip"
)

// ErrMissing means no PostgreSQL binaries are installed.
var ErrMissing = errors.New("PostgreSQL binaries not found (looked in /usr/lib/postgresql/*/bin; Debian: apt-get install postgresql, or run scripts/install-deps)")

// Server is a running throwaway PostgreSQL server.
type Server struct {
	dir    string // holds data/, the socket and the log
	bin    string
	port   int
	runAs  string // "" or the system user to run as
	mu     sync.Mutex
	nextDB int
}

// Options tune the server.
type Options struct {
	// Durable keeps fsync on (for load figures); tests run without it.
	Durable bool
}

// BinDir finds the newest installed PostgreSQL's bin folder.
func BinDir() (string, error) {
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/pg_ctl")
	if len(found) == 0 {
		return "", ErrMissing
	}
	sort.Slice(found, func(i, j int) bool { return version(found[i]) > version(found[j]) })
	return filepath.Dir(found[0]), nil
}

func version(pgctl string) int {
	v, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(pgctl))))
	return v
}

// Start makes a new cluster and starts it.
func Start(opts Options) (*Server, error) {
	bin, err := BinDir()
	if err != nil {
		return nil, err
	}
	// As root the folder goes under /tmp, which the postgres user can
	// reach whatever $TMPDIR is (often a root-only folder).
	parent := ""
	if os.Geteuid() == 0 {
		parent = "/tmp"
	}
	dir, err := os.MkdirTemp(parent, "whosaid-pg-")
	if err != nil {
		return nil, err
	}
	s := &Server{dir: dir, bin: bin}
	if os.Geteuid() == 0 {
		s.runAs = "postgres"
		if err := chownTo(dir, s.runAs); err != nil {
			os.RemoveAll(dir)
			return nil, err
		}
	}
	if err := s.run("initdb", "-D", s.path("data"), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	settings := []string{"-c listen_addresses=127.0.0.1", "-c unix_socket_directories=" + dir, "-c max_connections=200"}
	if !opts.Durable {
		settings = append(settings, "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off")
	}
	// The free port can be taken between looking and starting: try again.
	for attempt := 0; ; attempt++ {
		if s.port, err = freePort(); err != nil {
			break
		}
		o := strings.Join(append(settings, "-p "+strconv.Itoa(s.port)), " ")
		err = s.run("pg_ctl", "-D", s.path("data"), "-l", s.path("log"), "-w", "-t", "60", "-o", o, "start")
		if err == nil || attempt == 2 {
			break
		}
	}
	if err != nil {
		log, _ := os.ReadFile(s.path("log"))
		os.RemoveAll(dir)
		return nil, fmt.Errorf("%w\nserver log:\n%s", err, log)
	}
	return s, nil
}

func (s *Server) path(name string) string { return filepath.Join(s.dir, name) }

// run runs a PostgreSQL program, as the postgres user when we are root.
func (s *Server) run(prog string, args ...string) error {
	name := filepath.Join(s.bin, prog)
	if s.runAs != "" {
		args = append([]string{"-u", s.runAs, "--", name}, args...)
		name = "runuser"
	}
	cmd := exec.Command(name, args...)
	cmd.Dir = s.dir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %w\n%s", prog, err, out)
	}
	return nil
}

// URL is the connection URL of database db.
func (s *Server) URL(db string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, db)
}

// NewDatabase creates an empty database and returns its URL.
func (s *Server) NewDatabase(ctx context.Context) (string, error) {
	s.mu.Lock()
	s.nextDB++
	name := fmt.Sprintf("t%d_%d", time.Now().UnixNano()%1e6, s.nextDB)
	s.mu.Unlock()
	c, err := pgx.Connect(ctx, s.URL("postgres"))
	if err != nil {
		return "", err
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		return "", err
	}
	return s.URL(name), nil
}

// Stop shuts the server down at once and removes its folder.
func (s *Server) Stop() error {
	err := s.run("pg_ctl", "-D", s.path("data"), "-m", "immediate", "-w", "stop")
	return errors.Join(err, os.RemoveAll(s.dir))
}

func chownTo(dir, name string) error {
	u, err := user.Lookup(name)
	if err != nil {
		return fmt.Errorf("running as root, PostgreSQL must run as %q: %w", name, err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return os.Chown(dir, uid, gid)
}

func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// Required tells whether a missing PostgreSQL must fail the tests: always,
// unless WHOSAID_SKIP_POSTGRES=1 says to run without them outside CI
// (testskip: in CI nothing skips; `make test` installs PostgreSQL through
// scripts/install-deps).
func Required() bool { return !testskip.Asked("WHOSAID_SKIP_POSTGRES") }
