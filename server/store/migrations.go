//go:build !wasm

package store

import "whosaid/internal/sqldb"

// schema is the annotation store's history, oldest first. Append; never
// edit a released step. The SQL is the same on SQLite and PostgreSQL, so
// both databases always have the same schema.
var schema = sqldb.Schema{Name: "schema", Table: "schema_version", LockKey: 7375383911, Migrations: []sqldb.Migration{
	{Version: 1, What: "documents, annotation sets and share links", Stmts: []string{
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
	{Version: 2, What: "list an owner's sets by last save", Stmts: []string{
		`CREATE INDEX sets_owner_updated ON sets (owner, updated_at)`,
	}},
	// Per-owner quotas count bytes; rows stored before count their
	// characters (LENGTH), close enough for text that is mostly ASCII.
	{Version: 3, What: "the size of each document and set, for per-owner quotas", Stmts: []string{
		`ALTER TABLE documents ADD COLUMN bytes BIGINT NOT NULL DEFAULT 0`,
		`ALTER TABLE sets ADD COLUMN bytes BIGINT NOT NULL DEFAULT 0`,
		`UPDATE documents SET bytes = LENGTH(data)`,
		`UPDATE sets SET bytes = LENGTH(data)`,
	}},
}}

// SchemaVersion is the schema version this code brings a database to.
func SchemaVersion() int64 { return schema.Version() }
