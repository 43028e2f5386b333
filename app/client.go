//go:build wasm

package main

// runNative is never reached in the browser: RunWhenOnBrowser blocks.
func runNative([]string) int { return 0 }
