package anchor

import (
	"fmt"
	"strings"
)

// Method says how a span was found again in the new text.
type Method string

const (
	Exact  Method = "exact"  // the quote is still at its old position
	Moved  Method = "moved"  // the quote is intact elsewhere
	Fuzzy  Method = "fuzzy"  // an approximate match of the quote
	Orphan Method = "orphan" // no confident place: kept with its old span
)

// Methods lists every method, in report order.
var Methods = []Method{Exact, Moved, Fuzzy, Orphan}

// Result is what happened to one claim, identified by its content span.
// Score is the confidence of the place (1: unchanged; at least MinScore when
// placed); for an orphan it is that of the best place considered, or 0.
// NewStart is -1 for an orphan.
type Result struct {
	ClaimID  string
	Method   Method
	Score    float64
	OldStart int
	NewStart int
	// Lost counts the claim's cue and mention spans that could not be placed
	// and were removed from the re-anchored claim (its content span was).
	Lost int
	// Reason says why an orphan could not be placed; empty otherwise.
	Reason string
}

// Report lists one result per claim, in the set's claim order.
type Report struct {
	Results []Result
}

// Counts tallies the results by method; every method has an entry.
func (r Report) Counts() map[Method]int {
	c := make(map[Method]int, len(Methods))
	for _, m := range Methods {
		c[m] = 0
	}
	for _, res := range r.Results {
		c[res.Method]++
	}
	return c
}

// Summary is a one-line tally: "12 exact, 3 moved, 1 fuzzy, 0 orphan".
func (r Report) Summary() string {
	c := r.Counts()
	parts := make([]string, len(Methods))
	for i, m := range Methods {
		parts[i] = fmt.Sprintf("%d %s", c[m], m)
	}
	return strings.Join(parts, ", ")
}
