// Package storage keeps whosaid's data in the browser: a key-value store
// (KV: window.localStorage in the browser, memory elsewhere), corners of
// it for one purpose (Within: a classroom exercise's work), and the
// annotation sets themselves (Store: one native JSON value per document,
// an index for the Library, damaged data kept aside).
//
// Everything lives under one versioned prefix (Prefix), so a later layout
// can migrate from this one. localStorage is used directly, not through
// go-app's persisted state, which hides quota errors and silently reads
// corrupted values as empty. The package has no go-app in it; the
// browser's localStorage is behind a build tag (local_wasm.go).
package storage
