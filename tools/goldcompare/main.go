// Command goldcompare prints the assistant's suggestions for one gold
// article next to its hand-made claims, to see why `make eval` scores what
// it does:
//
//	go run ./tools/goldcompare annotate/suggest/testdata/gold/dev/battery.json
package main

import (
	"fmt"
	"os"

	"whosaid/annotate"
	"whosaid/annotate/native"
	"whosaid/annotate/suggest"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: goldcompare GOLD.json")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "goldcompare:", err)
		os.Exit(1)
	}
	set, err := native.Decode(data)
	if err != nil {
		fmt.Fprintf(os.Stderr, "goldcompare: %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
	show(set)
}

func show(set *annotate.Set) {
	r := suggest.Suggest(set.Document)
	for _, s := range r.Speakers {
		fmt.Printf("SPEAKER %s %q kind=%s title=%q aliases=%v\n", s.ID, s.Name, s.Kind, s.Title, s.Aliases)
	}
	for _, s := range r.Suggestions {
		cue := ""
		if s.Claim.Cue != nil {
			cue = s.Claim.Cue.Exact
		}
		fmt.Printf("PRED %.2f %s %s cue=%q %q\n", s.Confidence, s.Claim.SpeakerID, s.Claim.Attribution, cue, s.Claim.Span.Exact)
	}
	for _, c := range set.Claims {
		fmt.Printf("GOLD %s %s %q\n", set.SpeakerName(c), c.Attribution, c.Span.Exact)
	}
}
