package annotate

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAddSpeaker(t *testing.T) {
	f := newFixture(t)
	after := roundTrip(t, f.h, AddSpeaker(Speaker{Name: "Wang Yi", Kind: SpeakerPerson, Title: "Foreign Minister"}))
	want := Speaker{ID: "s-1", Name: "Wang Yi", Kind: SpeakerPerson, Title: "Foreign Minister"}
	if diff := cmp.Diff(want, after.Speakers[3]); diff != "" {
		t.Errorf("added speaker (-want +got):\n%s", diff)
	}
}

func TestAddSpeakerRefused(t *testing.T) {
	f := newFixture(t)
	wantRefused(t, f.h, AddSpeaker(Speaker{ID: "s-china", Name: "China"}), `speaker "s-china".id`)
	wantRefused(t, f.h, AddSpeaker(Speaker{ID: "s-x", Name: "  "}), `speaker "s-x".name`)
	wantRefused(t, f.h, AddSpeaker(Speaker{ID: "s-watson", Kind: "robot"}),
		`speaker "s-watson".id`, `speaker "s-watson".name`, `speaker "s-watson".kind`)
}

func TestEditSpeaker(t *testing.T) {
	f := newFixture(t)
	sp, _ := f.h.Set().Speaker("s-china")
	ed := cloneSpeaker(*sp)
	ed.Name, ed.Aliases = "Chinese Foreign Ministry", []string{"Beijing"}
	after := roundTrip(t, f.h, EditSpeaker(ed))
	if diff := cmp.Diff(ed, after.Speakers[1]); diff != "" {
		t.Errorf("edited speaker (-want +got):\n%s", diff)
	}
	wantRefused(t, f.h, EditSpeaker(Speaker{ID: "s-none", Name: "X"}), `speaker "s-none"`)
	wantRefused(t, f.h, EditSpeaker(Speaker{ID: "s-china"}), `speaker "s-china".name`)
}

func TestDeleteSpeakerUnattributesClaims(t *testing.T) {
	f := newFixture(t)
	before := f.h.Set().Clone()
	after := roundTrip(t, f.h, DeleteSpeaker("s-lavrov"))
	want := before.Clone()
	want.Speakers = want.Speakers[1:]
	for _, i := range []int{0, 2} {
		want.Claims[i].SpeakerID = ""
		want.Claims[i].Modified = t0.Add(time.Minute)
	}
	if diff := cmp.Diff(want, after); diff != "" {
		t.Errorf("after delete speaker (-want +got):\n%s", diff)
	}
	wantRefused(t, f.h, DeleteSpeaker("s-lavrov"), `speaker "s-lavrov"`)
}

func TestMergeSpeakers(t *testing.T) {
	f := newFixture(t)
	s := f.h.Set()
	// A duplicate of Lavrov made by another annotator, with overlapping aliases.
	s.Speakers = append(s.Speakers, Speaker{ID: "s-lav-dup", Name: "Lavrov", Kind: SpeakerPerson,
		Aliases: []string{"Sergei  Lavrov", "Russian Foreign Minister", "lavrov", "", "Russia's top diplomat"}})
	s.Claims[1].SpeakerID = "s-lav-dup"
	before := s.Clone()
	after := roundTrip(t, f.h, MergeSpeakers("s-lavrov", "s-lav-dup"))
	want := before.Clone()
	want.Speakers = want.Speakers[:3]
	want.Speakers[0].Aliases = []string{"Lavrov", "Russian Foreign Minister", "Russia's top diplomat"}
	want.Claims[1].SpeakerID = "s-lavrov"
	want.Claims[1].Modified = t0.Add(time.Minute)
	if diff := cmp.Diff(want, after); diff != "" {
		t.Errorf("after merge (-want +got):\n%s", diff)
	}
	if l := f.h.UndoLabel(); l != "Merge speakers" {
		t.Errorf("UndoLabel %q", l)
	}
}

func TestMergeSpeakersKeepAfterGone(t *testing.T) {
	// Removing gone shifts keep's index; undo must still restore the order.
	f := newFixture(t)
	after := roundTrip(t, f.h, MergeSpeakers("s-watson", "s-lavrov"))
	want := []string{"Watson", "NSC spokesperson", "Sergei Lavrov", "Lavrov"}
	if diff := cmp.Diff(want, after.Speakers[1].Aliases); diff != "" {
		t.Errorf("aliases (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s-watson", "s-china", "s-watson"}, claimSpeakers(after)); diff != "" {
		t.Errorf("claim speakers (-want +got):\n%s", diff)
	}
}

func TestMergeSpeakersRefused(t *testing.T) {
	f := newFixture(t)
	wantRefused(t, f.h, MergeSpeakers("s-china", "s-china"), `speaker "s-china"`)
	wantRefused(t, f.h, MergeSpeakers("s-a", "s-b"), `speaker "s-a"`, `speaker "s-b"`)
}

func claimSpeakers(s *Set) []string {
	var ids []string
	for _, c := range s.Claims {
		ids = append(ids, c.SpeakerID)
	}
	return ids
}
