package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

func TestFoldName(t *testing.T) {
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
			if foldName(n) != foldName(group[0]) {
				t.Errorf("%q folds to %q, %q to %q", n, foldName(n), group[0], foldName(group[0]))
			}
		}
	}
	if foldName("Lavrov") == foldName("Sergei Lavrov") || foldName("Putin") == foldName("Xi") {
		t.Errorf("different names fold alike")
	}
	if got := foldName("  ... "); got != "" {
		t.Errorf("blank name folds to %q", got)
	}
}

func TestSpeakerVerdicts(t *testing.T) {
	key := Key{Speakers: []annotate.Speaker{
		{ID: "w", Name: "Adrienne Watson", Title: "NSC spokesperson", Aliases: []string{"Watson", "White House"}},
	}}
	student := &annotate.Set{Speakers: []annotate.Speaker{
		{ID: "a", Name: "watson"}, {ID: "b", Name: "The White House"}, {ID: "c", Name: "nsc spokesperson"},
		{ID: "d", Name: "Adrienne"}, {ID: "e", Name: ""},
	}}
	m := newMarker(key, student)
	var got []Verdict
	for _, sid := range []string{"a", "b", "c", "d", "e", "", "ghost"} {
		got = append(got, m.verdicts(annotate.Claim{SpeakerID: "w"}, annotate.Claim{SpeakerID: sid}).speaker)
	}
	want := []Verdict{Right, Right, Right, Wrong, Wrong, Wrong, Wrong}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attributed key (-want +got):\n%s", diff)
	}
	got = nil
	for _, sid := range []string{"", "ghost", "a"} {
		got = append(got, m.verdicts(annotate.Claim{}, annotate.Claim{SpeakerID: sid}).speaker)
	}
	if diff := cmp.Diff([]Verdict{Right, Right, Wrong}, got); diff != "" {
		t.Errorf("unattributed key (-want +got):\n%s", diff)
	}
}
