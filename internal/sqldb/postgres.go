//go:build !wasm

package sqldb

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"whosaid/internal/pgpool"
)

// Postgres is a PostgreSQL database. Transactions run at READ COMMITTED,
// PostgreSQL's default.
type Postgres struct {
	pool *pgpool.Pool
	gate gate
}

// OpenPostgres connects to the database at url (postgres://…) with at most
// maxConns connections (0: pgpool's default), checking that it answers.
func OpenPostgres(ctx context.Context, url string, maxConns int) (*Postgres, error) {
	cfg, err := pgx.ParseConfig(url)
	if err != nil {
		return nil, fmt.Errorf("database URL: %w", err)
	}
	p := pgpool.New(cfg, maxConns)
	c, err := p.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("connect to PostgreSQL: %w", err)
	}
	p.Release(c)
	return &Postgres{pool: p}, nil
}

func (b *Postgres) Close() error {
	if !b.gate.shut() {
		return nil
	}
	return b.pool.Close()
}

func (b *Postgres) Tx(ctx context.Context, write bool, fn func(q Querier) error) error {
	if !b.gate.enter() {
		return ErrClosed
	}
	defer b.gate.leave()
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

// pgQuerier adapts a pgx transaction.
type pgQuerier struct{ tx pgx.Tx }

func (q pgQuerier) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	if err := checkArgs(args); err != nil {
		return 0, err
	}
	tag, err := q.tx.Exec(ctx, dollarParams(query), args...)
	return tag.RowsAffected(), err
}

func (q pgQuerier) QueryRow(ctx context.Context, query string, args ...any) func(dest ...any) error {
	if err := checkArgs(args); err != nil {
		return func(...any) error { return err }
	}
	return scanOne(q.tx.QueryRow(ctx, dollarParams(query), args...).Scan, pgx.ErrNoRows)
}

func (q pgQuerier) Query(ctx context.Context, query string, args []any, each func(scan func(dest ...any) error) error) error {
	if err := checkArgs(args); err != nil {
		return err
	}
	rows, err := q.tx.Query(ctx, dollarParams(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return eachRow(rows, each)
}

// lockMigrations takes a transaction-level advisory lock (released at
// commit), so that servers starting together migrate one after the other.
func (q pgQuerier) lockMigrations(ctx context.Context, key int64) error {
	_, err := q.tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", key)
	return err
}
