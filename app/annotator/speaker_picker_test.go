package annotator

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/app/palette"
)

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
		"Lavrov": "l", "sergei  lavrov": "l", "Foreign Minister Sergei Lavrov": "l", "Wang": "", "Sergei": "l", "Se": "", "S. Lavrov": "l",
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
