package article

import (
	"regexp"
	"sync"
)

// lazyRegexp compiles expr the first time it is used. The package's ~30
// expressions compiled at start-up took 35 ms of the browser app's start
// (GODEBUG=inittrace=1) before anything could be shown, and most visits
// never import a Markdown file.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
