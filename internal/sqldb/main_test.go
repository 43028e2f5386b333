//go:build !wasm

package sqldb

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"whosaid/internal/pgtest"
)

var ctx = context.Background()

// pg is the throwaway PostgreSQL server of these tests; nil when it is not
// installed (and not required).
var pg *pgtest.Server

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "sqldb", &pg)) }

// opener opens one database; calling it again opens the same database
// once more (a second server, or a restart).
type opener func(t *testing.T) DB

// forEachDB runs f on a fresh database of each kind.
func forEachDB(t *testing.T, f func(t *testing.T, open opener)) {
	t.Run("sqlite", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "sub", "test.db")
		f(t, func(t *testing.T) DB {
			db, err := OpenSQLite(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		})
	})
	t.Run("postgres", func(t *testing.T) {
		if pg == nil {
			t.Skip("PostgreSQL tests skipped (WHOSAID_SKIP_POSTGRES=1)")
		}
		url, err := pg.NewDatabase(ctx)
		if err != nil {
			t.Fatal(err)
		}
		f(t, func(t *testing.T) DB {
			db, err := OpenPostgres(ctx, url, 0)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			return db
		})
	})
}

// ints reads a column of integers.
func ints(t *testing.T, db DB, query string, args ...any) []int64 {
	t.Helper()
	var out []int64
	err := db.Tx(ctx, false, func(q Querier) error {
		return q.Query(ctx, query, args, func(scan func(dest ...any) error) error {
			var v int64
			err := scan(&v)
			out = append(out, v)
			return err
		})
	})
	if err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return out
}
