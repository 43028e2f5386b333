//go:build wasm

package main

import "runtime/debug"

// runNative is never reached in the browser: RunWhenOnBrowser blocks.
func runNative([]string) int { return 0 }

// siteFiles is nil in the browser: it opens addresses by fetching them.
var siteFiles func(string) ([]byte, error)

// The annotator's live heap is small (~5 MB with 1,000 claims) and each
// change allocates ~1 MB, so with Go's default (GOGC=100) a collection of
// ~12 ms ran every few changes, inside the click that made one, and held
// back what the click draws at once. Collecting at 4× the live heap runs it
// a quarter as often for ~15 MB more; the limit keeps a very large set from
// growing the page's memory unchecked (docs/startup.md).
func init() {
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(512 << 20)
}
