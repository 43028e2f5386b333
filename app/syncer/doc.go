// Package syncer is offline-first sync with the whosaid server
// (docs/sync.md, docs/api.md), as an engine with no go-app in it: it
// talks to the server through a Transport, tells time and waits through a
// Clock, and tells the page what happened through the Syncer's On…
// hooks. The browser gives it fetch and go-app's UI goroutine (app/syncui);
// tests give it a fake server and a fake clock, so conflicts, merges,
// retries and backoff are tested natively.
//
// localStorage stays the working copy (storage.Store); after each
// autosave the open document's set is sent in the background (PUT with
// If-Match of the last known version). A 409 brings the server's copy: it
// is merged per claim with annotate.Merge, shown, and sent again — unless
// it is this browser's own save whose answer was lost (sent.go). Network
// failures retry with exponential backoff. The status says synced,
// pending, offline, conflict-merged, error, or local (sync turned off).
//
// Every method, and every callback the Transport and Clock make, runs on
// one goroutine (the UI goroutine in the browser).
package syncer
