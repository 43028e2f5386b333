//go:build !wasm

package sqldb

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"time"
)

// Migration is one schema step. Its SQL must run the same on SQLite and
// PostgreSQL (plain types, ON CONFLICT), so both always have one schema.
type Migration struct {
	Version int64
	What    string // what it does, for errors
	Stmts   []string
}

// Schema is one track of migrations with its own version table, so that
// several tracks can share a database.
type Schema struct {
	Name       string      // in errors: "schema", "classroom schema"
	Table      string      // records the versions applied, e.g. "schema_version"
	LockKey    int64       // PostgreSQL advisory lock serializing this track's migrations
	Migrations []Migration // oldest first; append, never edit a released step
}

// Version is the version Migrate brings a database to.
func (s *Schema) Version() int64 {
	if len(s.Migrations) == 0 {
		return 0
	}
	return s.Migrations[len(s.Migrations)-1].Version
}

// migrationLocker is a Querier that must serialize migrations across
// processes itself; SQLite's BEGIN IMMEDIATE already locks the file.
type migrationLocker interface {
	lockMigrations(ctx context.Context, key int64) error
}

var identifier = regexp.MustCompile(`^[a-z_][a-z0-9_]*$`)

// Migrate applies, in one transaction, the migrations newer than the
// database's version, recording each in the version table, and returns the
// version the database was at. A database newer than this code is refused.
func (s *Schema) Migrate(ctx context.Context, db DB) (from int64, err error) {
	if err := s.check(); err != nil {
		return 0, err
	}
	err = db.Tx(ctx, true, func(q Querier) error {
		if l, ok := q.(migrationLocker); ok {
			if err := l.lockMigrations(ctx, s.LockKey); err != nil {
				return fmt.Errorf("%s: lock: %w", s.Name, err)
			}
		}
		if _, err := q.Exec(ctx, `CREATE TABLE IF NOT EXISTS `+s.Table+` (
			version    BIGINT NOT NULL PRIMARY KEY,
			applied_at BIGINT NOT NULL
		)`); err != nil {
			return fmt.Errorf("%s: create %s: %w", s.Name, s.Table, err)
		}
		if err := q.QueryRow(ctx, `SELECT COALESCE(MAX(version), 0) FROM `+s.Table)(&from); err != nil {
			return fmt.Errorf("%s: read %s: %w", s.Name, s.Table, err)
		}
		if from > s.Version() {
			return fmt.Errorf("the database's %s is at version %d, newer than this whosaid knows (%d): run a newer whosaid", s.Name, from, s.Version())
		}
		for _, m := range s.Migrations {
			if m.Version <= from {
				continue
			}
			for _, st := range m.Stmts {
				if _, err := q.Exec(ctx, st); err != nil {
					return fmt.Errorf("%s migration %d (%s): %w", s.Name, m.Version, m.What, err)
				}
			}
			if _, err := q.Exec(ctx, `INSERT INTO `+s.Table+` (version, applied_at) VALUES (?, ?)`, m.Version, time.Now().UnixMilli()); err != nil {
				return fmt.Errorf("%s migration %d (%s): record it in %s: %w", s.Name, m.Version, m.What, s.Table, err)
			}
		}
		return nil
	})
	return from, err
}

// check catches a malformed schema before it touches a database, listing
// every problem: the table name goes into SQL as is, and versions must rise.
func (s *Schema) check() error {
	var errs []error
	if !identifier.MatchString(s.Table) {
		errs = append(errs, fmt.Errorf("%s: version table %q is not a lower-case SQL identifier", s.Name, s.Table))
	}
	var prev int64
	for i, m := range s.Migrations {
		if m.Version <= prev {
			errs = append(errs, fmt.Errorf("%s: Migrations[%d] (%s): version %d does not follow %d", s.Name, i, m.What, m.Version, prev))
		}
		prev = max(prev, m.Version)
	}
	return errors.Join(errs...)
}
