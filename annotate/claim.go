package annotate

import "time"

// AttributionType says how the text reports what the speaker said.
type AttributionType string

const (
	AttrDirect   AttributionType = "direct"   // a verbatim quote in quotation marks
	AttrIndirect AttributionType = "indirect" // reported speech, paraphrase
	AttrMixed    AttributionType = "mixed"    // a paraphrase with quoted fragments
)

// AttributionTypes lists every valid attribution type, in display order.
var AttributionTypes = []AttributionType{AttrDirect, AttrIndirect, AttrMixed}

// ClaimKind says what sort of statement a claim is.
type ClaimKind string

const (
	KindFact       ClaimKind = "fact" // checkable
	KindPrediction ClaimKind = "prediction"
	KindOpinion    ClaimKind = "opinion" // opinion or value judgement
	KindExperience ClaimKind = "experience"
	KindOther      ClaimKind = "other"
)

// ClaimKinds lists every valid claim kind, in display order.
var ClaimKinds = []ClaimKind{KindFact, KindPrediction, KindOpinion, KindExperience, KindOther}

// Claim is one statement in the text and who made it.
type Claim struct {
	ID          string          `json:"id"`
	Span        Span            `json:"span"`
	SpeakerID   string          `json:"speaker,omitempty"` // empty: unattributed
	Attribution AttributionType `json:"attribution"`
	Cue         *Span           `json:"cue,omitempty"`      // the reporting verb: "said", "according to"
	Mentions    []Span          `json:"mentions,omitempty"` // where the text names the speaker
	Kind        ClaimKind       `json:"kind"`
	Note        string          `json:"note,omitempty"`
	Tags        []string        `json:"tags,omitempty"`
	// Orphan marks a claim whose quote could not be placed with confidence in
	// the current text; it is kept and shown, never silently moved or dropped.
	Orphan   bool      `json:"orphan,omitempty"`
	Created  time.Time `json:"created"`
	Modified time.Time `json:"modified"`
	Creator  string    `json:"creator,omitempty"`
	// Device is where the claim was last changed (a label such as "Chrome
	// on Linux · 3fa9"); empty when not known. A merge tells the user which
	// device a version came from with it.
	Device string `json:"device,omitempty"`
	// Conflicts are the versions of this claim's fields that lost a merge
	// (conflict.go): kept until the user picks one.
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// Spans lists the claim's content span, cue and mentions, for anchoring.
func (c *Claim) Spans() []*Span {
	out := []*Span{&c.Span}
	if c.Cue != nil {
		out = append(out, c.Cue)
	}
	for i := range c.Mentions {
		out = append(out, &c.Mentions[i])
	}
	return out
}
