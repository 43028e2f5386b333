// Command goldeval scores the attribution assistant on gold articles kept
// outside the repository (NAME.txt + NAME.spec pairs, docs/guidelines.md
// appendix), with the tables `make eval` prints: per article and overall,
// then the precision by evidence and by form of claim.
//
//	go run ./tools/goldeval /path/to/new-articles
//	go run ./tools/goldeval -v /path/to/new-articles   # every suggestion and miss
//
// With -v it also lists each suggestion (right, wrong speaker, or no gold
// claim; high-confidence or not; its evidence, form and speakers) and each
// gold claim nothing overlaps, to see what a calibration set teaches.
// The committed held-out set (testdata/gold/heldout) is refused: it is
// scored only by `make eval`, once a round, so that nobody reads its rows.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"whosaid/annotate"
	"whosaid/annotate/goldspec"
	"whosaid/annotate/suggest"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("goldeval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	verbose := fs.Bool("v", false, "list every suggestion and every missed gold claim")
	if err := fs.Parse(args); err != nil || fs.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: goldeval [-v] FOLDER_OR_FILE…  (scores NAME.txt + NAME.spec pairs)")
		return 2
	}
	for _, a := range fs.Args() {
		if abs, err := filepath.Abs(a); err == nil && strings.Contains(filepath.ToSlash(abs)+"/", "/testdata/gold/heldout/") {
			fmt.Fprintf(stderr, "goldeval: %s: the held-out set is scored only by make eval\n", a)
			return 2
		}
	}
	specs, err := goldspec.Find(fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "goldeval:", err)
		return 1
	}
	if len(specs) == 0 {
		fmt.Fprintf(stderr, "goldeval: no gold articles (NAME.txt with NAME.spec) in %s\n", strings.Join(fs.Args(), ", "))
		return 1
	}
	var rows []suggest.Named
	var outs []suggest.Outcome
	for _, spec := range specs {
		a, err := goldspec.Load(spec)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		r := suggest.Suggest(a.Set.Document)
		row := suggest.Named{Name: a.Name, Scores: suggest.Evaluate(a.Set, r), Outcomes: suggest.Judge(a.Set, r)}
		rows, outs = append(rows, row), append(outs, row.Outcomes...)
		if *verbose {
			list(stdout, a.Name, a.Set, r, row.Outcomes)
		}
	}
	fmt.Fprint(stdout, suggest.Table(strings.Join(fs.Args(), " "), rows), "\n",
		suggest.EvidenceTable("BY EVIDENCE", []string{"all"}, [][]suggest.Outcome{outs}, false), "\n",
		suggest.EvidenceTable("BY FORM", []string{"all"}, [][]suggest.Outcome{outs}, true))
	return 0
}

// list prints one line per suggestion and per gold claim nothing overlaps:
// the article, RIGHT / SPEAKER (wrong speaker) / EXTRA (no gold claim) /
// MISSED, HIGH or low with the confidence, evidence, form, speakers and
// the span's first words.
func list(w io.Writer, name string, gold *annotate.Set, r suggest.Result, outs []suggest.Outcome) {
	names := map[string]string{}
	for _, s := range r.Speakers {
		names[s.ID] = s.Name
	}
	paired := map[int]bool{}
	for i, s := range r.Suggestions {
		o := outs[i]
		mark, want := "EXTRA", ""
		if o.Gold >= 0 {
			paired[o.Gold] = true
			mark, want = "SPEAKER", gold.SpeakerName(gold.Claims[o.Gold])
			if o.Right {
				mark = "RIGHT"
			}
		}
		high := "low "
		if o.High {
			high = "HIGH"
		}
		fmt.Fprintf(w, "%s %-7s %s %.2f %-12s %-48s %q gold=%q %q\n", name, mark, high, s.Confidence, o.Evidence, o.Reason,
			names[s.Claim.SpeakerID], want, clip(s.Claim.Span.Exact))
	}
	for i, c := range gold.Claims {
		if !paired[i] {
			fmt.Fprintf(w, "%s %-7s gold=%q %q\n", name, "MISSED", gold.SpeakerName(c), clip(c.Span.Exact))
		}
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}
