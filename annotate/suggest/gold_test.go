package suggest

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"whosaid/annotate/goldspec"
)

var update = flag.Bool("update", false, "rewrite testdata/gold/*/*.json from the .spec files")

// goldDirs are the gold folders: dev is used while working on the rules,
// heldout never (it measures the rules on articles they were not made on).
var goldDirs = []string{"dev", "heldout"}

// TestGoldFromSpec turns the hand-written .spec files of every gold folder
// into native gold sets (go test -run TestGoldFromSpec -update); without
// -update it checks that the committed JSON matches its spec. The rules of
// the spec format are package goldspec's, which tools/goldcheck shares.
func TestGoldFromSpec(t *testing.T) {
	for _, dir := range goldDirs {
		specs, err := goldspec.Find([]string{filepath.Join("testdata/gold", dir)})
		if err != nil || len(specs) == 0 {
			t.Fatalf("testdata/gold/%s: no gold articles (%v)", dir, err)
		}
		for _, spec := range specs {
			a, err := goldspec.Load(spec)
			if err != nil {
				t.Errorf("%v", err)
				continue
			}
			data, _ := json.MarshalIndent(a.Set, "", "  ")
			data = append(data, '\n')
			base := strings.TrimSuffix(spec, ".spec")
			if *update {
				if err := os.WriteFile(base+".json", data, 0o644); err != nil {
					t.Fatal(err)
				}
				continue
			}
			if old, err := os.ReadFile(base + ".json"); err != nil || string(old) != string(data) {
				t.Errorf("%s.json is out of date with its spec: run go test -run TestGoldFromSpec -update ./annotate/suggest/", base)
			}
		}
	}
}

// TestGoldSetsAreSeparate: no article is in both folders, so nothing tuned
// on dev is counted as held out.
func TestGoldSetsAreSeparate(t *testing.T) {
	texts := map[string]string{}
	for _, dir := range goldDirs {
		files, _ := filepath.Glob(filepath.Join("testdata/gold", dir, "*.txt"))
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if other, dup := texts[string(data)]; dup {
				t.Errorf("%s is the same article as %s", f, other)
			}
			texts[string(data)] = f
		}
	}
}
