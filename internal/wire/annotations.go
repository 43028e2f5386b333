package wire

import (
	"encoding/json"
	"time"
)

// The annotation API (docs/api.md): documents, and one annotation set per
// document and owner, saved with optimistic versions.

// Health is the answer of GET /healthz.
type Health struct {
	Status string `json:"status"` // "ok"
}

// DocumentList is the answer of GET /api/v1/documents.
type DocumentList struct {
	Documents []DocumentInfo `json:"documents"`
}

// DocumentInfo is one document an owner has.
type DocumentInfo struct {
	ID      string    `json:"id"`
	Title   string    `json:"title"`
	Created time.Time `json:"created"`
	Updated time.Time `json:"updated"`
	Version int64     `json:"version"` // of the owner's set; 0: none saved
}

// SetSaved is the answer of a PUT of a set.
type SetSaved struct {
	Version int64     `json:"version"`
	Updated time.Time `json:"updated"`
}

// Conflict is the 409 answer of a PUT whose If-Match is not the current
// version: the server's copy, to merge with one's own and save again at
// this version.
type Conflict struct {
	Error   string          `json:"error"`
	Version int64           `json:"version"`
	Set     json.RawMessage `json:"set"` // null when nothing is saved
}

// Shared is the answer of POST …/set/share: the read-only link.
type Shared struct {
	ID   string `json:"id"`
	Path string `json:"path"`
}
