package w3c

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"whosaid/annotate"
)

// Export writes the set as one W3C AnnotationCollection (JSON-LD) with one
// Annotation per claim, in set order. It fails, listing every problem, on a
// set it cannot write faithfully: a claim without id, a claim whose speaker
// is not in the set, or a time outside years 0000–9999.
func Export(s *annotate.Set) ([]byte, error) {
	if s == nil {
		return nil, annotate.Problems{{Message: "no annotation set"}}
	}
	var ps annotate.Problems
	doc := &s.Document
	src := DocumentURI(doc)
	items := make([]annotation, 0, len(s.Claims))
	for i := range s.Claims {
		items = append(items, exportClaim(&ps, fmt.Sprintf("claims[%d]", i), s, &s.Claims[i], src))
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	speakers := s.Speakers
	if speakers == nil {
		speakers = []annotate.Speaker{}
	}
	c := collection{
		Context:  ldContext,
		ID:       collectionURI(doc),
		Type:     "AnnotationCollection",
		Label:    doc.Title,
		Total:    len(items),
		Format:   s.Format,
		Document: *doc,
		Speakers: speakers,
		First: page{
			ID:    collectionURI(doc) + ":page:0",
			Type:  "AnnotationPage",
			Items: items,
		},
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // quotes are prose: keep <, > and & readable
	enc.SetIndent("", "  ")
	if err := enc.Encode(c); err != nil {
		return nil, fmt.Errorf("w3c export: %w", err)
	}
	return buf.Bytes(), nil
}

func exportClaim(ps *annotate.Problems, path string, s *annotate.Set, c *annotate.Claim, src string) annotation {
	if c.ID == "" {
		ps.Add(path+".id", "missing (it names the annotation)")
	}
	a := annotation{
		Context:    ldContext,
		ID:         annotationURI(&s.Document, c.ID),
		Type:       "Annotation",
		Motivation: Motivation,
		Created:    exportTime(ps, path+".created", c.Created),
		Modified:   exportTime(ps, path+".modified", c.Modified),
		Target: target{
			Source: src,
			Selector: []any{
				quoteSelector{Type: "TextQuoteSelector", Exact: c.Span.Exact, Prefix: c.Span.Prefix, Suffix: c.Span.Suffix},
				positionSelector{Type: "TextPositionSelector", Start: c.Span.Start, End: c.Span.End},
			},
		},
		ClaimID:  c.ID,
		Orphan:   c.Orphan,
		Cue:      c.Cue,
		Mentions: c.Mentions,
	}
	if c.Creator != "" {
		a.Creator = &agent{Type: "Person", Name: c.Creator}
	}
	if c.SpeakerID != "" {
		sp, ok := s.Speaker(c.SpeakerID)
		if !ok {
			ps.Add(path+".speaker", "%q is not the id of any speaker", c.SpeakerID)
		} else {
			rec := *sp
			a.Body = append(a.Body, textBody(PurposeSpeaker, sp.Name, "", &rec))
		}
	}
	if c.Attribution != "" {
		a.Body = append(a.Body, textBody(PurposeClass, string(c.Attribution), FieldAttribution, nil))
	}
	if c.Kind != "" {
		a.Body = append(a.Body, textBody(PurposeClass, string(c.Kind), FieldKind, nil))
	}
	if c.Note != "" {
		a.Body = append(a.Body, textBody(PurposeNote, c.Note, "", nil))
	}
	for _, t := range c.Tags {
		a.Body = append(a.Body, textBody(PurposeTag, t, "", nil))
	}
	return a
}

func textBody(purpose, value, field string, sp *annotate.Speaker) body {
	return body{Type: "TextualBody", Purpose: purpose, Value: value, Format: "text/plain", Field: field, Speaker: sp}
}

// exportTime writes an xsd:dateTime keeping the time's own offset; the zero
// time (never set) is left out.
func exportTime(ps *annotate.Problems, path string, t time.Time) string {
	if t.IsZero() {
		return ""
	}
	if y := t.Year(); y < 0 || y > 9999 {
		ps.Add(path, "year %d cannot be written as an xsd:dateTime", y)
		return ""
	}
	if _, off := t.Zone(); off%60 != 0 {
		t = t.UTC() // RFC 3339 offsets have no seconds: keep the instant
	}
	return t.Format(time.RFC3339Nano)
}
