package native

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

// go test ./annotate/native/ -run TestSampleSet -update rewrites the file.
var update = flag.Bool("update", false, "rewrite annotate/testdata/sample-set.json")

const (
	sampleArticle = "../testdata/sample-article.txt"
	sampleSetFile = "../testdata/sample-set.json"
)

// TestSampleSet builds the hand-made sample set from the article by text
// search (so every offset is computed, never typed), checks that the file
// in testdata is exactly that set, and that it validates and round-trips.
func TestSampleSet(t *testing.T) {
	raw, err := os.ReadFile(sampleArticle)
	if err != nil {
		t.Fatal(err)
	}
	s := buildSampleSet(t, string(raw))
	if err := annotate.Validate(s); err != nil {
		t.Fatalf("built sample set does not validate:\n%v", err)
	}
	want, err := Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(sampleSetFile, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(sampleSetFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Fatalf("%s is stale (run with -update) (-built +file):\n%s", sampleSetFile, diff)
	}
	decoded, err := Decode(got)
	if err != nil {
		t.Fatalf("Decode(sample): %v", err)
	}
	if diff := cmp.Diff(s, decoded); diff != "" {
		t.Errorf("decoded sample differs (-built +decoded):\n%s", diff)
	}
	again, err := Encode(decoded)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, got) {
		t.Errorf("Encode(Decode(sample)) is not byte-identical to the file")
	}
	// The file is meant to exercise the hard parts of offsets.
	if !strings.ContainsAny(decoded.Document.Text(), "“”’—") {
		t.Errorf("sample text lost its curly quotes and em dash")
	}
}

// sampleBuilder finds phrases in the document text.
type sampleBuilder struct {
	t    *testing.T
	text string
	ix   *annotate.TextIndex
}

// at finds phrase inside anchor, where anchor occurs exactly once in the
// text, and returns the span of phrase (code-point offsets).
func (b *sampleBuilder) at(anchor, phrase string) annotate.Span {
	b.t.Helper()
	if n := strings.Count(b.text, anchor); n != 1 {
		b.t.Fatalf("anchor %q occurs %d times in the sample text", anchor, n)
	}
	in := strings.Index(anchor, phrase)
	if in < 0 {
		b.t.Fatalf("phrase %q is not in anchor %q", phrase, anchor)
	}
	start, err := b.ix.FromByte(strings.Index(b.text, anchor) + in)
	if err != nil {
		b.t.Fatal(err)
	}
	return annotate.MakeSpan(b.ix, start, start+annotate.RuneLen(phrase))
}

// span is at for a phrase that is its own anchor.
func (b *sampleBuilder) span(phrase string) annotate.Span { return b.at(phrase, phrase) }

func (b *sampleBuilder) cue(anchor, phrase string) *annotate.Span {
	s := b.at(anchor, phrase)
	return &s
}

// sampleBlockKinds gives the kind of the blocks that are not paragraphs, by
// their opening words.
var sampleBlockKinds = map[string]annotate.BlockKind{
	"China Russia Explainer":                  annotate.BlockHeadline,
	"Chinese President Xi Jinping, right":     annotate.BlockCaption,
	"China US Yellen":                         annotate.BlockOther, // photo slug
	"U.S. Treasury Secretary Janet Yellen, c": annotate.BlockCaption,
	"With assistance from":                    annotate.BlockByline,
	"Comments are no longer available":        annotate.BlockOther,
	"filed under:":                            annotate.BlockOther,
}

func buildSampleSet(t *testing.T, article string) *annotate.Set {
	t.Helper()
	var blocks []annotate.Block
	for _, p := range strings.Split(annotate.NormalizeText(article), "\n\n") {
		kind := annotate.BlockParagraph
		for prefix, k := range sampleBlockKinds {
			if strings.HasPrefix(strings.TrimSpace(p), prefix) {
				kind = k
			}
		}
		blocks = append(blocks, annotate.Block{Kind: kind, Text: p})
	}
	doc := annotate.NewDocument(annotate.Document{Title: "China Russia Explainer", Language: "en"}, blocks)
	s := annotate.NewSet(doc)
	s.Speakers = []annotate.Speaker{
		{ID: "lavrov", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson, Title: "Foreign Minister", Affiliation: "Russia", Aliases: []string{"Lavrov"}},
		{ID: "wang-yi", Name: "Wang Yi", Kind: annotate.SpeakerPerson, Title: "Foreign Minister", Affiliation: "China", Aliases: []string{"Wang"}},
		{ID: "china", Name: "China", Kind: annotate.SpeakerOrganization, Aliases: []string{"Beijing"}},
		{ID: "united-states", Name: "United States", Kind: annotate.SpeakerOrganization, Aliases: []string{"the U.S."}},
		{ID: "watson", Name: "Adrienne Watson", Kind: annotate.SpeakerPerson, Title: "spokesperson", Affiliation: "White House National Security Council"},
		{ID: "yellen", Name: "Janet Yellen", Kind: annotate.SpeakerPerson, Title: "Treasury Secretary", Affiliation: "United States", Aliases: []string{"Yellen"}},
		{ID: "mao-ning", Name: "Mao Ning", Kind: annotate.SpeakerPerson, Title: "Foreign Ministry spokeswoman", Affiliation: "China", Aliases: []string{"Mao"}},
		{ID: "reuters", Name: "Reuters", Kind: annotate.SpeakerPublication},
		{ID: "interfax", Name: "Interfax", Kind: annotate.SpeakerPublication, Title: "news service"},
		{ID: "ukraine-allies", Name: "Ukraine’s allies", Kind: annotate.SpeakerGroup},
	}
	b := &sampleBuilder{t: t, text: doc.Text(), ix: annotate.NewTextIndex(doc.Text())}
	lavrovSaid := b.cue("Sergei Lavrov said Tuesday", "said")
	mention := func(anchor, phrase string) []annotate.Span { return []annotate.Span{b.at(anchor, phrase)} }
	type c = annotate.Claim
	claims := []c{
		{Span: b.span("We have a common goal of increasing security in Eurasia"), SpeakerID: "lavrov", Attribution: annotate.AttrDirect, Cue: lavrovSaid,
			Mentions: mention("Russian Foreign Minister Sergei Lavrov said", "Russian Foreign Minister Sergei Lavrov"), Kind: annotate.KindOpinion, Tags: []string{"security"}},
		{Span: b.span("We agreed with our Chinese friends to start a dialogue and get other like-minded countries to join us."), SpeakerID: "lavrov", Attribution: annotate.AttrDirect, Cue: lavrovSaid,
			Mentions: mention("Foreign Minister Sergei Lavrov said", "Sergei Lavrov"), Kind: annotate.KindFact, Tags: []string{"security"},
			Note: "The cue is the “said” of the previous sentence."},
		{Span: b.span("Wang proposed the idea of “double counteracting” the U.S. and its allies in response to the “double deterrence” of Western countries against Russia and China"),
			SpeakerID: "lavrov", Attribution: annotate.AttrMixed, Cue: b.cue("Lavrov added that", "added"), Mentions: mention("Lavrov added that", "Lavrov"), Kind: annotate.KindFact},
		{Span: b.span("it hasn’t sought to benefit from Russia’s war in Ukraine"), SpeakerID: "china", Attribution: annotate.AttrIndirect,
			Cue: b.cue("China on Monday said it", "said"), Mentions: mention("China on Monday said", "China"), Kind: annotate.KindFact, Tags: []string{"ukraine-war"}},
		{Span: b.span("Beijing has stepped up its support for Moscow, including by providing geospatial intelligence, to help it in its invasion of the neighboring ex-Soviet state"),
			SpeakerID: "united-states", Attribution: annotate.AttrIndirect, Cue: b.cue("the U.S. warned allies", "warned"), Mentions: mention("after the U.S. warned", "the U.S."), Kind: annotate.KindFact, Tags: []string{"ukraine-war"}},
		{Span: b.span("President Biden raised concerns about the matter with Xi Jinping during their recent call"), SpeakerID: "watson", Attribution: annotate.AttrIndirect,
			Cue: b.cue("Adrienne Watson said", "said"), Mentions: mention("the White House National Security Council spokesperson Adrienne Watson", "the White House National Security Council spokesperson Adrienne Watson"), Kind: annotate.KindFact},
		{Span: b.span("its banks and exporters should not bolster Russia’s military capacity"), SpeakerID: "yellen", Attribution: annotate.AttrIndirect,
			Cue: b.cue("saying that its banks", "saying"), Mentions: mention("U.S. Treasury Secretary Janet Yellen underscored", "U.S. Treasury Secretary Janet Yellen"), Kind: annotate.KindOpinion},
		{Span: b.span("they will face significant consequences if they do."), SpeakerID: "yellen", Attribution: annotate.AttrDirect,
			Cue: b.cue("She warned “they", "warned"), Mentions: mention("She warned “they", "She"), Kind: annotate.KindPrediction},
		{Span: b.span("Russia and China confirmed there is no prospect of holding meetings to settle the conflict with Ukraine when Russia’s positions are ignored"), SpeakerID: "lavrov", Attribution: annotate.AttrIndirect,
			Cue: b.cue("Lavrov also said Russia", "also said"), Mentions: mention("Lavrov also said Russia", "Lavrov"), Kind: annotate.KindFact, Tags: []string{"ukraine-war", "peace-conference"}},
		{Span: b.span("China’s presence at such a conference as important for making the initiative successful"), SpeakerID: "ukraine-allies", Attribution: annotate.AttrIndirect,
			Cue: b.cue("Ukraine’s allies see", "see"), Mentions: mention("Ukraine’s allies see", "Ukraine’s allies"), Kind: annotate.KindOpinion, Tags: []string{"peace-conference"}},
		{Span: b.span("China supports the holding in due course of an international peace conference that is recognized by both sides — of Russia and Ukraine — and ensures the equal participation of all parties and fair discussions on all peace plans,"),
			SpeakerID: "mao-ning", Attribution: annotate.AttrDirect, Cue: b.cue("peace plans,” she said.", "said"),
			Mentions: []annotate.Span{b.at("Chinese Foreign Ministry spokeswoman Mao Ning sidestepped", "Chinese Foreign Ministry spokeswoman Mao Ning"), b.at("peace plans,” she said.", "she")},
			Kind:     annotate.KindOpinion, Tags: []string{"peace-conference"}},
		{Span: b.span("she had “no information” to offer on China’s participation in the planned peace conference"), SpeakerID: "mao-ning", Attribution: annotate.AttrMixed,
			Cue: b.cue("Mao added that", "added"), Mentions: mention("Mao added that", "Mao"), Kind: annotate.KindFact, Tags: []string{"peace-conference"}},
		{Span: b.span("a “new paradigm” in China’s ties with Russia"), SpeakerID: "wang-yi", Attribution: annotate.AttrMixed,
			Cue: b.cue("Wang trumpeted a", "trumpeted"), Mentions: mention("Wang trumpeted a", "Wang"), Kind: annotate.KindOpinion},
		{Span: b.span("Two-way trade hit a record $240 billion last year, driven by Chinese imports of Russian oil and exports of cars and electronics"), Attribution: annotate.AttrIndirect,
			Kind: annotate.KindFact, Note: "Unattributed: the reporter’s own statement."},
		{Span: b.span("Putin and Xi are set to meet at a regional summit in Kazakhstan in June and in October at a leaders’ meeting of the BRICS emerging economies’ bloc"), SpeakerID: "lavrov", Attribution: annotate.AttrIndirect,
			Cue: b.cue("bloc, Lavrov said.", "said"), Mentions: mention("bloc, Lavrov said.", "Lavrov"), Kind: annotate.KindPrediction},
		{Span: b.span("Putin is also set to visit China in May"), SpeakerID: "reuters", Attribution: annotate.AttrIndirect,
			Cue: b.cue("Reuters reported last month", "reported"), Mentions: mention("Reuters reported last month", "Reuters"), Kind: annotate.KindPrediction},
		{Span: b.span("Lavrov also met with Xi Tuesday"), SpeakerID: "interfax", Attribution: annotate.AttrIndirect,
			Cue: b.cue("according to the Interfax news service", "according to"), Mentions: mention("according to the Interfax news service", "the Interfax news service"), Kind: annotate.KindFact},
	}
	base := time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC)
	for i := range claims {
		claims[i].ID = fmt.Sprintf("c%02d", i+1)
		claims[i].Created = base.Add(time.Duration(i) * time.Minute)
		claims[i].Modified = claims[i].Created.Add(30 * time.Second)
		claims[i].Creator = "whosaid sample"
	}
	s.Claims = claims
	return s
}
