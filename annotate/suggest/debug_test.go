package suggest

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"whosaid/annotate"
)

// TestDebugGold prints suggestions next to the gold set of one article
// (WHOSAID_DEBUG=battery go test -run TestDebugGold -v); it checks nothing
// else and does nothing without the variable.
func TestDebugGold(t *testing.T) {
	name := os.Getenv("WHOSAID_DEBUG")
	if name == "" {
		return
	}
	data, err := os.ReadFile("testdata/gold/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	var set annotate.Set
	if err := json.Unmarshal(data, &set); err != nil {
		t.Fatal(err)
	}
	r := Suggest(set.Document)
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
