//go:build !wasm

package store

import (
	"context"
	"errors"
	"time"

	"whosaid/internal/sqldb"
)

// sqlStore implements Store once, over either database.
type sqlStore struct {
	db    sqldb.DB
	quota Quota
}

func (s *sqlStore) SetQuota(q Quota) { s.quota = q }

func (s *sqlStore) Known(ctx context.Context, owner string) (bool, error) {
	var n int64
	err := s.read(ctx, func(q sqldb.Querier) error {
		return q.QueryRow(ctx, `SELECT COUNT(*) FROM (SELECT 1 FROM documents WHERE owner = ? LIMIT 1) AS one`, owner)(&n)
	})
	return n > 0, err
}

func newSQLStore(ctx context.Context, db sqldb.DB) (Store, error) {
	if _, err := schema.Migrate(ctx, db); err != nil {
		db.Close()
		return nil, err
	}
	return &sqlStore{db: db}, nil
}

func ms(t time.Time) int64     { return t.UnixMilli() }
func fromMS(v int64) time.Time { return time.UnixMilli(v).UTC() }
func now() time.Time           { return time.Now().UTC().Truncate(time.Millisecond) }

// Close lets the writes under way finish, then releases the database.
func (s *sqlStore) Close() error { return s.db.Close() }

func (s *sqlStore) write(ctx context.Context, fn func(q sqldb.Querier) error) error {
	return s.db.Tx(ctx, true, fn)
}

func (s *sqlStore) read(ctx context.Context, fn func(q sqldb.Querier) error) error {
	return s.db.Tx(ctx, false, fn)
}

func (s *sqlStore) PutDocument(ctx context.Context, owner string, d Document) (bool, error) {
	var created bool
	err := s.write(ctx, func(q sqldb.Querier) error {
		if err := s.fits(ctx, q, owner, d, true, nil); err != nil {
			return err
		}
		var err error
		created, err = insertDocument(ctx, q, owner, d)
		return err
	})
	return created, err
}

func insertDocument(ctx context.Context, q sqldb.Querier, owner string, d Document) (bool, error) {
	created := d.Created
	if created.IsZero() {
		created = now()
	}
	n, err := q.Exec(ctx, `INSERT INTO documents (owner, id, title, data, bytes, created_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (owner, id) DO NOTHING`, owner, d.ID, d.Title, string(d.Data), len(d.Data), ms(created))
	return n == 1, err
}

// fits checks the quota for storing d (when addDoc and owner lacks it)
// and, when set is not nil, saving set as owner's set on d.
func (s *sqlStore) fits(ctx context.Context, q sqldb.Querier, owner string, d Document, addDoc bool, set []byte) error {
	if s.quota == (Quota{}) {
		return nil
	}
	var docs, hasDoc, others, oldSet int64
	err := q.QueryRow(ctx, `SELECT
		(SELECT COUNT(*) FROM documents WHERE owner = ?),
		(SELECT COUNT(*) FROM documents WHERE owner = ? AND id = ?),
		(SELECT COALESCE(SUM(bytes), 0) FROM documents WHERE owner = ?) + (SELECT COALESCE(SUM(bytes), 0) FROM sets WHERE owner = ? AND doc_id <> ?),
		(SELECT COALESCE(SUM(bytes), 0) FROM sets WHERE owner = ? AND doc_id = ?)`,
		owner, owner, d.ID, owner, owner, d.ID, owner, d.ID)(&docs, &hasDoc, &others, &oldSet)
	if err != nil {
		return err
	}
	before, after := others+oldSet, others+oldSet
	if addDoc && hasDoc == 0 {
		if docs++; s.quota.Documents > 0 && docs > int64(s.quota.Documents) {
			return &QuotaError{Documents: true, Limit: int64(s.quota.Documents), Would: docs}
		}
		after += int64(len(d.Data))
	}
	if set != nil {
		after += int64(len(set)) - oldSet
	}
	if s.quota.Bytes > 0 && after > s.quota.Bytes && after > before {
		return &QuotaError{Limit: s.quota.Bytes, Would: after}
	}
	return nil
}

func (s *sqlStore) Document(ctx context.Context, owner, id string) (Document, error) {
	var d Document
	err := s.read(ctx, func(q sqldb.Querier) error {
		var err error
		d, err = getDocument(ctx, q, owner, id)
		return err
	})
	return d, err
}

func getDocument(ctx context.Context, q sqldb.Querier, owner, id string) (Document, error) {
	d := Document{ID: id}
	var data string
	var created int64
	err := q.QueryRow(ctx, `SELECT title, data, created_at FROM documents WHERE owner = ? AND id = ?`, owner, id)(&d.Title, &data, &created)
	d.Data, d.Created = []byte(data), fromMS(created)
	return d, err
}

func (s *sqlStore) Documents(ctx context.Context, owner string) ([]DocumentInfo, error) {
	list := []DocumentInfo{}
	err := s.read(ctx, func(q sqldb.Querier) error {
		return q.Query(ctx, `SELECT d.id, d.title, d.created_at, COALESCE(s.version, 0), COALESCE(s.updated_at, d.created_at) AS updated
			FROM documents d LEFT JOIN sets s ON s.owner = d.owner AND s.doc_id = d.id
			WHERE d.owner = ? ORDER BY updated DESC, d.id`, []any{owner}, func(scan func(...any) error) error {
			var di DocumentInfo
			var created, updated int64
			if err := scan(&di.ID, &di.Title, &created, &di.SetVersion, &updated); err != nil {
				return err
			}
			di.Created, di.Updated = fromMS(created), fromMS(updated)
			list = append(list, di)
			return nil
		})
	})
	return list, err
}

func (s *sqlStore) Set(ctx context.Context, owner, docID string) (Set, error) {
	var set Set
	err := s.read(ctx, func(q sqldb.Querier) error {
		var err error
		set, err = getSet(ctx, q, owner, docID)
		return err
	})
	return set, err
}

func getSet(ctx context.Context, q sqldb.Querier, owner, docID string) (Set, error) {
	set := Set{DocID: docID}
	var data string
	var updated int64
	err := q.QueryRow(ctx, `SELECT version, data, updated_at FROM sets WHERE owner = ? AND doc_id = ?`, owner, docID)(&set.Version, &data, &updated)
	set.Data, set.Updated = []byte(data), fromMS(updated)
	return set, err
}

func (s *sqlStore) PutSet(ctx context.Context, owner string, doc Document, version int64, data []byte) (Set, error) {
	saved := Set{DocID: doc.ID, Version: version + 1, Data: data, Updated: now()}
	err := s.write(ctx, func(q sqldb.Querier) error {
		if err := s.fits(ctx, q, owner, doc, version == 0, data); err != nil {
			return err
		}
		var n int64
		var err error
		if version == 0 {
			if _, err := insertDocument(ctx, q, owner, doc); err != nil {
				return err
			}
			n, err = q.Exec(ctx, `INSERT INTO sets (owner, doc_id, version, data, bytes, updated_at) VALUES (?, ?, 1, ?, ?, ?)
				ON CONFLICT (owner, doc_id) DO NOTHING`, owner, doc.ID, string(data), len(data), ms(saved.Updated))
		} else {
			n, err = q.Exec(ctx, `UPDATE sets SET version = version + 1, data = ?, bytes = ?, updated_at = ?
				WHERE owner = ? AND doc_id = ? AND version = ?`, string(data), len(data), ms(saved.Updated), owner, doc.ID, version)
		}
		if err != nil || n == 1 {
			return err
		}
		cur, err := getSet(ctx, q, owner, doc.ID)
		if errors.Is(err, ErrNotFound) {
			cur, err = Set{DocID: doc.ID}, nil
		}
		if err != nil {
			return err
		}
		return &ConflictError{Current: cur}
	})
	if err != nil {
		return Set{}, err
	}
	return saved, nil
}

func (s *sqlStore) DeleteDocument(ctx context.Context, owner, id string) error {
	return s.write(ctx, func(q sqldb.Querier) error {
		n, err := q.Exec(ctx, `DELETE FROM documents WHERE owner = ? AND id = ?`, owner, id)
		if err != nil {
			return err
		}
		if n == 0 {
			return ErrNotFound
		}
		for _, del := range []string{`DELETE FROM sets WHERE owner = ? AND doc_id = ?`, `DELETE FROM shares WHERE owner = ? AND doc_id = ?`} {
			if _, err := q.Exec(ctx, del, owner, id); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *sqlStore) Share(ctx context.Context, owner, docID, newID string) (string, error) {
	var id string
	err := s.write(ctx, func(q sqldb.Querier) error {
		if _, err := getDocument(ctx, q, owner, docID); err != nil {
			return err
		}
		if _, err := q.Exec(ctx, `INSERT INTO shares (id, owner, doc_id, created_at) VALUES (?, ?, ?, ?)
			ON CONFLICT DO NOTHING`, newID, owner, docID, ms(now())); err != nil {
			return err
		}
		return q.QueryRow(ctx, `SELECT id FROM shares WHERE owner = ? AND doc_id = ?`, owner, docID)(&id)
	})
	return id, err
}

func (s *sqlStore) Unshare(ctx context.Context, owner, docID string) error {
	return s.write(ctx, func(q sqldb.Querier) error {
		_, err := q.Exec(ctx, `DELETE FROM shares WHERE owner = ? AND doc_id = ?`, owner, docID)
		return err
	})
}

func (s *sqlStore) Shared(ctx context.Context, shareID string) (Document, Set, error) {
	var d Document
	var set Set
	err := s.read(ctx, func(q sqldb.Querier) error {
		var owner, docID string
		if err := q.QueryRow(ctx, `SELECT owner, doc_id FROM shares WHERE id = ?`, shareID)(&owner, &docID); err != nil {
			return err
		}
		var err error
		if d, err = getDocument(ctx, q, owner, docID); err != nil {
			return err
		}
		set, err = getSet(ctx, q, owner, docID)
		if errors.Is(err, ErrNotFound) {
			set, err = Set{DocID: docID}, nil
		}
		return err
	})
	return d, set, err
}
