//go:build !wasm

package pgtest

import (
	"errors"
	"fmt"
	"os"
	"testing"
)

// Main is the body of a package's TestMain: it starts a server, stores it
// in *srv, runs the tests and stops it. When PostgreSQL is not installed
// and not Required, *srv stays nil and the PostgreSQL tests skip.
func Main(m *testing.M, pkg string, srv **Server) int {
	s, err := Start(Options{})
	switch {
	case errors.Is(err, ErrMissing) && !Required():
		fmt.Fprintf(os.Stderr, "\n*** %s tests: PostgreSQL tests SKIPPED (WHOSAID_SKIP_POSTGRES=1): %v ***\n\n", pkg, err)
	case err != nil:
		fmt.Fprintln(os.Stderr, pkg+" tests: start PostgreSQL:", err)
		if errors.Is(err, ErrMissing) {
			fmt.Fprintln(os.Stderr, "Install it (scripts/install-deps, as root) or set WHOSAID_SKIP_POSTGRES=1 to run without the PostgreSQL tests.")
		}
		return 1
	default:
		*srv = s
		defer s.Stop()
	}
	return m.Run()
}
