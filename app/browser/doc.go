// Package browser is the app's one way into JavaScript: every call into
// the page (DOM, fetch, files, downloads, listeners, the clipboard) goes
// through here, guarded. A panic in syscall/js (Get on a string, Call of a
// missing method) ends the whole wasm program, so every access checks the
// value first; off wasm (server prerendering, native tests) every value is
// falsy and these functions do nothing.
//
// Callbacks from JavaScript run outside go-app's UI goroutine: functions
// that take a go-app context hand their results back through ctx.Dispatch;
// Fetch hands them to a function the caller gives (see Fetch).
package browser
