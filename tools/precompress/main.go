// Command precompress writes FILE.br and FILE.gz beside each FILE at the
// highest compression levels, so the server can send app.wasm precompressed.
package main

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"

	"github.com/andybalholm/brotli"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: precompress FILE…")
		os.Exit(2)
	}
	for _, path := range os.Args[1:] {
		if err := compress(path); err != nil {
			fmt.Fprintln(os.Stderr, "precompress:", err)
			os.Exit(1)
		}
	}
}

func compress(path string) error {
	raw, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, brotli.BestCompression)
	if _, err := bw.Write(raw); err != nil {
		return err
	}
	if err := bw.Close(); err != nil {
		return err
	}
	var gz bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	if _, err := gw.Write(raw); err != nil {
		return err
	}
	if err := gw.Close(); err != nil {
		return err
	}
	// Write to a temporary name and rename, so a server never sends half a file.
	for ext, data := range map[string][]byte{".br": br.Bytes(), ".gz": gz.Bytes()} {
		tmp := path + ext + ".tmp"
		if err := os.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
		if err := os.Rename(tmp, path+ext); err != nil {
			return err
		}
	}
	fmt.Printf("%s: %d raw, %d gzip, %d brotli bytes\n", path, len(raw), gz.Len(), br.Len())
	return nil
}
