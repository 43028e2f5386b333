package exercise

import (
	"time"

	"whosaid/annotate/score"
)

// Every submission is kept as an attempt, so a teacher sees how a
// student got to their score (a perfect last attempt after an empty first
// one is worth a conversation); an exercise can also take one submission
// only.

// MaxAttempts is the most submissions a student may make of one exercise:
// more than anyone needs, and a bound on what a student can make the
// server store and on how far feedback can be used to probe the key.
const MaxAttempts = 20

// Attempt is one submission as the teacher sees it: when, how many claims,
// and its scores against the key as it was then (changing the key later
// does not rescore it).
type Attempt struct {
	N         int           `json:"n"`
	Submitted time.Time     `json:"submitted"`
	Claims    int           `json:"claims"`
	Found     int           `json:"found"`
	Partly    int           `json:"partly"`
	Missed    int           `json:"missed"`
	Strict    score.Figures `json:"strict"`
	Lenient   score.Figures `json:"lenient"`
}

// NewAttempt sums up a scored submission (N and Submitted are the
// caller's).
func NewAttempt(r *score.Report) Attempt {
	a := Attempt{Claims: r.StudentClaims, Strict: r.Strict, Lenient: r.Lenient}
	a.Found, a.Partly, a.Missed = outcomes(r)
	return a
}

// outcomes counts the key claims found, partly found and missed.
func outcomes(r *score.Report) (found, partly, missed int) {
	for _, k := range r.Keys {
		switch k.Outcome {
		case score.Found:
			found++
		case score.Partly:
			partly++
		case score.Missed:
			missed++
		}
	}
	return found, partly, missed
}
