package w3c

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"

	"whosaid/annotate"
)

// applyBodies reads a record's bodies into the claim: the speaker, the
// attribution type and claim kind, the note and the tags. Nothing is
// invented: what no body says stays unset. A text body whose purpose has
// no field goes into the note, labelled; any other body is kept verbatim
// in origin for export. Both are warnings.
func (im *importer) applyBodies(c *annotate.Claim, rec *record, origin *annotate.Origin) {
	var notes []string
	for _, b := range rec.bodies {
		im.applyBody(c, rec, b, origin, &notes)
	}
	c.Note = strings.Join(notes, "\n")
}

func (im *importer) applyBody(c *annotate.Claim, rec *record, b bodyIn, origin *annotate.Origin, notes *[]string) {
	switch {
	case b.iri != "":
		im.keepBody(origin, b, "a body given by IRI ("+clip(b.iri)+")", rec.ours)
		return
	case !b.text:
		switch id, value := bodyShape(b.raw); {
		case id != "" && value == nil:
			// A resource of its own (an image, a web page): kept as it is.
			im.keepBody(origin, b, "a body of type "+orDefault(b.typ, "resource")+" ("+clip(id)+")", rec.ours)
		case value != nil || b.typ != "" && b.typ != "TextualBody":
			// A structured value (a language map…): as JSON in the note,
			// where it can be seen and edited.
			if value == nil {
				value = b.raw
			}
			label := orDefault(firstOf(b.purpose), "body")
			*notes = append(*notes, label+": "+string(value))
			im.warn(b.path, "a body whose value is not text: kept in the note as JSON")
		default:
			im.warn(b.path, "an empty body: left out")
		}
		return
	}
	value := b.value
	if isHTML(b.format) {
		value = htmlText(value)
		im.warn(b.path, "HTML: turned into plain text for whosaid")
	}
	purposes := b.purpose
	if len(purposes) == 0 {
		purposes = bodyPurposes(rec.motivation)
	}
	for _, p := range purposes {
		if im.knownBody(c, b, p, value, notes) {
			return
		}
	}
	label := purposes[0]
	if b.typ != "" && b.typ != "TextualBody" {
		label += " (" + b.typ + ")"
	}
	*notes = append(*notes, label+": "+value)
	im.warn(b.path, "whosaid has no field for this %q body: kept in the note, as %q", purposes[0], clip(label+": "+value))
}

// bodyPurposes is what a body without purpose is for: what the
// annotation's motivation says if it is one of the purposes whosaid reads,
// else a comment.
func bodyPurposes(motivation []string) []string {
	for _, m := range motivation {
		switch m {
		case PurposeSpeaker, PurposeClass, PurposeTag, PurposeNote:
			return []string{m}
		}
	}
	return []string{PurposeNote}
}

// knownBody applies a text body whose purpose we understand; false leaves
// it to be kept as a labelled note.
func (im *importer) knownBody(c *annotate.Claim, b bodyIn, purpose, value string, notes *[]string) bool {
	switch purpose {
	case PurposeSpeaker:
		if c.SpeakerID != "" || strings.TrimSpace(value) == "" {
			return false
		}
		if b.speaker != nil {
			p := join(b.path, "whosaid:speaker")
			c.SpeakerID = im.speakers.record(*b.speaker, p)
		} else {
			c.SpeakerID = im.speakers.named(value, b.path)
		}
		return true
	case PurposeClass:
		isAttr := b.field == FieldAttribution || b.field == "" && oneOf(value, annotate.AttributionTypes)
		isKind := b.field == FieldKind || b.field == "" && oneOf(value, annotate.ClaimKinds)
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
		if strings.TrimSpace(value) == "" {
			im.warn(b.path, "an empty tag: left out")
			return true
		}
		c.Tags = append(c.Tags, value)
		return true
	}
	return false
}

// maxKeptBodies bounds the bodies kept verbatim per claim.
const maxKeptBodies = annotate.MaxTags

// keepBody keeps a body whosaid has no field for, verbatim, for export.
func (im *importer) keepBody(origin *annotate.Origin, b bodyIn, what string, ours bool) {
	switch {
	case utf8.RuneCount(b.raw) > annotate.MaxFieldRunes:
		im.warn(b.path, "%s, larger than whosaid keeps (%d code points): left out", what, annotate.MaxFieldRunes)
	case len(origin.Bodies) >= maxKeptBodies:
		im.warn(b.path, "%s, more than the %d bodies whosaid keeps: left out", what, maxKeptBodies)
	default:
		origin.Bodies = append(origin.Bodies, b.raw)
		if !ours { // a file of ours said so when the body was first imported
			im.warn(b.path, "%s: kept unchanged for export; whosaid does not show it", what)
		}
	}
}

// bodyShape reads a body object's id (when it is a string) and its
// "value" as JSON (nil when it has none).
func bodyShape(raw []byte) (id string, value json.RawMessage) {
	var o map[string]json.RawMessage
	if json.Unmarshal(raw, &o) != nil {
		return "", nil
	}
	json.Unmarshal(o["id"], &id)
	if v, ok := o["value"]; ok && string(v) != "null" {
		value = v
	}
	return id, value
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func firstOf(l []string) string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

func isHTML(format string) bool {
	f := strings.ToLower(strings.TrimSpace(format))
	return f == "text/html" || f == "application/xhtml+xml"
}

// htmlText is the text of an HTML fragment: its text nodes, a line break
// for each block element and <br>, runs of white space collapsed.
func htmlText(s string) string {
	z := html.NewTokenizer(strings.NewReader(s))
	var b strings.Builder
	for {
		switch z.Next() {
		case html.ErrorToken:
			return tidyLines(b.String())
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			switch string(name) {
			case "br", "p", "div", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "pre":
				b.WriteByte('\n')
			}
		}
	}
}

// tidyLines collapses white space within lines and drops blank lines.
func tidyLines(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}
