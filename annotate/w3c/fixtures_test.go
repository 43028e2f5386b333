package w3c

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// sampleSet is the hand-made set on the sample article.
func sampleSet(t testing.TB) *annotate.Set {
	t.Helper()
	raw, err := os.ReadFile("../testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	s, err := native.Decode(raw)
	if err != nil {
		t.Fatalf("sample set: %v", err)
	}
	return s
}

// spanOf is the span of the n-th (from 0) occurrence of quote in the text.
func spanOf(t testing.TB, ix *annotate.TextIndex, quote string, n int) annotate.Span {
	t.Helper()
	text := ix.Text()
	off := 0
	for k := 0; ; k++ {
		i := strings.Index(text[off:], quote)
		if i < 0 {
			t.Fatalf("quote %q: occurrence %d not in the text", quote, n)
		}
		if k == n {
			start, err := ix.FromByte(off + i)
			if err != nil {
				t.Fatal(err)
			}
			return annotate.MakeSpan(ix, start, start+annotate.RuneLen(quote))
		}
		off += i + len(quote)
	}
}

// unicodeSet has characters outside the BMP, combining sequences, a source
// URL, an unreferenced speaker, times in several zones, an unattributed
// claim, a claim at the very start (empty prefix) and an orphan.
func unicodeSet(t testing.TB) *annotate.Set {
	t.Helper()
	doc := annotate.NewDocument(annotate.Document{
		Title:     "Émoji 🚀 test",
		SourceURL: "https://example.org/news/émoji?id=1&x=<y>",
		Language:  "de",
	}, []annotate.Block{
		{Kind: annotate.BlockHeadline, Text: "„Wir fliegen zum Mond 🚀“, sagt die Ministerin"},
		{Kind: annotate.BlockParagraph, Text: "Die Ministerin 👩‍🔬 Zoë Ångström sagte am Montag: „Wir fliegen 2030 zum Mond 🌕.“ Kritiker 🙄 meinen, das sei zu teuer.\nEine zweite Zeile mit 𝕏 und \"Zitat\"."},
		{Kind: annotate.BlockCaption, Text: "Foto: 📷 Agentur"},
	})
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{
		{ID: "zoe", Name: "Zoë Ångström", Kind: annotate.SpeakerPerson, Title: "Ministerin 👩‍🔬", Affiliation: "Regierung", Aliases: []string{"die Ministerin", "Ångström"}},
		{ID: "critics", Name: "Kritiker", Kind: annotate.SpeakerGroup},
		{ID: "unused", Name: "Niemand <&>", Kind: annotate.SpeakerAnonymous},
	}
	berlin := time.FixedZone("CEST", 2*3600)
	cue := spanOf(t, ix, "sagte", 0)
	s.Claims = []annotate.Claim{
		{
			ID: "c1", Span: spanOf(t, ix, "„Wir fliegen zum Mond 🚀“", 0), SpeakerID: "zoe",
			Attribution: annotate.AttrDirect, Kind: annotate.KindPrediction,
			Mentions: []annotate.Span{spanOf(t, ix, "die Ministerin", 0)},
			Created:  time.Date(2026, 5, 1, 9, 30, 0, 123456789, berlin), Modified: time.Date(2026, 5, 1, 10, 0, 0, 0, time.UTC),
			Creator: "Redaktion 📰", Note: "Überschrift;\nzwei Zeilen, \"Anführung\" & <b>", Tags: []string{"🚀", "raumfahrt", "=1+1"},
		},
		{
			ID: "c2", Span: spanOf(t, ix, "„Wir fliegen 2030 zum Mond 🌕.“", 0), SpeakerID: "zoe",
			Attribution: annotate.AttrDirect, Kind: annotate.KindPrediction, Cue: &cue,
			Mentions: []annotate.Span{spanOf(t, ix, "Zoë Ångström", 0), spanOf(t, ix, "Die Ministerin", 0)},
			Created:  time.Date(2026, 5, 1, 9, 31, 0, 0, berlin), Modified: time.Date(2026, 5, 1, 9, 31, 0, 0, berlin),
		},
		{
			ID: "c3", Span: spanOf(t, ix, "das sei zu teuer", 0), SpeakerID: "critics",
			Attribution: annotate.AttrIndirect, Kind: annotate.KindOpinion,
			Cue: ptr(spanOf(t, ix, "meinen", 0)),
		},
		{ // unattributed, no times
			ID: "c 4/ü", Span: spanOf(t, ix, "Eine zweite Zeile mit 𝕏 und \"Zitat\".", 0),
			Attribution: annotate.AttrMixed, Kind: annotate.KindOther,
		},
		{ // orphan: its text was edited away; offsets no longer fit
			ID: "c5", Span: annotate.Span{Start: 500, End: 520, Exact: "ein gelöschter Satz 🗑", Prefix: "vorher ", Suffix: " nachher"},
			SpeakerID: "critics", Attribution: annotate.AttrIndirect, Kind: annotate.KindFact, Orphan: true,
			Cue: &annotate.Span{Start: 490, End: 495, Exact: "sagen"},
		},
		{
			ID: "c6", Span: spanOf(t, ix, "Foto: 📷 Agentur", 0),
			Attribution: annotate.AttrIndirect, Kind: annotate.KindOther, Tags: []string{"bildnachweis"},
		},
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// orphanSample is the sample set with some claims orphaned, as after an
// edit of the text.
func orphanSample(t testing.TB) *annotate.Set {
	s := sampleSet(t).Clone()
	for i := range s.Claims {
		if i%4 == 1 {
			c := &s.Claims[i]
			c.Orphan = true
			c.Span.Exact = "Gone: " + c.Span.Exact
			c.Span.Start += 100000
			c.Span.End += 100000
		}
	}
	return s
}

// bigSet has n claims on a generated article, for benchmarks.
func bigSet(t testing.TB, n int) *annotate.Set {
	t.Helper()
	var blocks []annotate.Block
	for i := 0; i < n; i++ {
		blocks = append(blocks, annotate.Block{Text: "The spokesperson 🗣 said “number " + itoa(i) + " is the figure — no more, no less” on Tuesday."})
	}
	doc := annotate.NewDocument(annotate.Document{Title: "Big"}, blocks)
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{{ID: "sp", Name: "The spokesperson", Kind: annotate.SpeakerPerson}}
	starts := doc.BlockStarts()
	at := time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)
	for i := 0; i < n; i++ {
		q := "“number " + itoa(i) + " is the figure — no more, no less”"
		off := starts[i] + annotate.RuneLen("The spokesperson 🗣 said ")
		cue := annotate.MakeSpan(ix, off-5, off-1)
		s.Claims = append(s.Claims, annotate.Claim{
			ID: "c" + itoa(i), Span: annotate.MakeSpan(ix, off, off+annotate.RuneLen(q)), SpeakerID: "sp",
			Attribution: annotate.AttrDirect, Kind: annotate.KindFact, Cue: &cue,
			Note: "checked", Tags: []string{"numbers"}, Created: at, Modified: at, Creator: "bench",
		})
	}
	return s
}

func itoa(i int) string { return strconv.Itoa(i) }

func mustQuote(s string) string { return strconv.Quote(s) }
