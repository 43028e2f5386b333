//go:build !wasm

package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	"whosaid/server"
)

func init() {
	commands["serve"] = command{
		usage: "[--addr :8000] [--data ./data] [--db postgres://…] [--web ./web] [flags]",
		short: "serve the app and the annotation API (http://localhost:8000 by default)",
		summary: "Serves the app, the annotation API and the classroom until stopped (Ctrl+C or SIGTERM, which\n" +
			"let the requests under way finish). Annotations are stored in an embedded SQLite database\n" +
			"in --data, or in PostgreSQL with --db. Every flag can also be set by the environment\n" +
			"variable named after it. The log (JSON lines) goes to stderr.",
		flags: serveFlags,
	}
}

func serveFlags(fs *flag.FlagSet, e *env) func([]string) int {
	var c server.Config
	envErr := server.DefineFlags(fs, &c)
	return func(args []string) int {
		if envErr != nil {
			return usageError(e, "serve", "%v", envErr)
		}
		if len(args) > 0 {
			return usageError(e, "serve", "unexpected argument %q (serve takes flags only)", args[0])
		}
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		defer stop()
		if err := server.Serve(ctx, c, e.stdout, e.stderr); err != nil {
			fmt.Fprintln(e.stderr, "whosaid serve:", err)
			return ExitProblem
		}
		return ExitOK
	}
}
