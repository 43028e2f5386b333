package annotate

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuggestAttribution(t *testing.T) {
	text := []rune("“We have a goal,” Lavrov said. Wang proposed “double counteracting” the U.S.\n\"Plain quotes here\" she said.")
	at := func(sub string) (int, int) {
		i := strings.Index(string(text), sub)
		if i < 0 {
			t.Fatalf("%q not in text", sub)
		}
		s := RuneLen(string(text)[:i])
		return s, s + RuneLen(sub)
	}
	cases := []struct {
		sub  string
		want AttributionType
	}{
		{"We have a goal", AttrDirect},
		{"“We have a goal,”", AttrDirect},
		{"a goal", AttrDirect},
		{"Wang proposed “double counteracting” the U.S.", AttrMixed},
		{"Lavrov said", AttrIndirect},
		{"double counteracting", AttrDirect},
		{"Plain quotes here", AttrDirect},
		{"she said", AttrIndirect},
	}
	var got, want []string
	for _, c := range cases {
		s, e := at(c.sub)
		got = append(got, c.sub+" → "+string(SuggestAttribution(text, s, e)))
		want = append(want, c.sub+" → "+string(c.want))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Fatalf("(-want +got):\n%s", d)
	}
}

// TestQuoteMarks: the one rule for quotation marks, on the cases that
// share characters with apostrophes and elisions.
func TestQuoteMarks(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		// o: opens, c: closes, s: a single quote's, .: not a quote
		{`“Yes,” he said.`, "o c"},
		{`He said "no" twice`, "o c"},
		{`She said ‘not now’ and left`, "os cs"},
		{`It hasn’t sought the allies’ view`, ". ."},
		{`'Tis the '90s: it's 'quoted' here`, "os cs . os cs"},
		{`“He called it ‘a farce’,” she said`, "o os cs c"},
		{`«Oui», dit-il; „Ja“`, "o c o o"},
	} {
		var got []string
		var q QuoteMarks
		text := []rune(c.text)
		for i, r := range text {
			if !strings.ContainsRune("“„«”»\"‘’'", r) {
				continue
			}
			role, single := q.At(text, i)
			s := map[QuoteRole]string{NotQuote: ".", OpenQuote: "o", CloseQuote: "c"}[role]
			if single {
				s += "s"
			}
			got = append(got, s)
		}
		if d := cmp.Diff(c.want, strings.Join(got, " ")); d != "" {
			t.Errorf("%s (-want +got):\n%s", c.text, d)
		}
	}
}

// Single quotes count as quotation marks for the attribution guess, and
// apostrophes do not; quotes nest.
func TestSuggestAttributionSingleQuotes(t *testing.T) {
	text := []rune("The minister said ‘we will not retreat’ on Monday. It hasn’t changed. “He called it ‘a farce’ twice,” she said.")
	at := func(sub string) (int, int) {
		i := strings.Index(string(text), sub)
		s := RuneLen(string(text)[:i])
		return s, s + RuneLen(sub)
	}
	for sub, want := range map[string]AttributionType{
		"we will not retreat":                     AttrDirect,
		"‘we will not retreat’":                   AttrDirect,
		"The minister said ‘we will not retreat’": AttrMixed,
		"It hasn’t changed":                       AttrIndirect,
		"twice":                                   AttrDirect, // inside “…” after the inner quote closed
		"a farce":                                 AttrDirect,
	} {
		s, e := at(sub)
		if got := SuggestAttribution(text, s, e); got != want {
			t.Errorf("%q: %s, want %s", sub, got, want)
		}
	}
}
