//go:build !wasm

package classroom

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, "sqlite"

	"whosaid/internal/pgpool"
)

// errNotFound means no such row.
var errNotFound = errors.New("not found")

// querier runs SQL written with ? placeholders inside a transaction;
// queryRow's scan gives errNotFound for no row.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (int64, error)
	queryRow(ctx context.Context, q string, args ...any) func(dest ...any) error
	query(ctx context.Context, q string, args []any, each func(scan func(dest ...any) error) error) error
}

// backend is what differs between the databases.
type backend interface {
	tx(ctx context.Context, write bool, fn func(q querier) error) error
	migrationLock() string
	close() error
}

// SQLiteFile is the classroom database's file name in the data folder: its
// own file, so classroom writes never queue behind the main store's.
const SQLiteFile = "classroom.db"

// Open opens the classroom store the server is configured with: PostgreSQL
// when db is a postgres:// URL (the classroom_ tables then sit beside the
// main store's), else SQLite in dataDir/classroom.db.
func Open(ctx context.Context, db, dataDir string) (*Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return OpenPostgres(ctx, db)
	}
	if db != "" {
		return nil, fmt.Errorf("classroom: --db %q: want empty (embedded SQLite) or a postgres:// URL", db)
	}
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("classroom: data folder: %w", err)
	}
	return OpenSQLite(ctx, filepath.Join(dataDir, SQLiteFile))
}

// OpenSQLite opens (creating) the SQLite database at path and migrates it.
// One connection does everything: SQLite has one writer at a time anyway,
// and a class's traffic is small.
func OpenSQLite(ctx context.Context, path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "synchronous(FULL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode()+"&_txlock=immediate")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("classroom: open %s: %w", path, err)
	}
	return newStore(ctx, &sqliteBackend{db: db, path: path})
}

// OpenPostgres connects to PostgreSQL and migrates the classroom tables.
func OpenPostgres(ctx context.Context, dbURL string) (*Store, error) {
	cfg, err := pgx.ParseConfig(dbURL)
	if err != nil {
		return nil, fmt.Errorf("classroom: database URL: %w", err)
	}
	p := pgpool.New(cfg, 8)
	c, err := p.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("classroom: connect to PostgreSQL: %w", err)
	}
	p.Release(c)
	return newStore(ctx, &pgBackend{pool: p})
}

type sqliteBackend struct {
	db   *sql.DB
	path string
}

func (b *sqliteBackend) migrationLock() string { return "" } // BEGIN IMMEDIATE locks the file
func (b *sqliteBackend) close() error          { return b.db.Close() }

func (b *sqliteBackend) tx(ctx context.Context, write bool, fn func(q querier) error) error {
	tx, err := b.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	if err := fn(sqlQuerier{tx}); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

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
			return errNotFound
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

type pgBackend struct{ pool *pgpool.Pool }

// migrationLock serializes migrations of servers starting together (a
// transaction-level advisory lock, released at commit; its own number, so
// it never waits on the main store's).
func (b *pgBackend) migrationLock() string { return "SELECT pg_advisory_xact_lock(7375383912)" }
func (b *pgBackend) close() error          { return b.pool.Close() }

func (b *pgBackend) tx(ctx context.Context, write bool, fn func(q querier) error) error {
	c, err := b.pool.Acquire(ctx)
	if err != nil {
		return err
	}
	defer b.pool.Release(c)
	opts := pgx.TxOptions{}
	if !write {
		opts.AccessMode = pgx.ReadOnly
	}
	tx, err := c.BeginTx(ctx, opts)
	if err != nil {
		return err
	}
	if err := fn(pgQuerier{tx}); err != nil {
		tx.Rollback(context.WithoutCancel(ctx))
		return err
	}
	return tx.Commit(ctx)
}

type pgQuerier struct{ tx pgx.Tx }

func (q pgQuerier) exec(ctx context.Context, query string, args ...any) (int64, error) {
	tag, err := q.tx.Exec(ctx, dollarParams(query), args...)
	return tag.RowsAffected(), err
}

func (q pgQuerier) queryRow(ctx context.Context, query string, args ...any) func(dest ...any) error {
	row := q.tx.QueryRow(ctx, dollarParams(query), args...)
	return func(dest ...any) error {
		err := row.Scan(dest...)
		if errors.Is(err, pgx.ErrNoRows) {
			return errNotFound
		}
		return err
	}
}

func (q pgQuerier) query(ctx context.Context, query string, args []any, each func(scan func(dest ...any) error) error) error {
	rows, err := q.tx.Query(ctx, dollarParams(query), args...)
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

// dollarParams rewrites ? placeholders as $1, $2… for PostgreSQL (no query
// here has a ? inside a string literal).
func dollarParams(q string) string {
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
