//go:build !wasm

package server

import (
	"context"
	"errors"
	"fmt"
	"os"
	"testing"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/server/internal/pgtest"
	"whosaid/server/store"
)

// pg is the package's throwaway PostgreSQL server, started once; nil when
// PostgreSQL is not installed and not required (pgtest.Required).
var pg *pgtest.Server

func TestMain(m *testing.M) {
	// The app registers its pages in package main; a stand-in page lets
	// go-app's handler serve "/" here.
	app.RouteFunc("/", func() app.Composer { return &testPage{} })
	os.Exit(runTests(m))
}

type testPage struct{ app.Compo }

func (p *testPage) Render() app.UI { return app.Div().Text("test page") }

func runTests(m *testing.M) int {
	s, err := pgtest.Start(pgtest.Options{Durable: os.Getenv("WHOSAID_LOADTEST") != ""})
	switch {
	case errors.Is(err, pgtest.ErrMissing) && !pgtest.Required():
		fmt.Fprintln(os.Stderr, "server tests: PostgreSQL tests skipped:", err)
	case err != nil:
		fmt.Fprintln(os.Stderr, "server tests: start PostgreSQL:", err)
		return 1
	default:
		pg = s
		defer s.Stop()
	}
	return m.Run()
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
			if pg == nil {
				tb.Skip("PostgreSQL is not installed")
			}
			url, err := pg.NewDatabase(context.Background())
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
