package goldspec

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"whosaid/annotate"
)

// Load builds the gold set of NAME.spec and NAME.txt next to it; the
// document's title is NAME. A .txt path names the same pair.
func Load(path string) (*Article, error) {
	base := strings.TrimSuffix(strings.TrimSuffix(path, ".spec"), ".txt")
	a := &Article{Name: filepath.Base(base), Spec: base + ".spec", Text: base + ".txt"}
	spec, err := os.ReadFile(a.Spec)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (every article NAME.txt needs its annotations in NAME.spec)", a.Spec, errNotExist(err))
	}
	text, err := os.ReadFile(a.Text)
	if err != nil {
		return nil, fmt.Errorf("%s: %w (every NAME.spec needs its article in NAME.txt)", a.Text, errNotExist(err))
	}
	a.Set, err = Parse(a.Spec, string(spec), a.Text, string(text), a.Name)
	if err != nil {
		return nil, err
	}
	return a, nil
}

// Article is one gold article: its files and the set built from them.
type Article struct {
	Name       string // file name without extension
	Spec, Text string // paths
	Set        *annotate.Set
}

// errNotExist shortens "open x: no such file or directory" to its cause,
// since the message names the file already.
func errNotExist(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// Find lists the gold articles in the given files and folders (every
// NAME.txt or NAME.spec in a folder and its subfolders), one .spec path per
// article, sorted, without duplicates.
func Find(args []string) ([]string, error) {
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		base := strings.TrimSuffix(strings.TrimSuffix(p, ".spec"), ".txt")
		if !seen[base] {
			seen[base] = true
			out = append(out, base+".spec")
		}
	}
	for _, arg := range args {
		st, err := os.Stat(arg)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", arg, errNotExist(err))
		}
		if !st.IsDir() {
			if !strings.HasSuffix(arg, ".spec") && !strings.HasSuffix(arg, ".txt") {
				return nil, fmt.Errorf("%s: not a .txt or .spec file", arg)
			}
			add(arg)
			continue
		}
		err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && (strings.HasSuffix(p, ".spec") || strings.HasSuffix(p, ".txt")) {
				add(p)
			}
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(out)
	return out, nil
}
