package annotate

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestGroupIsOneStep(t *testing.T) {
	f := newFixture(t)
	// Create a speaker, attribute a claim to it and record a mention, as the
	// UI does when the user names a new speaker from a claim.
	sid := f.h.NewID("s")
	c, _ := f.h.Set().Claim("c-china")
	withMention := c.clone()
	withMention.Mentions = append(withMention.Mentions, spanOf(t, f.ix, "Beijing"))
	op := Group("New speaker",
		AddSpeaker(Speaker{ID: sid, Name: "Chinese Foreign Ministry", Kind: SpeakerOrganization}),
		EditClaim(withMention),
		AttributeClaim("c-china", sid),
	)
	version := f.h.Version()
	after := roundTrip(t, f.h, op)
	if f.h.Version() != version+5 {
		t.Errorf("Version %d, want %d (Do, Undo, Redo, Undo, Redo)", f.h.Version(), version+5)
	}
	if l := f.h.UndoLabel(); l != "New speaker" {
		t.Errorf("UndoLabel %q", l)
	}
	got, _ := after.Claim("c-china")
	want := withMention.clone()
	want.SpeakerID = sid
	want.Modified = t0.Add(time.Minute) // one time stamp for the whole step
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("claim after group (-want +got):\n%s", diff)
	}
	if err := f.h.Undo(); err != nil {
		t.Fatal(err)
	}
	if f.h.CanUndo() {
		t.Errorf("one Undo should revert the whole group")
	}
}

func TestGroupRollsBack(t *testing.T) {
	f := newFixture(t)
	op := Group("Broken",
		AddSpeaker(Speaker{ID: "s-new", Name: "New"}),
		DeleteClaim("c-lav1"),
		AttributeClaim("c-lav2", "s-new"),
		DeleteSpeaker("s-missing"),
		DeleteClaim("c-lav2"),
	)
	wantRefused(t, f.h, op, `speaker "s-missing"`)
}

func TestGroupEmptyAndNil(t *testing.T) {
	f := newFixture(t)
	wantRefused(t, f.h, Group("Nothing"), "")
	before := f.h.Set().Clone()
	if err := f.h.Do(Group("", DeleteClaim("c-lav1"), nil)); err == nil {
		t.Fatal("group with a nil op succeeded")
	}
	if diff := cmp.Diff(before, f.h.Set()); diff != "" {
		t.Errorf("failed group changed the set (-before +after):\n%s", diff)
	}
	if l := Group("", DeleteClaim("x")).Label(); l != "Delete claim" {
		t.Errorf("default group label %q", l)
	}
}

func TestNestedGroupsFillIDs(t *testing.T) {
	f := newFixture(t)
	sp := spanOf(t, f.ix, "Eurasian security")
	after := roundTrip(t, f.h, Group("Two claims",
		AddClaim(Claim{Span: sp}),
		Group("inner", AddClaim(Claim{Span: sp}), AddSpeaker(Speaker{Name: "Officials", Kind: SpeakerGroup})),
	))
	if diff := cmp.Diff([]string{"c-lav1", "c-china", "c-lav2", "c-1", "c-2"}, claimIDs(after)); diff != "" {
		t.Errorf("claim ids (-want +got):\n%s", diff)
	}
	if after.Speakers[3].ID != "s-3" {
		t.Errorf("speaker id %q, want s-3", after.Speakers[3].ID)
	}
}

func TestGroupErrorIsOpError(t *testing.T) {
	f := newFixture(t)
	err := f.h.Do(Group("G", DeleteClaim("nope")))
	var oe *OpError
	if !errors.As(err, &oe) || oe.Label != "Delete claim" {
		t.Errorf("error %v, want the failing op's *OpError", err)
	}
}

func TestGroupErrorNamesTheStep(t *testing.T) {
	f := newFixture(t)
	err := f.h.Do(Group("Broken", DeleteClaim("c-lav1"), DeleteClaim("c-lav1"), DeleteClaim("c-lav2")))
	want := `Broken (step 2 of 3): Delete claim: claim "c-lav1": does not exist`
	if err == nil || err.Error() != want {
		t.Errorf("error\n got %v\nwant %s", err, want)
	}
}
