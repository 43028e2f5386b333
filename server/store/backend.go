//go:build !wasm

package store

import (
	"context"
	"strconv"
	"strings"
)

// querier runs SQL written with ? placeholders inside a transaction.
// queryRow returns a scan function that gives ErrNotFound for no row.
type querier interface {
	exec(ctx context.Context, q string, args ...any) (rowsAffected int64, err error)
	queryRow(ctx context.Context, q string, args ...any) func(dest ...any) error
	query(ctx context.Context, q string, args []any, each func(scan func(dest ...any) error) error) error
}

// backend is what differs between databases: connections and transactions.
type backend interface {
	// tx runs fn in a transaction, committing when fn returns nil.
	tx(ctx context.Context, write bool, fn func(q querier) error) error
	// migrationLock is SQL that serializes migrations across processes, or
	// "" when the transaction alone does.
	migrationLock() string
	close() error
}

// dollarParams rewrites ? placeholders as $1, $2… for PostgreSQL. The
// queries here have no ? inside string literals.
func dollarParams(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
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
