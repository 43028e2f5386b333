package w3c

import (
	"encoding/json"
	"strings"
	"time"

	"whosaid/annotate"
)

// annotation reads one Annotation into a claim.
func (im *importer) annotation(v any, path string) annotate.Claim {
	var c annotate.Claim
	a, ok := v.(object)
	if !ok {
		im.r.add(path, "want an annotation object, got %s", kind(v))
		return c
	}
	if !hasType(a, "Annotation") {
		im.r.add(join(path, "type"), "want \"Annotation\", got %s", describe(typeOf(a)))
	}
	own, ours := im.r.str(a, "whosaid:claimId", path)
	if !ours {
		own, _ = im.r.str(a, "id", path)
	}
	c.ID = im.claimID(own, ours)
	c.Created = im.time(a, "created", path)
	c.Modified = im.time(a, "modified", path)
	c.Creator = im.creator(a["creator"], join(path, "creator"))
	if o, ok := a["whosaid:orphan"]; ok {
		b, isBool := o.(bool)
		if !isBool {
			im.r.add(join(path, "whosaid:orphan"), "want true or false, got %s", kind(o))
		}
		c.Orphan = b
	}
	c.Span, c.Orphan = im.target(a, path, c.Orphan)
	if cue, ok := a["whosaid:cue"]; ok && cue != nil {
		sp := im.span(cue, join(path, "whosaid:cue"))
		c.Cue = &sp
	}
	if ms, ok := a["whosaid:mentions"]; ok && ms != nil {
		l, isList := ms.([]any)
		if !isList {
			im.r.add(join(path, "whosaid:mentions"), "want an array, got %s", kind(ms))
		}
		for i, m := range l {
			c.Mentions = append(c.Mentions, im.span(m, idx(join(path, "whosaid:mentions"), ms, i)))
		}
	}
	motivation := im.r.strs(a, "motivation", path)
	var notes []string
	bv := a["body"]
	for i, b := range list(bv) {
		im.body(&c, b, idx(join(path, "body"), bv, i), motivation, &notes)
	}
	if s, ok := im.r.str(a, "bodyValue", path); ok {
		notes = append(notes, s)
	}
	c.Note = strings.Join(notes, "\n")
	if c.Attribution == "" {
		c.Attribution = annotate.AttrIndirect
		if startsWithQuoteMark(c.Span.Exact) {
			c.Attribution = annotate.AttrDirect
		}
	}
	if c.Kind == "" {
		c.Kind = annotate.KindOther
	}
	return c
}

// body reads one body: the speaker, the classifications, the note, a tag,
// or something else, which is kept in the note with a label.
func (im *importer) body(c *annotate.Claim, v any, path string, motivation []string, notes *[]string) {
	b, ok := v.(object)
	if !ok {
		if s, isStr := v.(string); isStr { // a body given by IRI only
			*notes = append(*notes, "body: "+s)
			return
		}
		im.r.add(path, "want a body object or IRI, got %s", kind(v))
		return
	}
	purposes := im.r.strs(b, "purpose", path)
	if len(purposes) == 0 {
		purposes = motivation // the annotation's motivation stands for a body without purpose
	}
	value, text := im.r.str(b, "value", path)
	if text {
		for _, p := range purposes {
			if im.knownBody(c, b, p, value, path, notes) {
				return
			}
		}
	}
	label := "body"
	if len(purposes) > 0 {
		label = purposes[0]
	}
	if t := firstType(b); t != "" && t != "TextualBody" {
		label += " (" + t + ")"
	}
	content := value
	if !text {
		if id, ok := b["id"].(string); ok {
			content = id
		} else {
			raw, _ := json.Marshal(b)
			content = string(raw)
		}
	}
	*notes = append(*notes, label+": "+content)
}

// knownBody applies a textual body whose purpose we understand; false
// leaves it to be kept as a labelled note.
func (im *importer) knownBody(c *annotate.Claim, b object, purpose, value, path string, notes *[]string) bool {
	switch purpose {
	case PurposeSpeaker:
		if c.SpeakerID != "" || strings.TrimSpace(value) == "" {
			return false
		}
		if rec, ok := b["whosaid:speaker"]; ok && rec != nil {
			p := join(path, "whosaid:speaker")
			c.SpeakerID = im.speakers.record(im.speaker(rec, p), p)
		} else {
			c.SpeakerID = im.speakers.named(value, path)
		}
		return true
	case PurposeClass:
		field, _ := im.r.str(b, "whosaid:field", path)
		isAttr := field == FieldAttribution || field == "" && oneOf(value, annotate.AttributionTypes)
		isKind := field == FieldKind || field == "" && oneOf(value, annotate.ClaimKinds)
		switch {
		case isAttr && c.Attribution == "":
			c.Attribution = annotate.AttributionType(value)
		case isKind && c.Kind == "":
			c.Kind = annotate.ClaimKind(value)
		default:
			return false
		}
		return true
	case PurposeNote:
		*notes = append(*notes, value)
		return true
	case PurposeTag:
		c.Tags = append(c.Tags, value)
		return true
	}
	return false
}

// time reads an optional xsd:dateTime; one without a time zone is UTC.
func (im *importer) time(a object, key, path string) time.Time {
	s, ok := im.r.str(a, key, path)
	if !ok {
		return time.Time{}
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	im.r.add(join(path, key), "%q is not an xsd:dateTime such as 2024-05-01T12:00:00Z", s)
	return time.Time{}
}

// creator reads an IRI, an agent (its name, nickname or id) or the first of
// several.
func (im *importer) creator(v any, path string) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []any:
		if len(x) > 0 {
			return im.creator(x[0], path+"[0]")
		}
		return ""
	case object:
		for _, k := range []string{"name", "nickname", "id", "email"} {
			if s, ok := x[k].(string); ok && s != "" {
				return s
			}
		}
		return ""
	}
	im.r.add(path, "want an agent or IRI, got %s", kind(v))
	return ""
}
