package exercise

import (
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
)

// classText is the article of the hand-computed class. Word offsets:
// Ann 0-3 Lee 4-7 said 8-12 taxes 13-18 will 19-23 rise 24-28 Bob 30-33
// Roe 34-37 said 38-42 they 43-47 will 48-52 fall 53-57.
const classText = "Ann Lee said taxes will rise. Bob Roe said they will fall."

func classDoc() annotate.Document {
	return annotate.NewDocument(annotate.Document{Title: "Taxes"}, []annotate.Block{{Text: classText}})
}

// span quotes the first occurrence of quote at or after code point from.
func span(t testing.TB, doc annotate.Document, quote string, from int) annotate.Span {
	t.Helper()
	ix := annotate.NewTextIndex(doc.Text())
	b, err := ix.Byte(from)
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(doc.Text()[b:], quote)
	if i < 0 {
		t.Fatalf("quote %q not found after %d", quote, from)
	}
	start, err := ix.FromByte(b + i)
	if err != nil {
		t.Fatal(err)
	}
	return annotate.MakeSpan(ix, start, start+annotate.RuneLen(quote))
}

var t0 = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

func claim(id string, s annotate.Span, speaker string, a annotate.AttributionType, k annotate.ClaimKind, tags ...string) annotate.Claim {
	return annotate.Claim{ID: id, Span: s, SpeakerID: speaker, Attribution: a, Kind: k, Tags: tags, Created: t0, Modified: t0}
}

func setOf(doc annotate.Document, speakers []annotate.Speaker, claims ...annotate.Claim) *annotate.Set {
	s := annotate.NewSet(doc)
	s.Speakers = append(s.Speakers, speakers...)
	s.Claims = append(s.Claims, claims...)
	return s
}

var (
	ann = annotate.Speaker{ID: "s-ann", Name: "Ann Lee", Kind: annotate.SpeakerPerson, Aliases: []string{"Ms Lee"}}
	bob = annotate.Speaker{ID: "s-bob", Name: "Bob Roe", Kind: annotate.SpeakerPerson}
)

// classKey: k1 "taxes will rise" (Ann, indirect, prediction), k2 "they will
// fall" (Bob, indirect, prediction).
func classKeySet(t testing.TB) *annotate.Set {
	d := classDoc()
	return setOf(d, []annotate.Speaker{ann, bob},
		claim("k1", span(t, d, "taxes will rise", 0), "s-ann", annotate.AttrIndirect, annotate.KindPrediction),
		claim("k2", span(t, d, "they will fall", 0), "s-bob", annotate.AttrIndirect, annotate.KindPrediction))
}
