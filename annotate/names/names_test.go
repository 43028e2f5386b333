package names

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
)

func TestFold(t *testing.T) {
	same := [][]string{
		{"Wang Yi", "Wáng Yì", "wang  yi", " WANG YI. "},
		{"The White House", "white house", "White-House"},
		{"U.S. Treasury", "US treasury", "u.s. Treasury"},
		{"Sergei Lavrov", "Sergéi Lavróv", "SERGEI\tLAVROV"},
		{"Zoë Müller", "Zoe Muller"},
		{"Russia’s Foreign Ministry", "Russias foreign ministry", "Russia's Foreign Ministry"},
	}
	for _, group := range same {
		for _, n := range group[1:] {
			if Fold(n) != Fold(group[0]) {
				t.Errorf("%q folds to %q, %q to %q", n, Fold(n), group[0], Fold(group[0]))
			}
		}
	}
	if Fold("Lavrov") == Fold("Sergei Lavrov") || Fold("Putin") == Fold("Xi") {
		t.Errorf("different names fold alike")
	}
	if got := Fold("  ... "); got != "" {
		t.Errorf("blank name folds to %q", got)
	}
}

func TestWords(t *testing.T) {
	for in, want := range map[string][]string{
		"S. Lavrov":            {"s", "lavrov"},
		"S.Lavrov":             {"s", "lavrov"},
		"Mr Lavrov":            {"lavrov"},
		"Dr. Anna Ö. Berg":     {"anna", "o", "berg"},
		"Jean-Luc Mélenchon":   {"jean", "luc", "melenchon"},
		"Mr":                   {"mr"},
		"the Foreign Ministry": {"foreign", "ministry"},
	} {
		if d := cmp.Diff(want, Words(in)); d != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", in, d)
		}
	}
}

func TestSamePerson(t *testing.T) {
	same := [][2]string{
		{"S. Lavrov", "Sergei Lavrov"},
		{"Lavrov", "Sergei Lavrov"},
		{"Mr Lavrov", "Sergei Lavrov"},
		{"Lavrov Sergei", "Sergei Lavrov"},
		{"Sergei V. Lavrov", "Sergei Viktorovich Lavrov"},
		{"S. V. Lavrov", "Sergei Viktorovich Lavrov"},
		{"J.-L. Mélenchon", "Jean-Luc Melenchon"},
		{"Wang Yi", "WANG YI"},
		{"Xi", "Xi Jinping"},
		{"UN", "United Nations"},
		{"U.N.", "the United Nations"},
		{"WHO", "World Health Organization"},
		{"EU", "European Union"},
		{"State Department", "U.S. State Department"},
		{"Ursula von der Leyen", "von der Leyen"},
	}
	for _, p := range same {
		if !SamePerson(p[0], p[1]) || !SamePerson(p[1], p[0]) {
			t.Errorf("SamePerson(%q, %q) = false, want true both ways", p[0], p[1])
		}
	}
	different := [][2]string{
		{"Jane Smith", "John Smith"},
		{"S.", "Sergei Lavrov"}, // an initial alone names no one
		{"S. L.", "Sergei Lavrov"},
		{"Sergei Lavrov", "Sergei Shoigu"},
		{"Lavrova", "Sergei Lavrov"},
		{"who", "World Health Organization"}, // a word, not an acronym
		{"Un", "United Nations"},
		{"", ""},
		{"...", "Sergei Lavrov"},
		{"Maria Zakharova", "Sergei Lavrov"},
	}
	for _, p := range different {
		if SamePerson(p[0], p[1]) || SamePerson(p[1], p[0]) {
			t.Errorf("SamePerson(%q, %q) = true, want false", p[0], p[1])
		}
	}
}

func TestSpeakers(t *testing.T) {
	speakers := []annotate.Speaker{
		{ID: "zak", Name: "Maria Zakharova", Title: "Foreign Ministry spokeswoman"},
		{ID: "lav", Name: "Sergei Lavrov", Title: "Foreign Minister", Affiliation: "Russia", Aliases: []string{"Lavrov"}},
		{ID: "shoigu", Name: "Sergei Shoigu"},
		{ID: "un", Name: "United Nations", Kind: annotate.SpeakerOrganization},
		{ID: "wang", Name: "Wáng Yì"},
		{ID: "who", Name: "World Health Organization", Kind: annotate.SpeakerOrganization},
	}
	type hit struct {
		ID   string
		Rank Rank
		Via  string
	}
	tests := []struct {
		query string
		want  []hit
	}{
		{"S. Lavrov", []hit{{"lav", SameName, "Sergei Lavrov"}}},
		{"s lav", []hit{{"lav", SameName, "Sergei Lavrov"}}},
		{"Lavrov", []hit{{"lav", Exact, "Lavrov"}}},
		{"serg", []hit{{"lav", Start, "Sergei Lavrov"}, {"shoigu", Start, "Sergei Shoigu"}}},
		{"Sergei", []hit{{"lav", Start, "Sergei Lavrov"}, {"shoigu", Start, "Sergei Shoigu"}}},
		{"Mr Shoigu", []hit{{"shoigu", SameName, "Sergei Shoigu"}}},
		{"wang", []hit{{"wang", Start, "Wáng Yì"}}},
		{"UN", []hit{{"un", Start, "United Nations"}}},
		{"W.H.O.", []hit{{"who", SameName, "World Health Organization"}}},
		{"Foreign Minister Lavrov", []hit{{"lav", Described, "Foreign Minister Sergei Lavrov"}}},
		{"minister", []hit{{"lav", Described, "Foreign Minister Sergei Lavrov"}}},
		{"Minist", []hit{{"zak", Described, "Foreign Ministry spokeswoman Maria Zakharova"}, {"lav", Described, "Foreign Minister Sergei Lavrov"}}},
		{"akharo", []hit{{"zak", Anywhere, "Maria Zakharova"}}},
		{"Jane Doe", nil},
	}
	for _, tt := range tests {
		var got []hit
		for _, m := range Speakers(speakers, tt.query) {
			got = append(got, hit{m.Speaker.ID, m.Rank, m.Via})
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Speakers(%q) (-want +got):\n%s", tt.query, d)
		}
	}
	if got := Speakers(speakers, "  "); len(got) != len(speakers) || got[0].Speaker.ID != "zak" {
		t.Errorf("an empty query: %d speakers, first %q; want all, in order", len(got), got[0].Speaker.ID)
	}
}

// FuzzSamePerson: never panics, is symmetric, and a name is the same
// person as itself whenever it has a letter.
func FuzzSamePerson(f *testing.F) {
	for _, s := range [][2]string{{"S. Lavrov", "Sergei Lavrov"}, {"UN", "United Nations"}, {"", "x"}, {"Mr", "Mr Mr"}, {"a b c d e f g h", "h g f e d c b a"}} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if SamePerson(a, b) != SamePerson(b, a) {
			t.Fatalf("SamePerson(%q, %q) is not symmetric", a, b)
		}
		Speakers([]annotate.Speaker{{Name: a, Aliases: []string{b}}}, b)
	})
}

func TestFind(t *testing.T) {
	speakers := []annotate.Speaker{
		{ID: "l", Name: "Sergei Lavrov", Aliases: []string{"Lavrov"}},
		{ID: "s", Name: "Sergei Shoigu"},
		{ID: "us", Name: "United States"},
	}
	for mention, want := range map[string]string{
		"Lavrov": "l", "sergei  lavrov": "l", "Foreign Minister Sergei Lavrov": "l", "S. Lavrov": "l", "“Lavrov,”": "l",
		"Mr Shoigu": "s", "U.S.": "us", "US": "us", "Sergei": "", "Wang": "", "Se": "", "": "",
	} {
		if got, _ := Find(speakers, mention); got != want {
			t.Errorf("Find(%q) = %q, want %q", mention, got, want)
		}
	}
}
