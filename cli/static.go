//go:build !wasm

package cli

import (
	"flag"
	"fmt"

	"whosaid/server/staticsite"
)

func init() {
	commands["static"] = command{
		usage: "[--web ./web] [--url https://…/] DIR",
		short: "write a static copy of the app for any file host (no server: no sync, no classroom)",
		summary: "Writes a copy of the app into DIR that any static file host serves as it is (GitHub Pages,\n" +
			"Netlify, nginx, python3 -m http.server…), at the root of its address. Annotations stay in\n" +
			"each reader's browser: sync and the classroom need the server. Each page is ROUTE/index.html\n" +
			"and 404.html starts the app for any other address.",
		flags: staticFlags,
	}
}

func staticFlags(fs *flag.FlagSet, e *env) func([]string) int {
	web := fs.String("web", "./web", "`folder` with app.wasm and the static files, filled by make build")
	url := fs.String("url", "", "the `address` the copy will be served at, for link previews (og:url); left out when not given")
	return func(args []string) int {
		if len(args) != 1 {
			return usageError(e, "static", "want exactly one DIR, got %d", len(args))
		}
		n, err := staticsite.Write(args[0], *web, staticsite.Options{URL: *url})
		if err != nil {
			fmt.Fprintln(e.stderr, "whosaid static:", err)
			return ExitIO
		}
		fmt.Fprintf(e.stdout, "wrote %d files to %s\n", n, args[0])
		return ExitOK
	}
}
