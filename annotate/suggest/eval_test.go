package suggest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"whosaid/annotate"
)

func loadGold(t testing.TB) []Named {
	t.Helper()
	files, _ := filepath.Glob("testdata/gold/*.json")
	var rows []Named
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var set annotate.Set
		if err := json.Unmarshal(data, &set); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		rows = append(rows, Named{Name: strings.TrimSuffix(filepath.Base(f), ".json"), Scores: Evaluate(&set, Suggest(set.Document))})
	}
	return rows
}

// TestEvalQuality holds the extractor to the quality the project promises
// on the gold set: overlap F1 ≥ 0.85 and attribution accuracy ≥ 0.90.
// `make eval` prints the table.
func TestEvalQuality(t *testing.T) {
	rows := loadGold(t)
	fmt.Print(Table(rows))
	var all Scores
	for _, r := range rows {
		all = all.Add(r.Scores)
	}
	if _, _, f := all.OverlapPRF(); f < 0.85 {
		t.Errorf("overall overlap F1 = %.2f, want ≥ 0.85", f)
	}
	if a := all.Attribution(); a < 0.90 {
		t.Errorf("overall attribution accuracy = %.2f, want ≥ 0.90", a)
	}
}
