//go:build !wasm

package classroom

import (
	"context"
	"fmt"
	"path/filepath"

	"whosaid/internal/sqldb"
)

// SQLiteFile is the classroom database's file name in the data folder: its
// own file, so classroom writes never queue behind the main store's.
const SQLiteFile = "classroom.db"

// Open opens the classroom store the server is configured with: PostgreSQL
// when db is a postgres:// URL (the classroom_ tables then sit beside the
// main store's), else SQLite in dataDir/classroom.db.
func Open(ctx context.Context, db, dataDir string) (*Store, error) {
	d, err := sqldb.Open(ctx, db, filepath.Join(dataDir, SQLiteFile), pgConns)
	if err != nil {
		return nil, fmt.Errorf("classroom: %w", err)
	}
	return newStore(ctx, d)
}

// OpenSQLite opens (creating) the SQLite database at path and migrates it.
func OpenSQLite(ctx context.Context, path string) (*Store, error) {
	d, err := sqldb.OpenSQLite(ctx, path)
	if err != nil {
		return nil, fmt.Errorf("classroom: %w", err)
	}
	return newStore(ctx, d)
}

// OpenPostgres connects to PostgreSQL and migrates the classroom tables.
func OpenPostgres(ctx context.Context, dbURL string) (*Store, error) {
	d, err := sqldb.OpenPostgres(ctx, dbURL, pgConns)
	if err != nil {
		return nil, fmt.Errorf("classroom: %w", err)
	}
	return newStore(ctx, d)
}

// pgConns bounds the classroom's PostgreSQL connections: a class's
// traffic is small, and the annotation store needs the server's more.
const pgConns = 8
