//go:build !wasm

package store

import (
	"context"
	"os"
	"testing"

	"whosaid/internal/pgtest"
)

// pg is the throwaway PostgreSQL server of this package's tests, started
// once in TestMain; nil when PostgreSQL is not installed (and not required).
var pg *pgtest.Server

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "store", &pg)) }

// opener opens a store on one database; calling it again reopens the same
// database.
type opener func() (Store, error)

type backendCase struct {
	name string
	// fresh makes a new, empty database.
	fresh func(t *testing.T) opener
}

func backends() []backendCase {
	return []backendCase{
		{"sqlite", func(t *testing.T) opener {
			dir := t.TempDir()
			return func() (Store, error) { return OpenSQLite(context.Background(), dir) }
		}},
		{"postgres", func(t *testing.T) opener {
			if pg == nil {
				t.Skip("PostgreSQL tests skipped (WHOSAID_SKIP_POSTGRES=1)")
			}
			url, err := pg.NewDatabase(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			return func() (Store, error) { return OpenPostgres(context.Background(), url, 0) }
		}},
	}
}

// open makes a fresh store closed at the end of the test.
func open(t *testing.T, b backendCase) (Store, opener) {
	t.Helper()
	o := b.fresh(t)
	s, err := o()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, o
}
