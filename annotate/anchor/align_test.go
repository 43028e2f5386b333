package anchor

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A claim's words after one edit at or next to its edge: the place must be
// exactly the edited words, never a word cut in half.
func TestReanchorWordBoundaries(t *testing.T) {
	const before = "Officials met on Monday.\n\n" +
		"The budget report showed that unemployment fell by 4 percent last year, the minister said on Tuesday.\n\n" +
		"Critics were not convinced."
	const quote = "unemployment fell by 4 percent last year"
	tests := []struct {
		name, from, to, want string
	}{
		{"first word replaced by one sharing its ending", "unemployment fell", "employment fell", "employment fell by 4 percent last year"},
		{"first word replaced", "unemployment fell", "inflation fell", "inflation fell by 4 percent last year"},
		{"last word replaced", "last year,", "last decade,", "unemployment fell by 4 percent last decade"},
		{"last word replaced by a longer one sharing letters", "last year,", "last yearly,", "unemployment fell by 4 percent last yearly"},
		{"word inserted before", "that unemployment", "that overall unemployment", quote},
		{"word inserted after", "last year,", "last year again,", quote},
		{"word inserted inside", "fell by", "fell sharply by", "unemployment fell sharply by 4 percent last year"},
		{"first word deleted", "that unemployment fell", "that fell", "fell by 4 percent last year"},
		{"context edited too", "report showed that unemployment", "report shows: unemployment", quote},
		{"one line break instead of a blank line", "Officials met on Monday.\n\n", "Officials met on Monday.\n", quote},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOf(before)
			set := setOf(doc, claimOn(t, doc, "c", quote, ""))
			newText := strings.Replace(before, tt.from, tt.to, 1)
			if newText == before {
				t.Fatalf("edit %q not applied", tt.from)
			}
			newDoc := docOf(newText) // a single line break stays inside one block
			out, rep := Reanchor(set, newDoc)
			got := out.Claims[0]
			if got.Orphan {
				t.Fatalf("orphan: %s", rep.Results[0].Reason)
			}
			if got.Span.Exact != tt.want {
				t.Errorf("placed on %q, want %q", got.Span.Exact, tt.want)
			}
			checkSpans(t, out)
		})
	}
}

// A stock phrase: the claim's own copy, where it was expected, has lost a
// word of its context; unchanged copies of the phrase elsewhere have
// context no better. Being where the claim was expected decides.
func TestReanchorExpectedPlaceBeatsDistantCopies(t *testing.T) {
	filler := strings.Repeat("Residents waited for hours outside the hall while the debate went on. ", 30)
	stock := "despite what the city council reported"
	text := "The deficit has not changed since 2019, " + stock + ".\n\n" + filler + "\n\n" +
		"Rents have not changed this spring, " + stock + ".\n\n" + filler + "\n\n" +
		"Parking has not changed at all, " + stock + "."
	doc := docOf(text)
	set := setOf(doc, claimOn(t, doc, "c", "Rents have not changed this spring, "+stock, ""))
	set.Claims[0].Span = spanOf(t, doc, stock, 1)
	edited := strings.Replace(text, "Rents have not changed this spring, ", "Rents stayed flat this spring, ", 1)
	newDoc := docOf(edited)
	out, rep := Reanchor(set, newDoc)
	if out.Claims[0].Orphan {
		t.Fatalf("orphan: %s", rep.Results[0].Reason)
	}
	if want := spanOf(t, newDoc, stock, 1).Start; out.Claims[0].Span.Start != want {
		t.Errorf("placed at %d, want the expected copy at %d", out.Claims[0].Span.Start, want)
	}
}

// An orphan says why it could not be placed.
func TestReanchorOrphanReasons(t *testing.T) {
	set := dupSet(t)
	para := strings.Split(dupArticle, "\n\n")[1]
	tests := []struct {
		name, text, want string
	}{
		{"two equal places", "Update.\n\n" + para + "\n\n" + para, "fits two places about equally well"},
		{"gone", "Budget talks resumed on Monday in the capital.\n\nNothing else was said.", "no place in the text holds enough of its words"},
	}
	for _, tt := range tests {
		_, rep := Reanchor(set, docOf(tt.text))
		r := rep.Results[0]
		if r.Method != Orphan || !strings.Contains(r.Reason, tt.want) {
			t.Errorf("%s: %s, reason %q; want an orphan because %q", tt.name, r.Method, r.Reason, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	var got []string
	rs := []rune("“Ça va,” said Zoë —\n\n42 times.")
	for _, tk := range tokenize(rs, 0) {
		got = append(got, string(rs[tk.start:tk.end]))
	}
	want := []string{"“", "Ça", "va", ",", "”", "said", "Zoë", "—", "42", "times", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens (-want +got):\n%s", diff)
	}
}

// White space is not compared when aligning words, but a quote from within
// one paragraph does not end up spanning two.
func TestReanchorStaysInItsParagraph(t *testing.T) {
	doc := docOf("The mayor reported. “We have the numbers,” she said on Monday at the hall.\n\nMore text follows here.")
	set := setOf(doc, claimOn(t, doc, "c", "reported. “We", ""))
	// The sentence is split into two paragraphs; the words survive, but no
	// longer within one paragraph.
	newDoc := docOf("The mayor reported.\n\n“We have the numbers,” she said on Monday at the hall.\n\nMore text follows here.")
	out, rep := Reanchor(set, newDoc)
	if c := out.Claims[0]; !c.Orphan && strings.Contains(c.Span.Exact, "\n") {
		t.Errorf("placed across a paragraph break: %q (%s)", c.Span.Exact, rep.Results[0].Method)
	}
}
