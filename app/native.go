//go:build !wasm

package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"whosaid/server"
)

// runNative runs the server ("serve", the default) or a command-line tool.
func runNative(args []string) int {
	if len(args) == 0 || args[0] == "serve" || (len(args[0]) > 0 && args[0][0] == '-') {
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
	fmt.Fprintf(os.Stderr, "whosaid: unknown command %q\n", args[0])
	return 2 // TODO(lead): cli.Run once package cli lands
}
