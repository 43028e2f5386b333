//go:build !wasm

package classroom

import (
	"context"
	"os"
	"testing"

	"whosaid/internal/pgtest"
	"whosaid/internal/sqldb"
	"whosaid/internal/wire"
)

// pg is the throwaway PostgreSQL server of these tests, started once in
// TestMain; nil when PostgreSQL is not installed (and not required, see
// pgtest.Required).
var pg *pgtest.Server

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, "classroom", &pg)) }

// TestOnPostgres runs the HTTP tests that do not look into SQLite files
// again on a fresh PostgreSQL database each.
func TestOnPostgres(t *testing.T) {
	if pg == nil {
		t.Skip("PostgreSQL tests skipped (WHOSAID_SKIP_POSTGRES=1)")
	}
	tests := []struct {
		name string
		f    func(*testing.T)
	}{
		{"ClassFlow", TestClassFlow},
		{"KeyNeverReachesStudentWhileOpen", TestKeyNeverReachesStudentWhileOpen},
		{"AttemptsAreKept", TestAttemptsAreKept},
		{"OneSubmissionOnly", TestOneSubmissionOnly},
		{"WorkMustBeOnTheExercise", TestWorkMustBeOnTheExercise},
		{"TeacherRoutesNeedTheSecret", TestTeacherRoutesNeedTheSecret},
		{"StudentReachesOnlyOwnWork", TestStudentReachesOnlyOwnWork},
		{"JoinIsRateLimited", TestJoinIsRateLimited},
		{"DeleteStudentData", TestDeleteStudentData},
		{"BadRequestsListEveryProblem", TestBadRequestsListEveryProblem},
		{"DashboardBuiltOncePerChange", TestDashboardBuiltOncePerChange},
		{"InputIsRejectedCleanly", TestInputIsRejectedCleanly},
		{"OnlyJSONFromThisSite", TestOnlyJSONFromThisSite},
		{"Migrations", TestMigrationsAreIdempotent},
	}
	openStore = func(t testing.TB) (*Store, func() (*Store, error)) {
		url, err := pg.NewDatabase(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		o := func() (*Store, error) { return OpenPostgres(context.Background(), url) }
		st, err := o()
		if err != nil {
			t.Fatal(err)
		}
		return st, o
	}
	defer func() { openStore = openSQLite }()
	for _, tc := range tests {
		t.Run(tc.name, tc.f)
	}
}

// TestMigrationsAreIdempotent: reopening a migrated database changes
// nothing and keeps the data.
func TestMigrationsAreIdempotent(t *testing.T) {
	e := newEnv(t, Options{})
	id, _, _ := e.published("after-submit")
	st, err := e.reopen()
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ex, err := st.exercise(context.Background(), id)
	if err != nil || ex.State != wire.StateOpen {
		t.Fatalf("after reopening: %v %+v", err, ex)
	}
	var n int64
	st.read(context.Background(), func(q sqldb.Querier) error {
		return q.QueryRow(context.Background(), `SELECT COUNT(*) FROM classroom_schema_version`)(&n)
	})
	if n != SchemaVersion() {
		t.Errorf("%d schema versions recorded, want %d", n, SchemaVersion())
	}
}
