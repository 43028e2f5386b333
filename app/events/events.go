// Package events names, in one place, the go-app actions and states the
// app's parts use to tell each other things, with the type of value each
// carries. A part that posts or observes one imports it from here; no
// other file spells the names.
package events

import "whosaid/annotate"

// Actions (ctx.NewActionWithValue / ctx.Handle).
const (
	// OpenSet (value *annotate.Set): show this set, with a new history
	// (an article opened, a file imported, a set fetched by address).
	OpenSet = "whosaid/open-set"
	// ExternalChange (value Change): a version of the open document was
	// saved elsewhere (another tab, another device through sync).
	ExternalChange = "whosaid/external-change"
)

// States (ctx.SetState / ctx.ObserveState).
const (
	// SaveStatus (value SaveState): the autosave status.
	SaveStatus = "whosaid/save-status"
	// SyncStatus (value syncer.Status): the sync status.
	SyncStatus = "whosaid/sync-status"
	// SyncToken (value string): the owner token, "" before the first sync.
	SyncToken = "whosaid/sync-token"
	// Notices (value []notice.Notice): the notices shown.
	Notices = "whosaid/notices"
)

// Source says where a version of the open document was saved.
type Source int

const (
	FromTab    Source = iota // another tab of this browser
	FromDevice               // another device, through the sync server
)

// Change is the value of ExternalChange: a version of a document saved
// elsewhere, and what it changed (nil: not known).
type Change struct {
	Set    *annotate.Set
	Report *annotate.MergeReport
	From   Source
}

// SaveState is what the autosave status shows.
type SaveState struct {
	State   Saving
	Message string
}

// Saving is where the autosave is (the status's data-state).
type Saving string

const (
	Saved      Saving = "saved"
	Pending    Saving = "pending" // a change waits to be saved
	SaveFailed Saving = "error"
)
