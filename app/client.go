//go:build wasm

package main

// runNative is never reached in the browser: RunWhenOnBrowser blocks.
func runNative([]string) int { return 0 }

// siteFiles is nil in the browser: it opens addresses by fetching them.
var siteFiles func(string) ([]byte, error)
