//go:build !wasm

package sqldb

import (
	"context"
	"database/sql"
	"errors"
)

// sqlConn is what sqlQuerier needs: a transaction or the write connection.
type sqlConn interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// sqlQuerier adapts database/sql.
type sqlQuerier struct{ tx sqlConn }

func (q sqlQuerier) Exec(ctx context.Context, query string, args ...any) (int64, error) {
	if err := checkArgs(args); err != nil {
		return 0, err
	}
	res, err := q.tx.ExecContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

func (q sqlQuerier) QueryRow(ctx context.Context, query string, args ...any) func(dest ...any) error {
	if err := checkArgs(args); err != nil {
		return func(...any) error { return err }
	}
	return scanOne(q.tx.QueryRowContext(ctx, query, args...).Scan, sql.ErrNoRows)
}

func (q sqlQuerier) Query(ctx context.Context, query string, args []any, each func(scan func(dest ...any) error) error) error {
	if err := checkArgs(args); err != nil {
		return err
	}
	rows, err := q.tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	return eachRow(rows, each)
}

// rows is what database/sql and pgx results have in common.
type rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
}

// eachRow calls each for every row, stopping at the first error.
func eachRow(rs rows, each func(scan func(dest ...any) error) error) error {
	for rs.Next() {
		if err := each(rs.Scan); err != nil {
			return err
		}
	}
	return rs.Err()
}

// scanOne scans a single row, mapping the driver's no-row error to
// ErrNotFound.
func scanOne(scan func(dest ...any) error, noRows error) func(dest ...any) error {
	return func(dest ...any) error {
		err := scan(dest...)
		if errors.Is(err, noRows) {
			return ErrNotFound
		}
		return err
	}
}
