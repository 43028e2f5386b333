//go:build !wasm

package sqldb

import (
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// history is a three-step schema whose later steps need the earlier ones.
func history() []Migration {
	return []Migration{
		{Version: 1, What: "notes", Stmts: []string{
			`CREATE TABLE notes (id BIGINT NOT NULL PRIMARY KEY, body TEXT NOT NULL)`,
		}},
		{Version: 2, What: "first note", Stmts: []string{
			`INSERT INTO notes (id, body) VALUES (1, 'née — 😀')`,
		}},
		{Version: 5, What: "notes by body", Stmts: []string{
			`CREATE INDEX notes_body ON notes (body)`,
			`INSERT INTO notes (id, body) VALUES (2, 'second')`,
		}},
	}
}

func testSchema(ms []Migration) *Schema {
	return &Schema{Name: "test schema", Table: "test_schema_version", LockKey: 42, Migrations: ms}
}

func TestMigrateAppliesInOrderAndRecordsVersions(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		s := testSchema(history())
		from, err := s.Migrate(ctx, db)
		if err != nil || from != 0 {
			t.Fatalf("first Migrate = %d, %v; want 0, nil", from, err)
		}
		if diff := cmp.Diff([]int64{1, 2, 5}, ints(t, db, `SELECT version FROM test_schema_version ORDER BY version`)); diff != "" {
			t.Errorf("recorded versions (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int64{1, 2}, ints(t, db, `SELECT id FROM notes ORDER BY id`)); diff != "" {
			t.Errorf("notes (-want +got):\n%s", diff)
		}
		if applied := ints(t, db, `SELECT applied_at FROM test_schema_version`); applied[0] <= 0 {
			t.Errorf("applied_at = %v, want Unix milliseconds", applied)
		}
		if s.Version() != 5 {
			t.Errorf("Version() = %d, want 5", s.Version())
		}
	})
}

func TestMigrateIsIdempotent(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		s := testSchema(history())
		if _, err := s.Migrate(ctx, open(t)); err != nil {
			t.Fatal(err)
		}
		// Again on the same handle, and as a restarted server would.
		for _, db := range []DB{open(t), open(t)} {
			from, err := s.Migrate(ctx, db)
			if err != nil || from != 5 {
				t.Fatalf("Migrate again = %d, %v; want 5, nil", from, err)
			}
			if diff := cmp.Diff([]int64{1, 2, 5}, ints(t, db, `SELECT version FROM test_schema_version ORDER BY version`)); diff != "" {
				t.Errorf("recorded versions (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]int64{1, 2}, ints(t, db, `SELECT id FROM notes ORDER BY id`)); diff != "" {
				t.Errorf("notes after migrating again (-want +got):\n%s", diff)
			}
		}
	})
}

func TestMigrateAppliesOnlyNewSteps(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		if _, err := testSchema(history()[:2]).Migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		from, err := testSchema(history()).Migrate(ctx, db)
		if err != nil || from != 2 {
			t.Fatalf("upgrade = %d, %v; want 2, nil", from, err)
		}
		if diff := cmp.Diff([]int64{1, 2, 5}, ints(t, db, `SELECT version FROM test_schema_version ORDER BY version`)); diff != "" {
			t.Errorf("recorded versions (-want +got):\n%s", diff)
		}
	})
}

// A failing step names itself and undoes the whole run: no half-migrated
// database.
func TestMigrateErrorNamesTheFailingMigration(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		ms := history()
		ms[2].Stmts = []string{`CREATE INDEX notes_body ON notes (body)`, `INSERT INTO no_such_table (id) VALUES (1)`}
		_, err := testSchema(ms).Migrate(ctx, db)
		if err == nil {
			t.Fatal("a migration into a missing table succeeded")
		}
		if want := "test schema migration 5 (notes by body): "; !strings.HasPrefix(err.Error(), want) {
			t.Errorf("error %q does not start with %q", err, want)
		}
		from, err := testSchema(history()).Migrate(ctx, db)
		if err != nil || from != 0 {
			t.Fatalf("after the failed run, Migrate = %d, %v; want 0 (nothing kept), nil", from, err)
		}
	})
}

func TestMigrateRefusesANewerDatabase(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		if _, err := testSchema(history()).Migrate(ctx, db); err != nil {
			t.Fatal(err)
		}
		from, err := testSchema(history()[:1]).Migrate(ctx, db)
		want := "the database's test schema is at version 5, newer than this whosaid knows (1): run a newer whosaid"
		if err == nil || err.Error() != want || from != 5 {
			t.Errorf("older code: Migrate = %d, %v; want 5, %q", from, err, want)
		}
	})
}

// Two tracks with their own version tables share one database.
func TestMigrateTracksShareADatabase(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		other := &Schema{Name: "other schema", Table: "other_version", LockKey: 43, Migrations: []Migration{
			{Version: 1, What: "others", Stmts: []string{`CREATE TABLE others (id BIGINT NOT NULL PRIMARY KEY)`}},
		}}
		for _, s := range []*Schema{testSchema(history()), other} {
			if from, err := s.Migrate(ctx, db); err != nil || from != 0 {
				t.Fatalf("%s: Migrate = %d, %v; want 0, nil", s.Name, from, err)
			}
		}
		if diff := cmp.Diff([]int64{1}, ints(t, db, `SELECT version FROM other_version`)); diff != "" {
			t.Errorf("other_version (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int64{1, 2, 5}, ints(t, db, `SELECT version FROM test_schema_version ORDER BY version`)); diff != "" {
			t.Errorf("test_schema_version (-want +got):\n%s", diff)
		}
	})
}

// Servers starting together on one database migrate one after the other:
// every one succeeds and each step is applied once.
func TestMigrateConcurrentServers(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		const n = 4
		dbs := make([]DB, n)
		for i := range dbs {
			dbs[i] = open(t)
		}
		errs := make([]error, n)
		var wg sync.WaitGroup
		for i, db := range dbs {
			wg.Go(func() { _, errs[i] = testSchema(history()).Migrate(ctx, db) })
		}
		wg.Wait()
		if diff := cmp.Diff(make([]error, n), errs, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
			t.Errorf("errors (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]int64{1, 2, 5}, ints(t, dbs[0], `SELECT version FROM test_schema_version ORDER BY version`)); diff != "" {
			t.Errorf("recorded versions (-want +got):\n%s", diff)
		}
	})
}

// A malformed schema is refused before it touches the database, with
// every problem listed.
func TestMigrateChecksTheSchema(t *testing.T) {
	forEachDB(t, func(t *testing.T, open opener) {
		db := open(t)
		bad := []Migration{{Version: 2, What: "two"}, {Version: 2, What: "two again"}, {Version: 1, What: "one"}}
		_, err := (&Schema{Name: "bad schema", Table: "v; DROP TABLE x", Migrations: bad}).Migrate(ctx, db)
		want := `bad schema: version table "v; DROP TABLE x" is not a lower-case SQL identifier
bad schema: Migrations[1] (two again): version 2 does not follow 2
bad schema: Migrations[2] (one): version 1 does not follow 2`
		if err == nil || err.Error() != want {
			t.Errorf("Migrate = %v, want\n%s", err, want)
		}
		if _, err := (&Schema{Name: "bad schema", Table: "bad_version", Migrations: bad}).Migrate(ctx, db); err == nil {
			t.Fatal("Migrate accepted falling versions")
		}
		err = db.Tx(ctx, false, func(q Querier) error {
			var n int64
			return q.QueryRow(ctx, `SELECT COUNT(*) FROM bad_version`)(&n)
		})
		if err == nil {
			t.Error("a refused schema created its version table")
		}
	})
}
