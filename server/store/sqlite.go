//go:build !wasm

package store

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

// SQLiteFile is the database file's name inside the data folder.
const SQLiteFile = "whosaid.db"

// OpenSQLite opens (creating when needed) the embedded database in dir and
// migrates it.
//
// SQLite allows one writer at a time; rather than retry on SQLITE_BUSY, all
// writes go through a single connection owned by one goroutine, and reads
// use a separate pool that WAL mode lets run beside the writer.
// synchronous=FULL makes every acknowledged write survive a crash of the
// process or of the machine; the writer commits the writes waiting at the
// same moment together (group commit) so that they share one fsync.
func OpenSQLite(ctx context.Context, dir string) (Store, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("data folder: %w", err)
	}
	path := filepath.Join(dir, SQLiteFile)
	dsn := func(extra ...string) string {
		q := url.Values{}
		for _, p := range append([]string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(FULL)", "foreign_keys(1)"}, extra...) {
			q.Add("_pragma", p)
		}
		return "file:" + path + "?" + q.Encode()
	}
	w, err := sql.Open("sqlite", dsn())
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
	r, err := sql.Open("sqlite", dsn("query_only(1)"))
	if err != nil {
		w.Close()
		return nil, err
	}
	n := max(4, runtime.GOMAXPROCS(0))
	r.SetMaxOpenConns(n)
	r.SetMaxIdleConns(n)
	b := &sqliteBackend{w: w, wc: wc, r: r, jobs: make(chan *writeJob), stopped: make(chan struct{}),
		stmts: &stmtCache{conn: wc, m: map[string]*sql.Stmt{}}}
	go b.writer()
	return newSQLStore(ctx, b)
}

type sqliteBackend struct {
	w       *sql.DB
	wc      *sql.Conn // the one write connection, used only by writer
	stmts   *stmtCache
	r       *sql.DB
	jobs    chan *writeJob
	stopped chan struct{}
}

// writeJob is one write transaction waiting for the writer.
type writeJob struct {
	ctx  context.Context
	fn   func(q querier) error
	done chan error
}

// maxBatch bounds how many writes share a commit.
const maxBatch = 128

func (b *sqliteBackend) migrationLock() string { return "" } // BEGIN IMMEDIATE locks the file

// close stops the writer (the store has already waited for its writes).
func (b *sqliteBackend) close() error {
	close(b.jobs)
	<-b.stopped
	return errors.Join(b.stmts.close(), b.r.Close(), b.wc.Close(), b.w.Close())
}

func (b *sqliteBackend) tx(ctx context.Context, write bool, fn func(q querier) error) error {
	if write {
		j := &writeJob{ctx: ctx, fn: fn, done: make(chan error, 1)}
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
