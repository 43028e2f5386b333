package score

import (
	"fmt"
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
	want := []Verdict{Right, Right, Right, Right, Wrong, Wrong, Wrong}
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

// A name that stands for one key speaker is right (surname, initials, an
// acronym); one that fits two key speakers is wrong, so a student cannot
// name everyone at once.
func TestSpeakerStandsForOneKeySpeaker(t *testing.T) {
	key := Key{Speakers: []annotate.Speaker{
		{ID: "lavrov", Name: "Sergei Lavrov"},
		{ID: "john", Name: "John Smith"}, {ID: "mary", Name: "Mary Smith"},
		{ID: "who", Name: "World Health Organization"},
		{ID: "wang", Name: "Wáng Yì"},
	}}
	cases := []struct {
		name, key string
		want      Verdict
	}{
		{"Lavrov", "lavrov", Right},
		{"S. Lavrov", "lavrov", Right},
		{"Sergei V. Lavrov", "lavrov", Right},
		{"Lavrov", "john", Wrong},
		{"Smith", "john", Wrong}, // two Smiths
		{"J. Smith", "john", Right},
		{"Mary Smith", "john", Wrong},
		{"WHO", "who", Right},
		{"wang", "wang", Right},
		{"Sergei Lavrov John Smith", "lavrov", Wrong}, // fits two
		{"S.", "lavrov", Wrong},                       // an initial alone
		{"Lavrova", "lavrov", Wrong},
	}
	var got, want []string
	for i, c := range cases {
		student := &annotate.Set{Speakers: []annotate.Speaker{{ID: "s", Name: c.name}}}
		m := newMarker(key, student)
		v := m.verdicts(annotate.Claim{SpeakerID: c.key}, annotate.Claim{SpeakerID: "s"}).speaker
		got = append(got, fmt.Sprintf("%d %s→%s: %v", i, c.name, c.key, v))
		want = append(want, fmt.Sprintf("%d %s→%s: %v", i, c.name, c.key, c.want))
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("verdicts (-want +got):\n%s", d)
	}
}
