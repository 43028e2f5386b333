// Command whosaid is the whole product in one program: compiled to
// WebAssembly it is the annotator that runs in the browser; compiled natively
// it serves that app, stores annotations and offers command-line tools.
package main

import (
	"os"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

func main() {
	registerRoutes()
	// In the browser this blocks forever; natively it returns at once.
	app.RunWhenOnBrowser()
	os.Exit(runNative(os.Args[1:]))
}
