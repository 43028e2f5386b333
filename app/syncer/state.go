package syncer

// Status is what the sync status shows.
type Status struct {
	State   State
	Message string
}

// State is one of the sync states (the page's #sync-status data-state).
type State string

const (
	Synced  State = "synced"
	Pending State = "pending"
	Offline State = "offline"
	// Merged: synced, after taking in another device's changes.
	Merged State = "conflict-merged"
	Failed State = "error"
	// Local: sync is off (a static copy of the app, an exercise page).
	Local State = "local"
)

// ConnectingMessage is the status while the first look at the server is
// under way.
const ConnectingMessage = "Connecting…"
