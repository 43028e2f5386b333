package summary

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestQuote(t *testing.T) {
	tests := []struct{ words, lang, want string }{
		{"We will not move", "en", "“We will not move”"},
		// The span took in the text's own marks, straight or curly.
		{"“We will not move,”", "en", "“We will not move,”"},
		{`"We will not move."`, "en-GB", "“We will not move.”"},
		// Punctuation set after the closing mark stays after it.
		{"“We will not move”.", "en", "“We will not move”."},
		// A quote inside the quote gets the inner marks.
		{"He called it “a farce” and left", "en", "“He called it ‘a farce’ and left”"},
		{"“He called it “a farce” and left”", "", "“He called it ‘a farce’ and left”"},
		{`He called it "a farce" and left`, "en", "“He called it ‘a farce’ and left”"},
		{"Er nannte es „eine Farce“", "de", "„Er nannte es ‚eine Farce‘“"},
		{"Il a dit « jamais »", "fr-FR", "«\u00a0Il a dit “jamais”\u00a0»"},
		{"Он назвал это «фарсом»", "ru", "«Он назвал это „фарсом“»"},
		{"«\u00a0Nous ne bougerons pas\u00a0»", "fr", "«\u00a0Nous ne bougerons pas\u00a0»"},
		{"« Nous ne bougerons pas »", "en", "“Nous ne bougerons pas”"},
		// Apostrophes and single marks are not touched.
		{"It’s the ‘red line’ we won’t cross", "en", "“It’s the ‘red line’ we won’t cross”"},
		// Marks that do not pair up: the words carry their own.
		{"“No,” he said, “never.”", "en", "“No,” he said, “never.”"},
		{"move,” he said", "en", "move,” he said"},
	}
	for _, tt := range tests {
		if got := Quote(tt.words, tt.lang); got != tt.want {
			t.Errorf("Quote(%q, %q) = %q, want %q", tt.words, tt.lang, got, tt.want)
		}
	}
}

// Only direct quotes are in quotation marks: a paraphrase is the
// reporter's words, a mixed claim keeps the text's own marks; a claim
// whose attribution was not chosen is taken as the text shows it.
func TestClaimLine(t *testing.T) {
	text := []rune("Lavrov said the talks had stalled. “We will not move,” he said. He called the plan “a farce”.")
	at := func(s string) annotate.Span {
		for i := range text {
			if string(text[i:min(len(text), i+len([]rune(s)))]) == s {
				return annotate.Span{Start: i, End: i + len([]rune(s)), Exact: s}
			}
		}
		t.Fatalf("%q not in the text", s)
		return annotate.Span{}
	}
	tests := []struct {
		claim annotate.Claim
		want  Line
	}{
		{annotate.Claim{Span: at("the talks had stalled"), Attribution: annotate.AttrIndirect}, Line{Text: "the talks had stalled"}},
		{annotate.Claim{Span: at("We will not move,"), Attribution: annotate.AttrDirect}, Line{Text: "“We will not move,”", Quoted: true}},
		{annotate.Claim{Span: at("“We will not move,”"), Attribution: annotate.AttrDirect}, Line{Text: "“We will not move,”", Quoted: true}},
		{annotate.Claim{Span: at("He called the plan “a farce”"), Attribution: annotate.AttrMixed}, Line{Text: "He called the plan “a farce”"}},
		// Not chosen: inside the text's quotation marks is a quote.
		{annotate.Claim{Span: at("We will not move")}, Line{Text: "“We will not move”", Quoted: true}},
		{annotate.Claim{Span: at("the talks had stalled")}, Line{Text: "the talks had stalled"}},
		// Line breaks and runs of spaces read as one space.
		{annotate.Claim{Span: annotate.Span{Start: -1, Exact: "a\n  b"}, Attribution: annotate.AttrIndirect}, Line{Text: "a b"}},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, ClaimLine(tt.claim, text, "en")); d != "" {
			t.Errorf("ClaimLine(%q, %s) (-want +got):\n%s", tt.claim.Span.Exact, tt.claim.Attribution, d)
		}
	}
}

func TestGroups(t *testing.T) {
	s := &annotate.Set{
		Speakers: []annotate.Speaker{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}, {ID: "idle", Name: "Idle"}},
		Claims: []annotate.Claim{
			{ID: "3", Span: annotate.Span{Start: 30, End: 31}, SpeakerID: "a"},
			{ID: "1", Span: annotate.Span{Start: 10, End: 11}, SpeakerID: "b"},
			{ID: "0", Span: annotate.Span{Start: 0, End: 1}},
			{ID: "2", Span: annotate.Span{Start: 20, End: 21}, SpeakerID: "a"},
			{ID: "4", Span: annotate.Span{Start: 40, End: 41}, SpeakerID: "gone"},
		},
	}
	var got [][]string
	for _, g := range Groups(s) {
		ids := []string{g.Speaker.ID + ":"}
		for _, c := range g.Claims {
			ids = append(ids, c.ID)
		}
		got = append(got, ids)
	}
	want := [][]string{{"b:", "1"}, {"a:", "2", "3"}, {":", "0", "4"}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("groups (-want +got):\n%s", d)
	}
}

// FuzzQuote: never panics, and whatever it prints keeps every letter of
// the words.
func FuzzQuote(f *testing.F) {
	for _, s := range []string{"“a”", `"`, "„x“ y", "«»", "a “b” c", "“No,” he said, “never.”", "”.", ""} {
		f.Add(s, "en")
	}
	f.Fuzz(func(t *testing.T, words, lang string) {
		out := Quote(words, lang)
		letters := func(s string) (n int) {
			for _, r := range s {
				if r >= 'a' && r <= 'z' {
					n++
				}
			}
			return n
		}
		if letters(out) != letters(words) {
			t.Fatalf("Quote(%q, %q) = %q: letters changed", words, lang, out)
		}
	})
}
