//go:build !wasm

// Package sqldb is the SQL plumbing the annotation store and the classroom
// store share: transactions on embedded SQLite or on PostgreSQL, both
// written with the same SQL and ? placeholders, and a schema migration
// runner.
package sqldb

import (
	"context"
	"errors"
)

// ErrNotFound is what a QueryRow scan gives when there is no row.
var ErrNotFound = errors.New("not found")

// ErrClosed is what a transaction gives once the database is closing.
var ErrClosed = errors.New("database closed")

// Querier runs SQL written with ? placeholders inside a transaction.
type Querier interface {
	Exec(ctx context.Context, q string, args ...any) (rowsAffected int64, err error)
	// QueryRow returns a scan function that gives ErrNotFound for no row.
	QueryRow(ctx context.Context, q string, args ...any) func(dest ...any) error
	// Query calls each for every row, stopping at the first error.
	Query(ctx context.Context, q string, args []any, each func(scan func(dest ...any) error) error) error
}

// DB is an open database, SQLite or PostgreSQL.
type DB interface {
	// Tx runs fn in a transaction, committing when fn returns nil and
	// rolling back otherwise; write=false promises fn only reads.
	Tx(ctx context.Context, write bool, fn func(q Querier) error) error
	// Close waits for the transactions under way, refuses new ones
	// (ErrClosed) and releases the database.
	Close() error
}
