//go:build !wasm

package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

	"whosaid/internal/pgpool"
)

// OpenPostgres connects to the PostgreSQL database at url (postgres://…)
// and migrates it. Transactions run at READ COMMITTED: the conditional
// UPDATE in PutSet re-checks the version on the row it locks, so two
// writers of one set can never both succeed.
func OpenPostgres(ctx context.Context, url string, maxConns int) (Store, error) {
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
	return newSQLStore(ctx, &pgBackend{pool: p})
}

type pgBackend struct{ pool *pgpool.Pool }

// migrationLock takes a transaction-level advisory lock (released at
// commit) so that servers starting together migrate one after the other.
func (b *pgBackend) migrationLock() string { return "SELECT pg_advisory_xact_lock(7375383911)" }

func (b *pgBackend) close() error { return b.pool.Close() }

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

// pgQuerier adapts a pgx transaction.
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
			return ErrNotFound
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
