//go:build !wasm

package sqldb

import (
	"context"
	"database/sql"
	"errors"
)

// writeJob is one write transaction waiting for the writer.
type writeJob struct {
	fn   func(q Querier) error
	done chan error
}

// maxBatch bounds how many writes share a commit.
const maxBatch = 128

// writer runs the write transactions: it takes every job waiting, runs
// each inside a savepoint of one transaction (so a failed job undoes only
// itself) and commits them all at once.
func (b *SQLite) writer() {
	defer close(b.stopped)
	for j := range b.jobs {
		batch := []*writeJob{j}
	drain:
		for len(batch) < maxBatch {
			select {
			case j, ok := <-b.jobs:
				if !ok {
					break drain
				}
				batch = append(batch, j)
			default:
				break drain
			}
		}
		b.runBatch(batch)
	}
}

func (b *SQLite) runBatch(batch []*writeJob) {
	ctx := context.Background()
	errs := make([]error, len(batch))
	if _, err := b.stmts.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		for _, j := range batch {
			j.done <- err
		}
		return
	}
	q := sqlQuerier{b.stmts}
	for i, j := range batch {
		if _, err := b.stmts.ExecContext(ctx, "SAVEPOINT job"); err != nil {
			errs[i] = err
			continue
		}
		errs[i] = j.fn(q)
		if errs[i] != nil {
			b.stmts.ExecContext(ctx, "ROLLBACK TO job")
		}
		if _, err := b.stmts.ExecContext(ctx, "RELEASE job"); err != nil && errs[i] == nil {
			errs[i] = err
		}
	}
	if _, err := b.stmts.ExecContext(ctx, "COMMIT"); err != nil {
		b.stmts.ExecContext(ctx, "ROLLBACK")
		for i := range errs {
			if errs[i] == nil {
				errs[i] = err
			}
		}
	}
	for i, j := range batch {
		j.done <- errs[i]
	}
}

// stmtCache runs statements on the write connection, each prepared once:
// the writer repeats the same few statements, and preparing is a good part
// of their cost. Only the writer goroutine uses it.
type stmtCache struct {
	conn *sql.Conn
	m    map[string]*sql.Stmt
}

func (c *stmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.m[query]; ok {
		return st, nil
	}
	st, err := c.conn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	c.m[query] = st
	return st, nil
}

func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		// Let the error surface at Scan, as database/sql does.
		return c.conn.QueryRowContext(ctx, query, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

func (c *stmtCache) close() error {
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	return errors.Join(errs...)
}
