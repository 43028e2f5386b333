package annotator

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/app/palette"
)

func TestMatchSpeakers(t *testing.T) {
	sps := []annotate.Speaker{
		{ID: "a", Name: "Wang Yi", Title: "Foreign Minister", Aliases: []string{"Wang"}},
		{ID: "b", Name: "Sergei Lavrov", Title: "Foreign Minister", Aliases: []string{"Lavrov"}},
		{ID: "c", Name: "Mao Ning", Title: "spokeswoman"},
		{ID: "d", Name: "Vladimir Putin", Title: "President"},
	}
	ids := func(q string) []string {
		var out []string
		for _, s := range matchSpeakers(sps, q) {
			out = append(out, s.ID)
		}
		return out
	}
	cases := map[string][]string{
		"lav":      {"b"},                // word prefix of the name
		"LAVROV":   {"b"},                // case-insensitive
		"minister": {"a", "b"},           // title, set order kept
		"wa":       {"a"},                // name prefix
		"n":        {"c", "a", "b", "d"}, // "Ning" word prefix, then "n" anywhere
		"":         {"a", "b", "c", "d"},
		"zzz":      nil,
	}
	for q, want := range cases {
		if diff := cmp.Diff(want, ids(q)); diff != "" {
			t.Errorf("query %q (-want +got):\n%s", q, diff)
		}
	}
}

func TestNewSpeakerFromMention(t *testing.T) {
	cases := map[string]annotate.Speaker{
		"Russian Foreign Minister Sergei Lavrov":                                 {Name: "Sergei Lavrov", Title: "Russian Foreign Minister", Kind: annotate.SpeakerPerson},
		"“Adrienne Watson,”":                                                     {Name: "Adrienne Watson", Kind: annotate.SpeakerPerson},
		"the White House National Security Council spokesperson Adrienne Watson": {Name: "Adrienne Watson", Title: "the White House National Security Council spokesperson", Kind: annotate.SpeakerPerson},
		"President": {Name: "President", Kind: annotate.SpeakerPerson},
	}
	for in, want := range cases {
		if diff := cmp.Diff(want, newSpeakerFromMention(in)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", in, diff)
		}
	}
}

func TestSpeakerNamed(t *testing.T) {
	s := annotate.NewSet(annotate.Document{})
	s.Speakers = []annotate.Speaker{{ID: "l", Name: "Sergei Lavrov", Aliases: []string{"Lavrov"}}}
	for text, want := range map[string]string{
		"Lavrov": "l", "sergei  lavrov": "l", "Foreign Minister Sergei Lavrov": "l", "Wang": "", "Sergei": "l", "Se": "",
	} {
		got, _ := speakerNamed(s, text)
		if got != want {
			t.Errorf("speakerNamed(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestInitials(t *testing.T) {
	got := []string{palette.Initials("Sergei Lavrov"), palette.Initials("Wang"), palette.Initials("White House National Security Council"), palette.Initials("")}
	if diff := cmp.Diff([]string{"SL", "W", "WC", ""}, got); diff != "" {
		t.Error(diff)
	}
}
