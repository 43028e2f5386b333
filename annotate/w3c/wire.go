package w3c

import (
	"encoding/json"

	"whosaid/annotate"
)

// The exported shapes. Field order here is the order in the file.

type collection struct {
	Context  json.RawMessage    `json:"@context"`
	ID       string             `json:"id"`
	Type     string             `json:"type"`
	Label    string             `json:"label,omitempty"`
	Total    int                `json:"total"`
	Format   int                `json:"whosaid:format"`
	Document annotate.Document  `json:"whosaid:document"`
	Speakers []annotate.Speaker `json:"whosaid:speakers"`
	First    page               `json:"first"`
}

type page struct {
	ID         string       `json:"id"`
	Type       string       `json:"type"`
	StartIndex int          `json:"startIndex"`
	Items      []annotation `json:"items"`
}

type annotation struct {
	Context      json.RawMessage `json:"@context"`
	ID           string          `json:"id"`
	Type         string          `json:"type"`
	Motivation   any             `json:"motivation"` // one string, or the imported list
	Created      string          `json:"created,omitempty"`
	Modified     string          `json:"modified,omitempty"`
	Creator      *agent          `json:"creator,omitempty"`
	Body         []any           `json:"body,omitempty"` // body, or a kept body (json.RawMessage)
	Target       target          `json:"target"`
	ClaimID      string          `json:"whosaid:claimId"`
	OriginalID   string          `json:"whosaid:originalId,omitempty"` // an imported id that is no IRI
	Orphan       bool            `json:"whosaid:orphan,omitempty"`
	LastPosition *offsets        `json:"whosaid:lastPosition,omitempty"`
	Cue          *annotate.Span  `json:"whosaid:cue,omitempty"`
	Mentions     []annotate.Span `json:"whosaid:mentions,omitempty"`
}

// offsets are an orphan's last known code-point offsets: not a
// TextPositionSelector, which other tools would highlight.
type offsets struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

type agent struct {
	Type string `json:"type"`
	Name string `json:"name"`
}

type body struct {
	Type    string            `json:"type"`
	Purpose string            `json:"purpose"`
	Value   string            `json:"value"`
	Format  string            `json:"format"`
	Field   string            `json:"whosaid:field,omitempty"`
	Speaker *annotate.Speaker `json:"whosaid:speaker,omitempty"`
}

type target struct {
	Source   string `json:"source"`
	Selector []any  `json:"selector"`
}

// quoteSelector always writes prefix and suffix, even empty, so that an
// import can tell "no context given" (fill it from the text) from "no
// context there".
type quoteSelector struct {
	Type   string `json:"type"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix"`
	Suffix string `json:"suffix"`
}

type positionSelector struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}
