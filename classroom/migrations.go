//go:build !wasm

package classroom

import (
	"context"
	"fmt"
	"time"
)

// migration is one schema step, the same SQL on SQLite and PostgreSQL.
type migration struct {
	version int64
	what    string
	stmts   []string
}

// migrations is the classroom schema's history, oldest first. Append;
// never edit a released step. Times are Unix milliseconds.
var migrations = []migration{
	{1, "exercises and students", []string{
		`CREATE TABLE classroom_exercises (
			id          TEXT   NOT NULL PRIMARY KEY,
			secret_hash TEXT   NOT NULL,
			code        TEXT   UNIQUE,
			settings    TEXT   NOT NULL,
			document    TEXT   NOT NULL,
			answer_key  TEXT   NOT NULL,
			state       TEXT   NOT NULL,
			released    BIGINT NOT NULL,
			created_at  BIGINT NOT NULL,
			updated_at  BIGINT NOT NULL
		)`,
		`CREATE TABLE classroom_students (
			id           TEXT   NOT NULL PRIMARY KEY,
			exercise_id  TEXT   NOT NULL REFERENCES classroom_exercises (id) ON DELETE CASCADE,
			token_hash   TEXT   NOT NULL UNIQUE,
			name         TEXT   NOT NULL,
			name_key     TEXT   NOT NULL,
			work         TEXT   NOT NULL,
			submission   TEXT   NOT NULL,
			joined_at    BIGINT NOT NULL,
			updated_at   BIGINT NOT NULL,
			submitted_at BIGINT NOT NULL,
			UNIQUE (exercise_id, name_key)
		)`,
	}},
}

// SchemaVersion is the classroom schema version this code brings a
// database to.
func SchemaVersion() int64 { return migrations[len(migrations)-1].version }

// migrate brings the classroom tables up to date in one transaction.
func migrate(ctx context.Context, b backend) error {
	return b.tx(ctx, true, func(q querier) error {
		if lock := b.migrationLock(); lock != "" {
			if _, err := q.exec(ctx, lock); err != nil {
				return err
			}
		}
		if _, err := q.exec(ctx, `CREATE TABLE IF NOT EXISTS classroom_schema_version (
			version    BIGINT NOT NULL PRIMARY KEY,
			applied_at BIGINT NOT NULL
		)`); err != nil {
			return err
		}
		var from int64
		if err := q.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM classroom_schema_version`)(&from); err != nil {
			return err
		}
		if from > SchemaVersion() {
			return fmt.Errorf("classroom: the database's classroom schema is at version %d, newer than this whosaid knows (%d)", from, SchemaVersion())
		}
		for _, m := range migrations {
			if m.version <= from {
				continue
			}
			for _, s := range m.stmts {
				if _, err := q.exec(ctx, s); err != nil {
					return fmt.Errorf("classroom schema migration %d (%s): %w", m.version, m.what, err)
				}
			}
			if _, err := q.exec(ctx, `INSERT INTO classroom_schema_version (version, applied_at) VALUES (?, ?)`, m.version, time.Now().UnixMilli()); err != nil {
				return err
			}
		}
		return nil
	})
}
