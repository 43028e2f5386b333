// Command wasm builds the browser half of whosaid and measures it against
// the size budget in docs/wasm-size.md:
//
//	go run ./tools/wasm build [-o web/app.wasm] [PKG]     # the build users download
//	go run ./tools/wasm size [-budget FILE] [-top N] [PKG] # sizes by package, vs the budget
//
// PKG defaults to ./app. `size` builds with function names (the shipped
// file has none), sums function bytes per package and per budget group,
// and prints the whole file's size raw and with brotli (as
// tools/precompress -level best writes it). It exits 1 when a part is over
// budget; `make test` runs the same check (TestWasmWithinBudget).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"

	"whosaid/internal/precompress"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprintln(stderr, "usage: wasm build [-o FILE] [PKG] | wasm size [-budget FILE] [-top N] [PKG]")
		return 2
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "web/app.wasm", "build: output file")
	budgetFile := fs.String("budget", "docs/wasm-size.md", "size: the budget")
	top := fs.Int("top", 0, "size: also list the N largest packages and functions")
	if err := fs.Parse(args[1:]); err != nil {
		return 2
	}
	pkg := "./app"
	if fs.NArg() > 0 {
		pkg = fs.Arg(0)
	}
	switch args[0] {
	case "build":
		if err := Build(pkg, *out, false); err != nil {
			fmt.Fprintln(stderr, "wasm build:", err)
			return 1
		}
		return 0
	case "size":
		return size(pkg, *budgetFile, *top, stdout, stderr)
	}
	fmt.Fprintf(stderr, "wasm: unknown command %q (build or size)\n", args[0])
	return 2
}

func size(pkg, budgetFile string, top int, stdout, stderr io.Writer) int {
	budget, err := ReadBudget(budgetFile)
	if err != nil {
		fmt.Fprintln(stderr, "wasm size:", err)
		return 2
	}
	r, err := Measure(pkg, budget)
	if err != nil {
		fmt.Fprintln(stderr, "wasm size:", err)
		return 1
	}
	budget.Report(stdout, r.Measured)
	fmt.Fprintf(stdout, "sections: %v\n", r.Module.Sections)
	if top > 0 {
		printTop(stdout, r, top)
	}
	if over := budget.Over(r.Measured, budgetFile); len(over) > 0 {
		for _, o := range over {
			fmt.Fprintln(stderr, o)
		}
		return 1
	}
	return 0
}

// Result is a measured build.
type Result struct {
	Measured
	Module   *Module
	Packages *Packages
}

// Measure builds pkg with symbols in a temporary folder and measures it.
func Measure(pkg string, budget *Budget) (*Result, error) {
	dir, err := os.MkdirTemp("", "wasmsize")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "app.wasm")
	if err := Build(pkg, file, true); err != nil {
		return nil, err
	}
	deps, err := Deps(pkg)
	if err != nil {
		return nil, err
	}
	raw, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return measure(raw, NewPackages(deps), budget)
}

func measure(raw []byte, pkgs *Packages, budget *Budget) (*Result, error) {
	m, err := Parse(raw)
	if err != nil {
		return nil, err
	}
	groups := make([]Group, len(budget.Groups))
	for i, g := range budget.Groups {
		groups[i] = g.Group
	}
	stripped := m.Stripped(raw)
	return &Result{
		Measured: Measured{
			Code:   CodeByGroup(m, pkgs, groups),
			File:   len(stripped),
			Brotli: len(precompress.Brotli(stripped, precompress.Best)),
		},
		Module:   m,
		Packages: pkgs,
	}, nil
}

func printTop(w io.Writer, r *Result, n int) {
	type entry struct {
		name string
		size int
	}
	sorted := func(m map[string]int) []entry {
		var l []entry
		for k, v := range m {
			l = append(l, entry{k, v})
		}
		sort.Slice(l, func(i, j int) bool { return l[i].size > l[j].size })
		return l[:min(n, len(l))]
	}
	fmt.Fprintf(w, "\nlargest packages (code bytes):\n")
	for _, e := range sorted(CodeByPackage(r.Module, r.Packages)) {
		fmt.Fprintf(w, "%10d  %s\n", e.size, e.name)
	}
	fns := map[string]int{}
	for _, f := range r.Module.Functions {
		fns[f.Name] += f.Size
	}
	fmt.Fprintf(w, "\nlargest functions (code bytes):\n")
	for _, e := range sorted(fns) {
		fmt.Fprintf(w, "%10d  %s\n", e.size, e.name)
	}
}
