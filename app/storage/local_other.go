//go:build !wasm

package storage

var processKV = NewMemory()

// Local is, off the browser, one Memory for the whole process.
func Local() KV { return processKV }
