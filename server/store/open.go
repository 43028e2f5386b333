//go:build !wasm

package store

import (
	"context"
	"fmt"
	"strings"
)

// Open opens the store a server is configured with: PostgreSQL when db is
// a postgres:// (or postgresql://) URL, else embedded SQLite in dataDir.
func Open(ctx context.Context, db, dataDir string) (Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return OpenPostgres(ctx, db, 0)
	}
	if db != "" {
		return nil, fmt.Errorf("--db %q: want empty (embedded SQLite) or a postgres:// URL", db)
	}
	return OpenSQLite(ctx, dataDir)
}
