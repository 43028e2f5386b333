//go:build !wasm

package main

import (
	"os"

	"whosaid/cli"
	"whosaid/server"
)

// siteFiles reads the site's files for the pages the server draws.
var siteFiles = server.SiteFile

// runNative runs a command: "serve" serves the app, the others are the
// command-line tools (package cli); none prints the usage.
func runNative(args []string) int {
	return cli.Run(args, os.Stdin, os.Stdout, os.Stderr)
}
