// Command goldcheck checks hand-written gold annotations: every NAME.txt
// article with its NAME.spec (docs/guidelines.md, appendix). It prints each
// problem as FILE:LINE: what is wrong, and exits 1 if there is any:
//
//	go run ./tools/goldcheck annotate/suggest/testdata/gold
//	go run ./tools/goldcheck my-articles/court.spec my-articles/match.txt
//
// Folders are searched with their subfolders. The rules are package
// goldspec's, the same the gold tests use.
package main

import (
	"fmt"
	"io"
	"os"

	"whosaid/annotate/goldspec"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(stderr, "usage: goldcheck FOLDER_OR_FILE…  (checks NAME.txt + NAME.spec pairs)")
		return 2
	}
	specs, err := goldspec.Find(args)
	if err != nil {
		fmt.Fprintln(stderr, "goldcheck:", err)
		return 1
	}
	if len(specs) == 0 {
		fmt.Fprintln(stderr, "goldcheck: no .txt or .spec files in", args)
		return 1
	}
	bad, claims := 0, 0
	for _, spec := range specs {
		a, err := goldspec.Load(spec)
		if err != nil {
			bad++
			fmt.Fprintln(stdout, err)
			continue
		}
		claims += len(a.Set.Claims)
	}
	if bad > 0 {
		fmt.Fprintf(stderr, "goldcheck: %d of %d articles have problems\n", bad, len(specs))
		return 1
	}
	fmt.Fprintf(stdout, "ok: %d articles, %d claims\n", len(specs), claims)
	return 0
}
