package annotate

import (
	"encoding/json"
	"time"
)

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
	// Origin is set on a claim imported from another tool's file.
	Origin *Origin `json:"origin,omitempty"`
	// Device is where the claim was last changed (a label such as "Chrome
	// on Linux · 3fa9"); empty when not known. A merge tells the user which
	// device a version came from with it.
	Device string `json:"device,omitempty"`
	// Conflicts are the versions of this claim's fields that lost a merge
	// (conflict.go): kept until the user picks one.
	Conflicts []Conflict `json:"conflicts,omitempty"`
}

// Origin is what an imported annotation was in the file it came from and
// whosaid has no field for: kept so that exporting it again gives that
// tool back its own annotation (the same id, not a duplicate).
type Origin struct {
	ID         string   `json:"id,omitempty"`         // the annotation's id (an IRI)
	Motivation []string `json:"motivation,omitempty"` // its motivation(s), as written
	Source     string   `json:"source,omitempty"`     // its target's source: the page it was made on
	// Bodies are the bodies whosaid has no field for (an image, a link, a
	// structured value), kept verbatim as JSON and written back on export.
	Bodies []json.RawMessage `json:"bodies,omitempty"`
}

// Equal tells whether two origins say the same (nil equals the empty one).
func (o *Origin) Equal(p *Origin) bool {
	var a, b Origin
	if o != nil {
		a = *o
	}
	if p != nil {
		b = *p
	}
	if a.ID != b.ID || a.Source != b.Source || len(a.Motivation) != len(b.Motivation) || len(a.Bodies) != len(b.Bodies) {
		return false
	}
	for i := range a.Motivation {
		if a.Motivation[i] != b.Motivation[i] {
			return false
		}
	}
	for i := range a.Bodies {
		if string(a.Bodies[i]) != string(b.Bodies[i]) {
			return false
		}
	}
	return true
}

func (o *Origin) clone() *Origin {
	if o == nil {
		return nil
	}
	c := *o
	if o.Motivation != nil {
		c.Motivation = append([]string{}, o.Motivation...)
	}
	if o.Bodies != nil {
		c.Bodies = make([]json.RawMessage, len(o.Bodies))
		for i, b := range o.Bodies {
			c.Bodies[i] = append(json.RawMessage{}, b...)
		}
	}
	return &c
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
