//go:build !wasm

package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/internal/pgtest"
	"whosaid/server/store"
)

// The package's throwaway PostgreSQL server is started on first use (so
// that fuzz workers and SQLite-only runs do not pay for it), once, and
// stopped when the tests end.
var (
	pgOnce sync.Once
	pg     *pgtest.Server
	pgErr  error
)

func TestMain(m *testing.M) {
	// The app registers its pages in package main; a stand-in page lets
	// go-app's handler serve "/" here.
	app.RouteFunc("/", func() app.Composer { return &testPage{} })
	code := m.Run()
	if pg != nil {
		if err := pg.Stop(); err != nil {
			fmt.Fprintln(os.Stderr, "stop PostgreSQL:", err)
		}
	}
	os.Exit(code)
}

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.Div().Text("test page") }

// postgres returns the running test server, skipping the test when
// PostgreSQL is not installed and WHOSAID_SKIP_POSTGRES=1 (pgtest.Required).
func postgres(tb testing.TB) *pgtest.Server {
	pgOnce.Do(func() {
		pg, pgErr = pgtest.Start(pgtest.Options{Durable: os.Getenv("WHOSAID_LOADTEST") != ""})
	})
	switch {
	case errors.Is(pgErr, pgtest.ErrMissing) && !pgtest.Required():
		tb.Skip("PostgreSQL tests SKIPPED (WHOSAID_SKIP_POSTGRES=1):", pgErr)
	case pgErr != nil:
		tb.Fatal("start PostgreSQL:", pgErr)
	}
	return pg
}

// storeKind opens a fresh store of one kind for a test.
type storeKind struct {
	name string
	open func(tb testing.TB) store.Store
}

func storeKinds() []storeKind {
	return []storeKind{
		{"sqlite", func(tb testing.TB) store.Store {
			st, err := store.OpenSQLite(context.Background(), tb.TempDir())
			if err != nil {
				tb.Fatal(err)
			}
			return st
		}},
		{"postgres", func(tb testing.TB) store.Store {
			url, err := postgres(tb).NewDatabase(context.Background())
			if err != nil {
				tb.Fatal(err)
			}
			st, err := store.OpenPostgres(context.Background(), url, 64)
			if err != nil {
				tb.Fatal(err)
			}
			return st
		}},
	}
}
