// Command precompress writes FILE.br and FILE.gz beside each FILE, so the
// server can send app.wasm precompressed:
//
//	precompress [-level best|fast] FILE…
//
// -level fast (development builds: `make build`, `make run`) takes under a
// second; best (`make static`, releases) the smallest files, ~40 s for
// app.wasm. Levels: package internal/precompress.
package main

import (
	"flag"
	"fmt"
	"os"

	"whosaid/internal/precompress"
)

func main() {
	level := flag.String("level", "best", "compression: best (releases, make static) or fast (development)")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: precompress [-level best|fast] FILE…")
	}
	flag.Parse()
	l, err := precompress.ParseLevel(*level)
	if err != nil || flag.NArg() == 0 {
		if err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
		}
		flag.Usage()
		os.Exit(2)
	}
	for _, path := range flag.Args() {
		if l == precompress.Best {
			fmt.Printf("%s: compressing at the best level (~40 s for app.wasm)…\n", path)
		}
		if err := compress(path, l); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(path string, l precompress.Level) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	br, gz := precompress.Brotli(raw, l), precompress.Gzip(raw, l)
	// Write to a temporary name and rename, so a server never sends half a file.
	for ext, data := range map[string][]byte{".br": br, ".gz": gz} {
		tmp := path + ext + ".tmp"
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, path+ext); err != nil {
			return err
		}
	}
	fmt.Printf("%s: %d raw, %d gzip, %d brotli bytes (%s)\n", path, len(raw), len(gz), len(br), l)
	return nil
}
