package w3c

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"whosaid/annotate"
)

// Options change how Export writes a set for tools that expect something
// else than the W3C's defaults.
type Options struct {
	// Flat writes a plain JSON array of annotations, as Recogito,
	// Annotorious and most JavaScript tools load, instead of an
	// AnnotationCollection. The document and the speakers no claim names
	// are not in it: importing it back needs the article.
	Flat bool
	// UTF16 counts TextPositionSelector offsets in UTF-16 units, as
	// JavaScript strings do, instead of code points (the W3C model's
	// unit). whosaid's import notices and converts them back.
	UTF16 bool
}

// Export writes the set as one W3C AnnotationCollection (JSON-LD) with one
// Annotation per claim, in set order. It fails, listing every problem, on a
// set it cannot write faithfully: a claim without id, a claim whose speaker
// is not in the set, or a time outside years 0000–9999.
func Export(s *annotate.Set) ([]byte, error) { return ExportWith(s, Options{}) }

// ExportWith is Export with options.
func ExportWith(s *annotate.Set, opt Options) ([]byte, error) {
	if s == nil {
		return nil, annotate.Problems{{Message: "no annotation set"}}
	}
	var ps annotate.Problems
	doc := &s.Document
	src := DocumentURI(doc)
	var ix *annotate.TextIndex
	if opt.UTF16 {
		ix = annotate.NewTextIndex(doc.Text())
	}
	items := make([]annotation, 0, len(s.Claims))
	for i := range s.Claims {
		items = append(items, exportClaim(&ps, fmt.Sprintf("claims[%d]", i), s, &s.Claims[i], src, ix))
	}
	if err := ps.Err(); err != nil {
		return nil, err
	}
	if opt.Flat {
		return encodeJSON(items)
	}
	speakers := s.Speakers
	if speakers == nil {
		speakers = []annotate.Speaker{}
	}
	return encodeJSON(collection{
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
	})
}

// encodeJSON writes two-space indented JSON with <, > and & as they are
// (quotes are prose) and a final newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, fmt.Errorf("w3c export: %w", err)
	}
	return buf.Bytes(), nil
}

func exportClaim(ps *annotate.Problems, path string, s *annotate.Set, c *annotate.Claim, src string, ix *annotate.TextIndex) annotation {
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
		Target:     target{Source: src, Selector: selectors(c, ix)},
		ClaimID:    c.ID,
		Orphan:     c.Orphan,
		Cue:        c.Cue,
		Mentions:   c.Mentions,
	}
	if c.Orphan {
		a.LastPosition = &offsets{c.Span.Start, c.Span.End}
	}
	if o := c.Origin; o != nil {
		// An imported annotation goes back with its own identity.
		if isIRI(o.ID) {
			a.ID = o.ID
		} else {
			a.OriginalID = o.ID // W3C ids are IRIs: this one is kept aside
		}
		switch len(o.Motivation) {
		case 0:
		case 1:
			a.Motivation = o.Motivation[0]
		default:
			a.Motivation = o.Motivation
		}
		if o.Source != "" {
			a.Target.Source = o.Source
		}
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
	if c.Origin != nil {
		for _, b := range c.Origin.Bodies {
			a.Body = append(a.Body, b)
		}
	}
	return a
}

// selectors describe the claim's span: a quote and its position. An
// orphan's position is not where its quote is, so it gets the quote alone
// (other tools then look for it, and do not highlight a wrong place); its
// last known offsets go in whosaid:lastPosition.
func selectors(c *annotate.Claim, ix *annotate.TextIndex) []any {
	q := quoteSelector{Type: "TextQuoteSelector", Exact: c.Span.Exact, Prefix: c.Span.Prefix, Suffix: c.Span.Suffix}
	if c.Orphan {
		return []any{q}
	}
	start, end := c.Span.Start, c.Span.End
	if ix != nil {
		if u, err := ix.UTF16(start); err == nil {
			start = u
		}
		if u, err := ix.UTF16(end); err == nil {
			end = u
		}
	}
	return []any{q, positionSelector{Type: "TextPositionSelector", Start: start, End: end}}
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
