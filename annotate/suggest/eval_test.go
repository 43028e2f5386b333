package suggest

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// loadGold scores the suggestions on every gold article of one folder.
func loadGold(t testing.TB, dir string) []Named {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata/gold", dir, "*.json"))
	if len(files) == 0 {
		t.Fatalf("testdata/gold/%s: no gold sets", dir)
	}
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
		r := Suggest(set.Document)
		rows = append(rows, Named{Name: strings.TrimSuffix(filepath.Base(f), ".json"), Scores: Evaluate(&set, r), Outcomes: Judge(&set, r)})
	}
	return rows
}

// devHalves splits the dev articles in two, fixed before the second tuning
// round (each half has some of the articles added after the first round,
// the rest alternating in name order; the eight of the third round's new
// annotator by kind: a profile, a feature and a story of many
// organizations or rivals in each, the Q&A in the check half): rules are tuned on the first and
// checked on the second, so a change that helps only the articles it was
// tuned on shows as a gap between the halves.
var devHalves = [2][]string{
	{"breach-doorbell", "feature-nightbus", "gulf-warming", "quabbin-show", "strike-foundry", "barents-talks", "bridge",
		"council-bikelanes", "farm-fodder", "huntington-drug", "merger-snacks", "okafor-injury", "profile-projectionist",
		"rate-hold", "school-fourday", "tavern-shooting",
		"branch", "exoplanet", "nurses-strike", "recall", "truce",
		"d2-hillfarm", "d2-surgeon", "d2-diner", "d2-takeover",
		"v5-business-biscuits", "v5-council-housing", "v5-feature-fishing", "v5-intl-ceasefire", "v5-sport-derby",
		"v6-business-bankresults", "v6-feature-bakery", "v6-interview-firefighter", "v6-localgov-schoolbudget", "v6-science-comet",
		"v7-business-hartwells", "v7-env-drought", "v7-health-youth-mental", "v7-intl-trade-summit", "v7-sport-cycling"},
	{"coach-profile", "football-vale", "legionnaires-outbreak", "ridge-fire", "battery", "chad-refugees", "court-pension",
		"flu", "maple-bridge", "night-bus", "primary-poll", "rail-strike", "sample", "seagrass-study",
		"charter", "glazier", "rezoning", "sacking", "windfarm",
		"d2-striker", "d2-novelist", "d2-flood", "d2-mayorrace",
		"v5-court-foodbank", "v5-disaster-flood", "v5-health-waits", "v5-interview-novelist", "v5-science-moths",
		"v6-court-dataleak", "v6-health-lymevaccine", "v6-intl-election", "v6-politics-heathearing", "v6-sports-basketball",
		"v7-court-zoning", "v7-feature-rural-doctor", "v7-interview-chess", "v7-localgov-busfare", "v7-science-bathhouse"},
}

// halfTable sums the dev rows by half, and gives the precision of each
// kind of evidence (and of each form of claim) in each half.
func halfTable(rows []Named) string {
	var sums [2]Scores
	var outs [2][]Outcome
	for _, r := range rows {
		for h, names := range devHalves {
			if slices.Contains(names, r.Name) {
				sums[h] = sums[h].Add(r.Scores)
				outs[h] = append(outs[h], r.Outcomes...)
			}
		}
	}
	names := []string{"tuning (" + itoa(len(devHalves[0])) + ")", "check (" + itoa(len(devHalves[1])) + ")"}
	return Table("DEV HALVES", []Named{{Name: names[0], Scores: sums[0]}, {Name: names[1], Scores: sums[1]}}) + "\n" +
		EvidenceTable("BY EVIDENCE", names, outs[:], false) + "\n" +
		EvidenceTable("BY FORM", names, outs[:], true)
}

var goldTitles = map[string]string{
	"dev":     "DEV (testdata/gold/dev: may be read while working on the rules)",
	"heldout": "HELD-OUT (testdata/gold/heldout: never read while working on the rules)",
}

// TestEvalQuality holds the extractor to the quality the project promises
// on articles it has not seen (issue 15's aims), on each gold folder:
// overlap F1 ≥ 0.90 with precision ≥ 0.95, exact-span F1 ≥ 0.70,
// attribution accuracy ≥ 0.92 and high-confidence suggestions ≥ 97% right.
// The dev figures are well above these (the rules were tuned on dev), so
// the test guards against regressions; the promise itself is measured on
// held-out articles. `make eval` prints the tables, dev and held-out apart.
//
// On held-out articles high-confidence suggestions are 97% right (415/427
// on 31 articles after round 6; 143/146 on the 10 added last): the floor
// below is a point under that, so one article more or less does not fail
// the build while a real regression does (docs/suggest.md).
var highFloor = map[string]float64{"dev": 0.97, "heldout": 0.96}

func TestEvalQuality(t *testing.T) {
	for _, dir := range goldDirs {
		// One subtest per folder: `-run TestEvalQuality/dev` scores dev
		// alone, so tuning never has to print held-out rows.
		t.Run(dir, func(t *testing.T) {
			rows := loadGold(t, dir)
			fmt.Print(Table(goldTitles[dir], rows), "\n")
			if dir == "dev" {
				fmt.Print(halfTable(rows), "\n")
			}
			var all Scores
			for _, r := range rows {
				all = all.Add(r.Scores)
			}
			if p, _, f := all.OverlapPRF(); f < 0.90 || p < 0.95 {
				t.Errorf("%s: overall overlap precision %.2f, F1 %.2f; want ≥ 0.95 and ≥ 0.90", dir, p, f)
			}
			if _, _, f := all.ExactPRF(); f < 0.70 {
				t.Errorf("%s: overall exact-span F1 = %.2f, want ≥ 0.70", dir, f)
			}
			if a := all.Attribution(); a < 0.92 {
				t.Errorf("%s: overall attribution accuracy = %.2f, want ≥ 0.92", dir, a)
			}
			if h := all.HighPrecision(); h < highFloor[dir] {
				t.Errorf("%s: high-confidence suggestions right = %.2f, want ≥ %.2f", dir, h, highFloor[dir])
			}
		})
	}
}

// TestEvaluateByHand: two gold claims, three suggestions worked out by hand.
// Text: Ann said “taxes will rise.” Bob said the plan is bad.
//   - s1 “taxes will rise.” by Ann, high: exact after trimming, right speaker;
//   - s2 "plan is" by Ann, high: overlaps gold 2, wrong speaker;
//   - s3 "Ann said" by Bob, low: overlaps nothing.
func TestEvaluateByHand(t *testing.T) {
	text := "Ann said “taxes will rise.” Bob said the plan is bad."
	doc := annotate.DocumentFromText(annotate.Document{}, text)
	ix := annotate.NewTextIndex(doc.Text())
	at := func(s string) annotate.Span {
		b := strings.Index(text, s)
		start, _ := ix.FromByte(b)
		return annotate.MakeSpan(ix, start, start+annotate.RuneLen(s))
	}
	gold := annotate.NewSet(doc)
	gold.Speakers = []annotate.Speaker{{ID: "a", Name: "Ann Lee", Kind: annotate.SpeakerPerson}, {ID: "b", Name: "Bob", Kind: annotate.SpeakerPerson}}
	gold.Claims = []annotate.Claim{{ID: "g1", Span: at("taxes will rise"), SpeakerID: "a"}, {ID: "g2", Span: at("the plan is bad"), SpeakerID: "b"}}
	r := Result{
		Speakers: []annotate.Speaker{{ID: "x", Name: "Ann Lee", Kind: annotate.SpeakerPerson}, {ID: "y", Name: "Bob", Kind: annotate.SpeakerPerson}},
		Suggestions: []Suggestion{
			{Claim: annotate.Claim{Span: at("“taxes will rise.”"), SpeakerID: "x"}, Confidence: 0.9},
			{Claim: annotate.Claim{Span: at("plan is"), SpeakerID: "x"}, Confidence: 0.85},
			{Claim: annotate.Claim{Span: at("Ann said"), SpeakerID: "y"}, Confidence: 0.5},
		},
	}
	got := Evaluate(gold, r)
	want := Scores{Gold: 2, Predicted: 3, Exact: 1, Overlap: 2, SpeakerRight: 1, High: 2, HighRight: 1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("scores (-want +got):\n%s", diff)
	}
	wantOut := []Outcome{{High: true, Right: true, Gold: 0}, {High: true, Gold: 1}, {Gold: -1}}
	if diff := cmp.Diff(wantOut, Judge(gold, r)); diff != "" {
		t.Errorf("outcomes (-want +got):\n%s", diff)
	}
	table := EvidenceTable("T", []string{"a", "b"}, [][]Outcome{{{Evidence: EvidenceName, High: true, Right: true}, {Evidence: EvidenceName}}, {{Evidence: EvidencePronoun, High: true}}}, false)
	wantTable := "T (right/all, high-confidence right/high)\n" +
		"kind         " + padRight(" a", 34) + padRight(" b", 34) + "\n" +
		"name         " + " 0.50 (1/2)       1.00 (1/1)      " + " -                -               " + "\n" +
		"pronoun      " + " -                -               " + " 0.00 (0/1)       0.00 (0/1)      " + "\n"
	if diff := cmp.Diff(wantTable, table); diff != "" {
		t.Errorf("evidence table (-want +got):\n%s", diff)
	}
	if hp := got.HighPrecision(); hp != 0.5 {
		t.Errorf("HighPrecision = %v, want 0.5", hp)
	}
	if hp := (Scores{}).HighPrecision(); hp != 1 {
		t.Errorf("HighPrecision with no high-confidence suggestion = %v, want 1", hp)
	}
}

// TestDevHalvesCoverDev: every dev article is in exactly one half.
func TestDevHalvesCoverDev(t *testing.T) {
	files, _ := filepath.Glob("testdata/gold/dev/*.txt")
	var names []string
	for _, f := range files {
		names = append(names, strings.TrimSuffix(filepath.Base(f), ".txt"))
	}
	halves := slices.Sorted(slices.Values(slices.Concat(devHalves[0], devHalves[1])))
	if diff := cmp.Diff(names, halves); diff != "" {
		t.Errorf("dev halves (-dev articles +halves):\n%s", diff)
	}
}
