package main

import (
	"regexp"
	"sort"
	"strings"
)

// The Go linker names each wasm function after its symbol with every
// character that is not a word character or '.' replaced by '_'
// (cmd/link/internal/wasm: nameRegexp), so "whosaid/annotate.Merge" is
// "whosaid_annotate.Merge" and (*T).M is "__T_.M".
var notWasmName = regexp.MustCompile(`[^\w.]`)

// Packages maps function names back to import paths.
type Packages struct {
	mangled map[string]string // mangled path -> import path
	lengths []int             // distinct mangled lengths, longest first
}

// NewPackages knows the given packages: import path and name, as
// `go list -deps` gives them. A main package's symbols are "main.…".
func NewPackages(deps [][2]string) *Packages {
	p := &Packages{mangled: map[string]string{}}
	seen := map[int]bool{}
	for _, dep := range deps {
		path, m := dep[0], notWasmName.ReplaceAllString(dep[0], "_")
		if dep[1] == "main" {
			m = "main"
		}
		p.mangled[m] = path
		if !seen[len(m)] {
			seen[len(m)] = true
			p.lengths = append(p.lengths, len(m))
		}
	}
	sort.Sort(sort.Reverse(sort.IntSlice(p.lengths)))
	return p
}

// Of is the import path a function belongs to: the longest known package
// whose mangled path is followed by '.' in the name. Linker-made functions
// (type equality "type:.eq…", wrappers) and unknown ones get "(linker)".
func (p *Packages) Of(name string) string {
	for _, n := range p.lengths {
		if len(name) > n && name[n] == '.' {
			if path, ok := p.mangled[name[:n]]; ok {
				return path
			}
		}
	}
	if strings.HasPrefix(name, "type_") || strings.HasPrefix(name, "go_") {
		return "(linker)"
	}
	return "(unknown)"
}

// Group is a budget line: the packages whose import path matches Pattern,
// in `go list` style ("whosaid/annotate/..." = the package and all below
// it), or every package no other line takes ("*").
type Group struct {
	Name    string
	Pattern string
}

func (g Group) matches(path string) bool {
	if g.Pattern == "*" {
		return true
	}
	if prefix, ok := strings.CutSuffix(g.Pattern, "/..."); ok {
		return path == prefix || strings.HasPrefix(path, prefix+"/")
	}
	return path == g.Pattern
}

// CodeByGroup sums function bytes per group; a package goes to the first
// group that matches it (so put the narrower patterns first).
func CodeByGroup(m *Module, pkgs *Packages, groups []Group) map[string]int {
	out := map[string]int{}
	for _, f := range m.Functions {
		path := pkgs.Of(f.Name)
		for _, g := range groups {
			if g.matches(path) {
				out[g.Name] += f.Size
				break
			}
		}
	}
	return out
}

// CodeByPackage sums function bytes per import path.
func CodeByPackage(m *Module, pkgs *Packages) map[string]int {
	out := map[string]int{}
	for _, f := range m.Functions {
		out[pkgs.Of(f.Name)] += f.Size
	}
	return out
}
