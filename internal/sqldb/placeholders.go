//go:build !wasm

package sqldb

import (
	"strconv"
	"strings"
)

// dollarParams rewrites ? placeholders as $1, $2… for PostgreSQL. The
// queries of this project have no ? inside string literals.
func dollarParams(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
