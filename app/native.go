//go:build !wasm

package main

import (
	"os"

	"whosaid/cli"
)

// runNative runs a command: "serve" serves the app, the others are the
// command-line tools (package cli); none prints the usage.
func runNative(args []string) int {
	return cli.Run(args, os.Stdin, os.Stdout, os.Stderr)
}
