//go:build !wasm

package sqldb

import (
	"errors"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func makeTable(t *testing.T, db DB) {
	t.Helper()
	err := db.Tx(ctx, true, func(q Querier) error {
		_, err := q.Exec(ctx, `CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v BIGINT NOT NULL)`)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func put(db DB, k string, v int64) error {
	return db.Tx(ctx, true, func(q Querier) error {
		_, err := q.Exec(ctx, `INSERT INTO kv (k, v) VALUES (?, ?)`, k, v)
		return err
	})
}

func TestQueryRowNoRowIsErrNotFound(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		var v int64
		err := db.Tx(ctx, false, func(q Querier) error {
			return q.QueryRow(ctx, `SELECT v FROM kv WHERE k = ?`, "missing")(&v)
		})
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("no row: %v, want ErrNotFound", err)
		}
	})
}

func TestExecCountsRowsAndQueryVisitsEach(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		for i, k := range []string{"a", "b", "c"} {
			if err := put(db, k, int64(i)); err != nil {
				t.Fatal(err)
			}
		}
		var n int64
		err := db.Tx(ctx, true, func(q Querier) error {
			var err error
			n, err = q.Exec(ctx, `UPDATE kv SET v = v + 10 WHERE k <> ?`, "b")
			return err
		})
		if err != nil || n != 2 {
			t.Errorf("UPDATE = %d rows, %v; want 2", n, err)
		}
		if diff := cmp.Diff([]int64{10, 1, 12}, ints(t, db, `SELECT v FROM kv ORDER BY k`)); diff != "" {
			t.Errorf("values (-want +got):\n%s", diff)
		}
		// Query stops at the first error of each.
		stop := errors.New("stop")
		seen := 0
		err = db.Tx(ctx, false, func(q Querier) error {
			return q.Query(ctx, `SELECT v FROM kv ORDER BY k`, nil, func(scan func(dest ...any) error) error {
				seen++
				return stop
			})
		})
		if !errors.Is(err, stop) || seen != 1 {
			t.Errorf("Query after an error: %v, %d rows seen; want stop, 1", err, seen)
		}
	})
}

// A failed transaction leaves nothing behind, even when it shares a
// commit with others that succeed (SQLite's group commit).
func TestFailedWriteUndoesOnlyItself(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		const n = 40
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Go(func() {
				errs[i] = db.Tx(ctx, true, func(q Querier) error {
					if _, err := q.Exec(ctx, `INSERT INTO kv (k, v) VALUES (?, ?)`, string(rune('a'+i%26))+strings.Repeat("x", i/26), int64(i)); err != nil {
						return err
					}
					if i%2 == 1 {
						return errors.New("odd")
					}
					return nil
				})
			})
		}
		wg.Wait()
		var want, got []int64
		for i, err := range errs {
			if (err != nil) != (i%2 == 1) {
				t.Errorf("write %d: %v", i, err)
			}
			if i%2 == 0 {
				want = append(want, int64(i))
			}
		}
		got = ints(t, db, `SELECT v FROM kv ORDER BY v`)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("rows kept (-want +got):\n%s", diff)
		}
	})
}

func TestReadTransactionCannotWrite(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		err := db.Tx(ctx, false, func(q Querier) error {
			_, err := q.Exec(ctx, `INSERT INTO kv (k, v) VALUES ('r', 1)`)
			return err
		})
		if err == nil {
			t.Error("a read transaction wrote")
		}
		if got := ints(t, db, `SELECT v FROM kv`); len(got) != 0 {
			t.Errorf("rows after the refused write: %v", got)
		}
	})
}

// Close lets the writes under way finish and refuses new ones.
func TestCloseWaitsThenRefuses(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		started, release := make(chan struct{}), make(chan struct{})
		done := make(chan error)
		go func() {
			done <- db.Tx(ctx, true, func(q Querier) error {
				close(started)
				<-release
				_, err := q.Exec(ctx, `INSERT INTO kv (k, v) VALUES ('late', 7)`)
				return err
			})
		}()
		<-started
		closed := make(chan error)
		go func() { closed <- db.Close() }()
		close(release)
		if err := <-done; err != nil {
			t.Errorf("the write under way: %v", err)
		}
		if err := <-closed; err != nil {
			t.Errorf("Close: %v", err)
		}
		if err := put(db, "after", 1); !errors.Is(err, ErrClosed) {
			t.Errorf("write after Close: %v, want ErrClosed", err)
		}
		if err := db.Close(); err != nil {
			t.Errorf("second Close: %v", err)
		}
		again := open(t)
		if diff := cmp.Diff([]int64{7}, ints(t, again, `SELECT v FROM kv`)); diff != "" {
			t.Errorf("after reopening (-want +got):\n%s", diff)
		}
	})
}

func TestOpenChoosesTheDatabase(t *testing.T) {
	path := t.TempDir() + "/a/b/open.db"
	db, err := Open(ctx, "", path, 0)
	if err != nil {
		t.Fatal(err)
	}
	if s, ok := db.(*SQLite); !ok || s.Path() != path {
		t.Errorf("Open(\"\") = %T, want *SQLite at %s", db, path)
	}
	db.Close()
	for _, tt := range []struct{ db, want string }{
		{"mysql://x", `--db "mysql://x": want empty (embedded SQLite) or a postgres:// URL`},
		{"postgres://%zz", "database URL: "},
	} {
		db, err := Open(ctx, tt.db, path, 0)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) || db != nil {
			t.Errorf("Open(%q) = %v, %v; want nil, an error starting %q", tt.db, db, err, tt.want)
		}
	}
}

// TestBadTextNeverReachesTheDatabase: text arguments with NUL or invalid
// UTF-8 give ErrBadText before the query runs, on SQLite and PostgreSQL
// alike (PostgreSQL would fail with an error of its own; SQLite would
// store them); good text, non-ASCII included, passes.
func TestBadTextNeverReachesTheDatabase(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		makeTable(t, db)
		for _, k := range []string{"a\x00b", "\xff\xfe", "ok\x00"} {
			if err := put(db, k, 1); !errors.Is(err, ErrBadText) {
				t.Errorf("Exec with %q: %v, want ErrBadText", k, err)
			}
			var v int64
			err := db.Tx(ctx, false, func(q Querier) error { return q.QueryRow(ctx, `SELECT v FROM kv WHERE k = ?`, k)(&v) })
			if !errors.Is(err, ErrBadText) {
				t.Errorf("QueryRow with %q: %v, want ErrBadText", k, err)
			}
			err = db.Tx(ctx, false, func(q Querier) error {
				return q.Query(ctx, `SELECT v FROM kv WHERE k = ?`, []any{[]byte(k)}, func(func(...any) error) error { return nil })
			})
			if !errors.Is(err, ErrBadText) {
				t.Errorf("Query with %q: %v, want ErrBadText", k, err)
			}
		}
		if err := put(db, "“é” — 😀", 1); err != nil {
			t.Errorf("good text: %v", err)
		}
	})
}
