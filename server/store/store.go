//go:build !wasm

// Package store keeps documents and annotation sets for the server. One
// interface, two backends: embedded SQLite (the default, a file under the
// data folder) and PostgreSQL. Both run the same SQL and the same schema
// migrations, and both pass the same test suite.
//
// Owners are the SHA-256 hashes of the clients' bearer tokens (hex); the
// store never sees a token. Every read and write names its owner, so one
// owner can never reach another's rows.
package store

import (
	"context"
	"fmt"
	"time"

	"whosaid/internal/sqldb"
)

// ErrNotFound means the owner has no such document, set or share.
var ErrNotFound = sqldb.ErrNotFound

// Document is a stored article: Data is its annotate.Document as JSON.
type Document struct {
	ID      string
	Title   string
	Data    []byte
	Created time.Time
}

// DocumentInfo is one line of an owner's document list.
type DocumentInfo struct {
	ID         string
	Title      string
	Created    time.Time
	Updated    time.Time // last save of the set, or Created
	SetVersion int64     // 0: no set saved yet
}

// Set is a saved annotation set: Data is its native JSON. Version counts
// the saves, from 1; version 0 means nothing saved yet.
type Set struct {
	DocID   string
	Version int64
	Data    []byte
	Updated time.Time
}

// ConflictError is returned by PutSet when the client's version is not the
// stored one; Current is the stored set (Version 0 and no Data: none).
type ConflictError struct {
	Current Set
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("version conflict: the stored set is at version %d", e.Current.Version)
}

// Quota bounds what one owner may store: documents and bytes (documents
// and sets together). Zero fields: no bound.
type Quota struct {
	Documents int
	Bytes     int64
}

// QuotaError is what PutDocument and PutSet give when the write would take
// the owner past a quota. A write that shrinks what is stored always
// passes, so an owner over a lowered quota can still save smaller sets.
type QuotaError struct {
	Documents bool  // the documents quota (else the bytes quota)
	Limit     int64 // the quota
	Would     int64 // what the owner would have with the write
}

func (e *QuotaError) Error() string {
	if e.Documents {
		return fmt.Sprintf("the owner would have %d documents, more than the limit of %d", e.Would, e.Limit)
	}
	return fmt.Sprintf("the owner's documents and sets would take %d bytes, more than the limit of %d", e.Would, e.Limit)
}

// Store is what the server needs from a database.
type Store interface {
	// SetQuota sets the per-owner quota PutDocument and PutSet enforce
	// (the zero Quota: none). Call it before using the store.
	SetQuota(q Quota)
	// Known tells whether owner has stored anything (a document).
	Known(ctx context.Context, owner string) (bool, error)
	// PutDocument stores a document for owner; created is false when the
	// owner had it already (documents are named by their content hash, so
	// it is the same document). A *QuotaError when over the quota.
	PutDocument(ctx context.Context, owner string, d Document) (created bool, err error)
	// Document returns one of owner's documents.
	Document(ctx context.Context, owner, id string) (Document, error)
	// Documents lists owner's documents, most recently saved first.
	Documents(ctx context.Context, owner string) ([]DocumentInfo, error)
	// Set returns owner's set on a document; ErrNotFound when none is saved.
	Set(ctx context.Context, owner, docID string) (Set, error)
	// PutSet saves owner's set on doc if the stored version is still
	// version (0: none saved yet, and then the document is stored too when
	// missing; only doc.ID is used otherwise). It returns the saved set
	// with its new version, or a *ConflictError holding the stored set:
	// never a silent overwrite; a *QuotaError when over the quota.
	PutSet(ctx context.Context, owner string, doc Document, version int64, data []byte) (Set, error)
	// DeleteDocument removes owner's document with its set and share link;
	// ErrNotFound when owner lacks it.
	DeleteDocument(ctx context.Context, owner, id string) error
	// Share returns the share id of owner's set on docID, recording newID
	// when there is none yet. ErrNotFound when owner lacks the document.
	Share(ctx context.Context, owner, docID, newID string) (string, error)
	// Unshare removes the share link of owner's set on docID, if any.
	Unshare(ctx context.Context, owner, docID string) error
	// Shared reads the document and set behind a share id; the set has
	// Version 0 when nothing is saved yet.
	Shared(ctx context.Context, shareID string) (Document, Set, error)
	// Close waits for writes under way and releases the database.
	Close() error
}
