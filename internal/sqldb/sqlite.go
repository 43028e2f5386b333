//go:build !wasm

package sqldb

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"
)

// SQLite is an embedded SQLite database file.
//
// SQLite allows one writer at a time; rather than retry on SQLITE_BUSY, all
// writes go through a single connection owned by one goroutine, and reads
// use a separate pool that WAL mode lets run beside the writer.
// synchronous=FULL makes every acknowledged write survive a crash of the
// process or of the machine; the writer commits the writes waiting at the
// same moment together (group commit) so that they share one fsync.
type SQLite struct {
	path    string
	w       *sql.DB
	wc      *sql.Conn // the one write connection, used only by writer
	stmts   *stmtCache
	r       *sql.DB
	jobs    chan *writeJob
	stopped chan struct{}
	gate    gate
}

// OpenSQLite opens the database file at path, creating it and its folder
// when needed.
func OpenSQLite(ctx context.Context, path string) (*SQLite, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	w, err := sql.Open("sqlite", sqliteDSN(path))
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	wc, err := w.Conn(ctx)
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	r, err := sql.Open("sqlite", sqliteDSN(path, "query_only(1)"))
	if err != nil {
		wc.Close()
		w.Close()
		return nil, err
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	b := &SQLite{path: path, w: w, wc: wc, r: r, jobs: make(chan *writeJob), stopped: make(chan struct{}),
		stmts: &stmtCache{conn: wc, m: map[string]*sql.Stmt{}}}
	go b.writer()
	return b, nil
}

// sqliteDSN names the file with the pragmas every connection needs.
func sqliteDSN(path string, extra ...string) string {
	q := url.Values{}
	for _, p := range append([]string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(FULL)", "foreign_keys(1)"}, extra...) {
		q.Add("_pragma", p)
	}
	return "file:" + path + "?" + q.Encode()
}

// Path is the database file's path.
func (b *SQLite) Path() string { return b.path }

// Close waits for the transactions under way, then stops the writer.
func (b *SQLite) Close() error {
	if !b.gate.shut() {
		return nil
	}
	close(b.jobs)
	<-b.stopped
	return errors.Join(b.stmts.close(), b.r.Close(), b.wc.Close(), b.w.Close())
}

// Tx runs a write in the writer's next batch, a read in its own read-only
// transaction.
func (b *SQLite) Tx(ctx context.Context, write bool, fn func(q Querier) error) error {
	if !b.gate.enter() {
		return ErrClosed
	}
	defer b.gate.leave()
	if write {
		j := &writeJob{fn: fn, done: make(chan error, 1)}
		b.jobs <- j
		return <-j.done
	}
	tx, err := b.r.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // reads only: nothing to commit
	return fn(sqlQuerier{tx})
}
