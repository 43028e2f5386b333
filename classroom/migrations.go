//go:build !wasm

package classroom

import "whosaid/internal/sqldb"

// schema is the classroom tables' history, oldest first. Append; never
// edit a released step. Times are Unix milliseconds. Its own version table
// and lock, so it can share a PostgreSQL database with the main store.
var schema = sqldb.Schema{Name: "classroom schema", Table: "classroom_schema_version", LockKey: 7375383912, Migrations: []sqldb.Migration{
	{Version: 1, What: "exercises and students", Stmts: []string{
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
	// revision counts a student's saves, attempts their submissions: the
	// dashboard rescores a student only when one of them changed.
	{Version: 2, What: "attempts: every submission's time and scores", Stmts: []string{
		`ALTER TABLE classroom_students ADD COLUMN revision BIGINT NOT NULL DEFAULT 0`,
		`ALTER TABLE classroom_students ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0`,
		`UPDATE classroom_students SET attempts = 1 WHERE submission <> ''`,
		`CREATE TABLE classroom_attempts (
			student_id   TEXT   NOT NULL REFERENCES classroom_students (id) ON DELETE CASCADE,
			exercise_id  TEXT   NOT NULL,
			n            BIGINT NOT NULL,
			submitted_at BIGINT NOT NULL,
			scores       TEXT   NOT NULL,
			PRIMARY KEY (student_id, n)
		)`,
		`CREATE INDEX classroom_attempts_exercise ON classroom_attempts (exercise_id)`,
	}},
}}

// SchemaVersion is the classroom schema version this code brings a
// database to.
func SchemaVersion() int64 { return schema.Version() }
