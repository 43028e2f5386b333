// Package precompress compresses the files the server sends precompressed
// (app.wasm): brotli and gzip, at a fast level for development builds and
// the best level for `make static` and releases. The levels live here so
// that the build and the size budget (tools/wasm) measure the same bytes.
package precompress

import (
	"bytes"
	"compress/gzip"
	"fmt"

	"github.com/andybalholm/brotli"
)

// Level is how hard to compress.
type Level int

const (
	// Best is for what users download: brotli quality 11 with a 16 MiB
	// window (the largest browsers accept for Content-Encoding: br; it
	// saves ~1% on app.wasm over the default 4 MiB), gzip level 9.
	// About 40 s for app.wasm on a loaded 2-core machine.
	Best Level = iota
	// Fast is for development: brotli quality 5, gzip level 5 — under a
	// second, ~20% larger than Best.
	Fast
)

// ParseLevel reads "best" or "fast".
func ParseLevel(s string) (Level, error) {
	switch s {
	case "best":
		return Best, nil
	case "fast":
		return Fast, nil
	}
	return 0, fmt.Errorf("compression level %q: want best or fast", s)
}

func (l Level) String() string {
	if l == Fast {
		return "fast"
	}
	return "best"
}

// Brotli compresses raw at the level.
func Brotli(raw []byte, l Level) []byte {
	opts := brotli.WriterOptions{Quality: 11, LGWin: 24}
	if l == Fast {
		opts = brotli.WriterOptions{Quality: 5, LGWin: 22}
	}
	var b bytes.Buffer
	w := brotli.NewWriterOptions(&b, opts)
	w.Write(raw) // writes to a bytes.Buffer do not fail
	w.Close()
	return b.Bytes()
}

// Gzip compresses raw at the level.
func Gzip(raw []byte, l Level) []byte {
	level := gzip.BestCompression
	if l == Fast {
		level = 5
	}
	var b bytes.Buffer
	w, _ := gzip.NewWriterLevel(&b, level) // the level is valid
	w.Write(raw)
	w.Close()
	return b.Bytes()
}
