//go:build !wasm

package sqldb

import (
	"context"
	"fmt"
	"strings"
)

// IsPostgresURL tells whether a --db value names a PostgreSQL database.
func IsPostgresURL(db string) bool {
	return strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://")
}

// Open opens what a server is configured with: PostgreSQL when db is a
// postgres:// (or postgresql://) URL, with at most maxConns connections,
// else embedded SQLite at sqlitePath.
func Open(ctx context.Context, db, sqlitePath string, maxConns int) (DB, error) {
	// A nil *Postgres or *SQLite must not become a non-nil DB.
	switch {
	case IsPostgresURL(db):
		p, err := OpenPostgres(ctx, db, maxConns)
		if err != nil {
			return nil, err
		}
		return p, nil
	case db != "":
		return nil, fmt.Errorf("--db %q: want empty (embedded SQLite) or a postgres:// URL", db)
	}
	s, err := OpenSQLite(ctx, sqlitePath)
	if err != nil {
		return nil, err
	}
	return s, nil
}
