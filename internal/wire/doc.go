// Package wire holds the JSON bodies of whosaid's HTTP APIs — the
// annotation API (docs/api.md) and the classroom API (docs/classroom.md) —
// as one set of Go types used by both ends: the server and the classroom
// write them, the browser app reads them. A field added on one side is
// there on the other; nothing is copied by hand.
//
// The package is wasm-safe: no net/http, no database, nothing but the
// domain types the bodies carry (annotate, annotate/exercise,
// annotate/score), so the browser build can import it.
package wire
