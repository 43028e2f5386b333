package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
)

// gcflags for the browser build. Without inlining, Go's wasm code repeats
// itself more and brotli shrinks it ~10% more (measured on app.wasm: 2.39 →
// 2.15 MB); the runtime, sync and internal packages keep inlining, as their
// small functions are on every hot path (allocation, maps, locks).
// docs/wasm-size.md has the figures.
var gcflags = []string{
	"-gcflags=all=-l",
	"-gcflags=runtime=",
	"-gcflags=internal/...=",
	"-gcflags=sync=",
	"-gcflags=sync/...=",
}

// Build compiles the browser half (package pkg, e.g. ./app) to out. With
// symbols, the "name" section is kept so that functions can be measured;
// without, the file is what users download (-s -w).
func Build(pkg, out string, symbols bool) error {
	args := append([]string{"build", "-trimpath"}, gcflags...)
	if !symbols {
		args = append(args, "-ldflags=-s -w")
	}
	args = append(args, "-o", out, pkg)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go %s: %w", strings.Join(args, " "), err)
	}
	return nil
}

// Deps lists the packages pkg's browser build links: import path and
// package name (a command's functions are named after "main").
func Deps(pkg string) ([][2]string, error) {
	cmd := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}} {{.Name}}", pkg)
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list -deps %s: %w", pkg, err)
	}
	var deps [][2]string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		path, name, _ := strings.Cut(line, " ")
		deps = append(deps, [2]string{path, name})
	}
	return deps, nil
}
