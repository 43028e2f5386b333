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
// writes go through a single connection (database/sql queues them), and
// reads use a separate pool that WAL mode lets run beside the writer.
// synchronous=FULL makes every acknowledged write survive a crash of the
// process or of the machine.
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
	w, err := sql.Open("sqlite", dsn()+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	if err := w.PingContext(ctx); err != nil {
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
	return newSQLStore(ctx, &sqliteBackend{w: w, r: r})
}

type sqliteBackend struct {
	w, r *sql.DB
}

func (b *sqliteBackend) migrationLock() string { return "" } // BEGIN IMMEDIATE locks the file

func (b *sqliteBackend) close() error {
	return errors.Join(b.r.Close(), b.w.Close())
}

func (b *sqliteBackend) tx(ctx context.Context, write bool, fn func(q querier) error) error {
	db := b.r
	if write {
		db = b.w
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(sqlQuerier{tx}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// sqlQuerier adapts a database/sql transaction.
type sqlQuerier struct{ tx *sql.Tx }

func (q sqlQuerier) exec(ctx context.Context, query string, args ...any) (int64, error) {
	res, err := q.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (q sqlQuerier) queryRow(ctx context.Context, query string, args ...any) func(dest ...any) error {
	row := q.tx.QueryRowContext(ctx, query, args...)
	return func(dest ...any) error {
		err := row.Scan(dest...)
		if errors.Is(err, sql.ErrNoRows) {
			return ErrNotFound
		}
		return err
	}
}

func (q sqlQuerier) query(ctx context.Context, query string, args []any, each func(scan func(dest ...any) error) error) error {
	rows, err := q.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := each(rows.Scan); err != nil {
			return err
		}
	}
	return rows.Err()
}
