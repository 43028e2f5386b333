package native

import (
	"fmt"
	"strings"
	"time"
	"unicode"

	"whosaid/annotate"
)

// Format 1 was the first, simpler shape: the whole text as one string (every
// block a paragraph), speakers named inline on each claim, "type" for the
// attribution, no claim kinds, cues, mentions, tags or context.

type setV1 struct {
	Format    int       `json:"format"`
	Title     string    `json:"title,omitempty"`
	SourceURL string    `json:"sourceUrl,omitempty"`
	Text      string    `json:"text"`
	Claims    []claimV1 `json:"claims"`
}

type claimV1 struct {
	ID          string    `json:"id"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Quote       string    `json:"quote"`
	Speaker     string    `json:"speaker,omitempty"`     // the speaker's name
	SpeakerKind string    `json:"speakerKind,omitempty"` // default "person"
	Type        string    `json:"type"`                  // direct, indirect or mixed
	Note        string    `json:"note,omitempty"`
	Created     time.Time `json:"created"`
}

// migrateV1 carries a format 1 set over to the current format. Offsets are
// kept as they are, so the text must split into blocks without moving any
// character; paths in the problems are format 1 paths.
func migrateV1(old *setV1) (*annotate.Set, annotate.Problems) {
	var ps annotate.Problems
	doc := annotate.DocumentFromText(annotate.Document{Title: old.Title, SourceURL: old.SourceURL}, old.Text)
	if doc.Text() != old.Text {
		ps.Add("text", "not in canonical form (NFC, LF line ends, no trailing spaces, single blank lines between paragraphs), so its offsets cannot be carried over")
	}
	s := annotate.NewSet(doc)
	ix := annotate.NewTextIndex(old.Text)
	byName := map[string]int{} // speaker name → index in s.Speakers
	usedIDs := map[string]bool{}
	firstKind := map[string]int{} // speaker name → claim that set its kind
	for i, oc := range old.Claims {
		p := fmt.Sprintf("claims[%d]", i)
		c := annotate.Claim{
			ID:          oc.ID,
			Span:        annotate.Span{Start: oc.Start, End: oc.End, Exact: oc.Quote},
			Attribution: annotate.AttributionType(oc.Type),
			// Kind stays unset ("not chosen yet"): format 1 had no kinds,
			// and a label nobody chose is not invented.
			Note:     oc.Note,
			Created:  oc.Created,
			Modified: oc.Created,
		}
		// Add the context format 1 lacked, when the quote is where it says.
		if c.Span.Matches(ix) && oc.Start < oc.End {
			c.Span = annotate.MakeSpan(ix, oc.Start, oc.End)
		}
		if name := strings.TrimSpace(oc.Speaker); name != "" {
			kind := annotate.SpeakerKind(oc.SpeakerKind)
			if kind == "" {
				kind = annotate.SpeakerPerson
			}
			k, ok := byName[name]
			if !ok {
				k = len(s.Speakers)
				byName[name] = k
				firstKind[name] = i
				s.Speakers = append(s.Speakers, annotate.Speaker{ID: speakerID(name, usedIDs), Name: name, Kind: kind})
			} else if s.Speakers[k].Kind != kind {
				ps.Add(p+".speakerKind", "%q differs from %q given for the same speaker in claims[%d]", kind, s.Speakers[k].Kind, firstKind[name])
			}
			c.SpeakerID = s.Speakers[k].ID
		} else if oc.SpeakerKind != "" {
			ps.Add(p+".speakerKind", "given without a speaker")
		}
		s.Claims = append(s.Claims, c)
	}
	return s, ps
}

// speakerID makes a readable, unique id from a name: "Sergei Lavrov" →
// "sergei-lavrov".
func speakerID(name string, used map[string]bool) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	base := b.String()
	if base == "" {
		base = "speaker"
	}
	if r := []rune(base); len(r) > 64 {
		base = string(r[:64])
	}
	id := base
	for n := 2; used[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	used[id] = true
	return id
}
