//go:build !wasm

package store

import (
	"context"
	"fmt"
	"time"
)

// migration is one schema step. The SQL is the same on SQLite and
// PostgreSQL (plain types, ON CONFLICT), so both databases always have the
// same schema.
type migration struct {
	version int64
	what    string
	stmts   []string
}

// migrations is the schema's history, oldest first. Append; never edit a
// released step.
var migrations = []migration{
	{1, "documents, annotation sets and share links", []string{
		`CREATE TABLE documents (
			owner      TEXT   NOT NULL,
			id         TEXT   NOT NULL,
			title      TEXT   NOT NULL,
			data       TEXT   NOT NULL,
			created_at BIGINT NOT NULL,
			PRIMARY KEY (owner, id)
		)`,
		`CREATE TABLE sets (
			owner      TEXT   NOT NULL,
			doc_id     TEXT   NOT NULL,
			version    BIGINT NOT NULL,
			data       TEXT   NOT NULL,
			updated_at BIGINT NOT NULL,
			PRIMARY KEY (owner, doc_id)
		)`,
		`CREATE TABLE shares (
			id         TEXT   NOT NULL PRIMARY KEY,
			owner      TEXT   NOT NULL,
			doc_id     TEXT   NOT NULL,
			created_at BIGINT NOT NULL,
			UNIQUE (owner, doc_id)
		)`,
	}},
	{2, "list an owner's sets by last save", []string{
		`CREATE INDEX sets_owner_updated ON sets (owner, updated_at)`,
	}},
}

// SchemaVersion is the schema version this code brings a database to.
func SchemaVersion() int64 { return migrations[len(migrations)-1].version }

// migrate brings the database up to date in one transaction; lock (may be
// nil) keeps two servers starting together from migrating at once.
func migrate(ctx context.Context, b backend) (from int64, err error) {
	err = b.tx(ctx, true, func(q querier) error {
		if lock := b.migrationLock(); lock != "" {
			if _, err := q.exec(ctx, lock); err != nil {
				return err
			}
		}
		if _, err := q.exec(ctx, `CREATE TABLE IF NOT EXISTS schema_version (
			version    BIGINT NOT NULL PRIMARY KEY,
			applied_at BIGINT NOT NULL
		)`); err != nil {
			return err
		}
		if err := q.queryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`)(&from); err != nil {
			return err
		}
		if from > SchemaVersion() {
			return fmt.Errorf("the database schema is at version %d, newer than this whosaid knows (%d): run a newer whosaid", from, SchemaVersion())
		}
		for _, m := range migrations {
			if m.version <= from {
				continue
			}
			for _, s := range m.stmts {
				if _, err := q.exec(ctx, s); err != nil {
					return fmt.Errorf("schema migration %d (%s): %w", m.version, m.what, err)
				}
			}
			if _, err := q.exec(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`, m.version, time.Now().UnixMilli()); err != nil {
				return err
			}
		}
		return nil
	})
	return from, err
}
