//go:build !wasm

package store

import (
	"context"
	"path/filepath"

	"whosaid/internal/sqldb"
)

// SQLiteFile is the database file's name inside the data folder.
const SQLiteFile = "whosaid.db"

// Open opens the store a server is configured with: PostgreSQL when db is
// a postgres:// (or postgresql://) URL, else embedded SQLite in dataDir.
func Open(ctx context.Context, db, dataDir string) (Store, error) {
	d, err := sqldb.Open(ctx, db, filepath.Join(dataDir, SQLiteFile), 0)
	if err != nil {
		return nil, err
	}
	return newSQLStore(ctx, d)
}

// OpenSQLite opens (creating when needed) the embedded database in dir and
// migrates it. Writes from many requests share one commit (see
// sqldb.SQLite), and each acknowledged write survives a crash.
func OpenSQLite(ctx context.Context, dir string) (Store, error) {
	d, err := sqldb.OpenSQLite(ctx, filepath.Join(dir, SQLiteFile))
	if err != nil {
		return nil, err
	}
	return newSQLStore(ctx, d)
}

// OpenPostgres connects to the PostgreSQL database at url (postgres://…)
// and migrates it. Transactions run at READ COMMITTED: the conditional
// UPDATE in PutSet re-checks the version on the row it locks, so two
// writers of one set can never both succeed.
func OpenPostgres(ctx context.Context, url string, maxConns int) (Store, error) {
	d, err := sqldb.OpenPostgres(ctx, url, maxConns)
	if err != nil {
		return nil, err
	}
	return newSQLStore(ctx, d)
}
