package score

import "whosaid/annotate"

// Report is how a student's set compares with the key.
type Report struct {
	KeyClaims     int `json:"keyClaims"`     // counted: required ones plus optional ones found
	StudentClaims int `json:"studentClaims"` // all the student's claims
	Exact         int `json:"exact"`         // key claims found with an accepted span, exactly
	Matched       int `json:"matched"`       // key claims paired with a student claim at all

	Strict  Figures `json:"strict"`  // exact spans only
	Lenient Figures `json:"lenient"` // partial credit from token overlap

	Speaker     Accuracy `json:"speaker"`
	Attribution Accuracy `json:"attribution"` // direct / indirect / mixed
	Kind        Accuracy `json:"kind"`        // fact / opinion / …

	Keys   []KeyResult `json:"keys"`   // one per key claim, in document order
	Extras []Extra     `json:"extras"` // student claims paired with no key claim, in document order
}

// Figures are precision, recall and F1, each in 0..1.
type Figures struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Accuracy counts right answers on paired claims where the key gives an
// answer: over every pair (lenient) and over exactly found claims only
// (strict). A rate with nothing scored is 0; the counts tell.
type Accuracy struct {
	Right        int     `json:"right"`
	Scored       int     `json:"scored"`
	Rate         float64 `json:"rate"`
	StrictRight  int     `json:"strictRight"`
	StrictScored int     `json:"strictScored"`
	StrictRate   float64 `json:"strictRate"`
}

// Outcome is what became of one key claim.
type Outcome string

const (
	Found   Outcome = "found"   // a student claim has an accepted span, exactly
	Partly  Outcome = "partly"  // a student claim overlaps it
	Missed  Outcome = "missed"  // nothing overlaps it (or what did was paired elsewhere)
	Skipped Outcome = "skipped" // optional and not found: not counted
)

// Verdict is whether a label on a paired claim agrees with the key.
type Verdict string

const (
	Right     Verdict = "right"
	Wrong     Verdict = "wrong"
	NotScored Verdict = "" // missed claim, or the key leaves the label empty
)

// KeyResult is the outcome for one key claim.
type KeyResult struct {
	KeyID     string  `json:"key"`
	Optional  bool    `json:"optional,omitempty"`
	Outcome   Outcome `json:"outcome"`
	StudentID string  `json:"student,omitempty"` // the paired student claim
	// Tokens of the key span (the accepted span that fits best), of the
	// student span and shared by both; Coverage = Shared / KeyTokens.
	KeyTokens     int     `json:"keyTokens"`
	StudentTokens int     `json:"studentTokens,omitempty"`
	Shared        int     `json:"shared,omitempty"`
	Coverage      float64 `json:"coverage"`

	Speaker     Verdict `json:"speaker,omitempty"`
	Attribution Verdict `json:"attribution,omitempty"`
	Kind        Verdict `json:"kind,omitempty"`
	// Names for display: the key speaker's and the student's ("" for none).
	KeySpeaker     string `json:"keySpeaker,omitempty"`
	StudentSpeaker string `json:"studentSpeaker,omitempty"`
}

// Extra is a student claim paired with no key claim.
type Extra struct {
	StudentID string        `json:"student"`
	Span      annotate.Span `json:"span"`
	// Overlaps lists the key claims it touches (each was paired with a
	// better-fitting student claim); empty when it touches none.
	Overlaps []string `json:"overlaps,omitempty"`
}
