package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Budget is the size budget written in docs/wasm-size.md: one line per
// group of packages (bytes of function code) and two for the whole file.
type Budget struct {
	Groups []GroupBudget
	File   int // the stripped file, as served uncompressed
	Brotli int // the same compressed at precompress.Best
}

// GroupBudget is one group's code budget.
type GroupBudget struct {
	Group
	Bytes int
	Line  int // in the budget file, for messages
}

// budgetMarker starts the table in the budget file.
const budgetMarker = "<!-- wasm budget -->"

// ParseBudget reads the table that follows budgetMarker: rows of
// | name | `pattern` or (file) or (brotli) | bytes (commas allowed) | …
func ParseBudget(r io.Reader, name string) (*Budget, error) {
	sc := bufio.NewScanner(r)
	b := &Budget{}
	line, in := 0, false
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == budgetMarker {
			in = true
			continue
		}
		if !in || !strings.HasPrefix(text, "|") {
			if in && len(b.Groups) > 0 {
				break
			}
			continue
		}
		cells := strings.Split(strings.Trim(text, "|"), "|")
		if len(cells) < 3 || strings.HasPrefix(strings.TrimSpace(cells[1]), "---") || strings.TrimSpace(cells[2]) == "budget (bytes)" {
			continue
		}
		what := strings.TrimSpace(cells[1])
		n, err := strconv.Atoi(strings.ReplaceAll(strings.TrimSpace(cells[2]), ",", ""))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("%s:%d: budget %q is not a number of bytes", name, line, strings.TrimSpace(cells[2]))
		}
		switch {
		case what == "(file)":
			b.File = n
		case what == "(brotli)":
			b.Brotli = n
		case strings.HasPrefix(what, "`") && strings.HasSuffix(what, "`") && len(what) > 2:
			g := Group{Name: strings.TrimSpace(cells[0]), Pattern: strings.Trim(what, "`")}
			b.Groups = append(b.Groups, GroupBudget{Group: g, Bytes: n, Line: line})
		default:
			return nil, fmt.Errorf("%s:%d: packages %q: want a `pattern`, (file) or (brotli)", name, line, what)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	switch {
	case !in:
		return nil, fmt.Errorf("%s: no %s line before the budget table", name, budgetMarker)
	case len(b.Groups) == 0 || b.File == 0 || b.Brotli == 0:
		return nil, fmt.Errorf("%s: the budget table needs package rows, a (file) row and a (brotli) row", name)
	case b.Groups[len(b.Groups)-1].Pattern != "*":
		return nil, fmt.Errorf("%s:%d: the last package row must be `*` (everything else), so that every byte has a budget", name, b.Groups[len(b.Groups)-1].Line)
	}
	return b, nil
}

// ReadBudget reads the budget file.
func ReadBudget(path string) (*Budget, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseBudget(f, path)
}

// Measured is one build's sizes, in the budget's terms.
type Measured struct {
	Code   map[string]int // group name -> function bytes
	File   int
	Brotli int
}

// Over lists what is past its budget, each naming the budget line.
func (b *Budget) Over(m Measured, file string) []string {
	var over []string
	for _, g := range b.Groups {
		if got := m.Code[g.Name]; got > g.Bytes {
			over = append(over, fmt.Sprintf("%s:%d: %s (%s) has %d bytes of code, budget %d (+%d)", file, g.Line, g.Name, g.Pattern, got, g.Bytes, got-g.Bytes))
		}
	}
	if m.File > b.File {
		over = append(over, fmt.Sprintf("%s: app.wasm is %d bytes, budget %d (+%d)", file, m.File, b.File, m.File-b.File))
	}
	if m.Brotli > b.Brotli {
		over = append(over, fmt.Sprintf("%s: app.wasm is %d bytes with brotli, budget %d (+%d)", file, m.Brotli, b.Brotli, m.Brotli-b.Brotli))
	}
	return over
}

// Report prints measured sizes next to the budget.
func (b *Budget) Report(w io.Writer, m Measured) {
	fmt.Fprintf(w, "%-34s %12s %12s %8s\n", "part", "measured", "budget", "used")
	row := func(name string, got, budget int) {
		fmt.Fprintf(w, "%-34s %12d %12d %7.1f%%\n", name, got, budget, 100*float64(got)/float64(budget))
	}
	for _, g := range b.Groups {
		row(g.Name, m.Code[g.Name], g.Bytes)
	}
	row("whole file", m.File, b.File)
	row("whole file, brotli", m.Brotli, b.Brotli)
}
