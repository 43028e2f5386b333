package main

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const sampleBudget = `# Size
text before
<!-- wasm budget -->
| part | packages | budget (bytes) |
|---|---|---|
| assistant | ` + "`whosaid/annotate/suggest`" + ` | 100 |
| domain | ` + "`whosaid/annotate/...`" + ` | 1,000 |
| the rest | ` + "`*`" + ` | 5,000 |
| file | (file) | 9,000 |
| brotli | (brotli) | 2,000 |

| other table | x | 1 |
`

func TestParseBudget(t *testing.T) {
	b, err := ParseBudget(strings.NewReader(sampleBudget), "size.md")
	if err != nil {
		t.Fatal(err)
	}
	want := &Budget{
		Groups: []GroupBudget{
			{Group{"assistant", "whosaid/annotate/suggest"}, 100, 6},
			{Group{"domain", "whosaid/annotate/..."}, 1000, 7},
			{Group{"the rest", "*"}, 5000, 8},
		},
		File: 9000, Brotli: 2000,
	}
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("budget (-want +got):\n%s", diff)
	}
	over := b.Over(Measured{Code: map[string]int{"assistant": 101, "domain": 1000}, File: 9001, Brotli: 10}, "size.md")
	wantOver := []string{
		"size.md:6: assistant (whosaid/annotate/suggest) has 101 bytes of code, budget 100 (+1)",
		"size.md: app.wasm is 9001 bytes, budget 9000 (+1)",
	}
	if diff := cmp.Diff(wantOver, over); diff != "" {
		t.Errorf("over budget (-want +got):\n%s", diff)
	}
}

func TestParseBudgetErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, want string }{
		{"no marker", "| a | `x` | 1 |\n", "no <!-- wasm budget --> line"},
		{"not a number", strings.Replace(sampleBudget, "1,000", "lots", 1), `size.md:7: budget "lots" is not a number of bytes`},
		{"bad packages cell", strings.Replace(sampleBudget, "`whosaid/annotate/...`", "annotate", 1), `size.md:7: packages "annotate": want a`},
		{"no catch-all", strings.Replace(sampleBudget, "`*`", "`runtime`", 1), "size.md:8: the last package row must be `*`"},
		{"no brotli row", strings.Replace(sampleBudget, "| brotli | (brotli) | 2,000 |\n", "", 1), "needs package rows, a (file) row and a (brotli) row"},
	} {
		_, err := ParseBudget(strings.NewReader(tc.in), "size.md")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want it to contain %q", tc.name, err, tc.want)
		}
	}
}

// TestWasmWithinBudget builds the browser half as `make build` does and
// fails when any part of it is past its budget in docs/wasm-size.md.
func TestWasmWithinBudget(t *testing.T) {
	if err := os.Chdir("../.."); err != nil {
		t.Fatal(err)
	}
	budget, err := ReadBudget("docs/wasm-size.md")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Measure("./app", budget)
	if err != nil {
		t.Fatal(err)
	}
	var report strings.Builder
	budget.Report(&report, r.Measured)
	t.Logf("sizes (go run ./tools/wasm size -top 30 lists the largest packages and functions):\n%s", report.String())
	for _, o := range budget.Over(r.Measured, "docs/wasm-size.md") {
		t.Error(o)
	}
}
