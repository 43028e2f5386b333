//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"whosaid/cli"
	"whosaid/server"
)

// siteFiles reads the site's files for the pages the server draws.
var siteFiles = server.SiteFile

// runNative runs the server ("serve", the default; bare flags are serve
// flags) or a command-line tool.
func runNative(args []string) int {
	switch {
	case len(args) > 0 && (args[0] == "-h" || args[0] == "-help" || args[0] == "--help"):
		return cli.Run([]string{"help"}, os.Stdin, os.Stdout, os.Stderr)
	case len(args) > 0 && args[0] == "static":
		return runStatic(args[1:], os.Stdout, os.Stderr) // static.go
	case len(args) == 0 || args[0] == "serve" || strings.HasPrefix(args[0], "-"):
		if len(args) > 0 && args[0] == "serve" {
			args = args[1:]
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := server.Main(ctx, args, os.Stdout, os.Stderr); err != nil {
			fmt.Fprintln(os.Stderr, "whosaid:", err)
			return 1
		}
		return 0
	}
	return cli.Run(args, os.Stdin, os.Stdout, os.Stderr)
}
