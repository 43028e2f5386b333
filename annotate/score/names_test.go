package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

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
