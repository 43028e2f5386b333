package annotate

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A version of the set changed elsewhere comes in as one step; earlier
// steps stay undoable behind it.
func TestReplaceContent(t *testing.T) {
	f := newFixture(t)
	if err := f.h.Do(DeleteClaim("c-lav2")); err != nil {
		t.Fatal(err)
	}
	theirs := f.h.Set().Clone()
	theirs.Claims[0].Note = "checked with the transcript"
	theirs.Speakers = append(theirs.Speakers, Speaker{ID: "s-mao", Name: "Mao Ning", Kind: SpeakerPerson, Aliases: []string{"Mao"}})
	theirs.Claims = append(theirs.Claims, Claim{ID: "c-new", Span: spanOf(t, f.ix, "double counteracting"),
		SpeakerID: "s-mao", Attribution: AttrDirect, Kind: KindOther, Created: t0, Modified: t0})

	after := roundTrip(t, f.h, ReplaceContent("Merge from another device", theirs))
	if diff := cmp.Diff(theirs, after); diff != "" {
		t.Errorf("after the step (-want +got):\n%s", diff)
	}
	if got := f.h.UndoLabel(); got != "Merge from another device" {
		t.Errorf("undo label = %q", got)
	}
	// The set does not share memory with the set it came from.
	theirs.Claims[0].Note = "changed later"
	theirs.Speakers[3].Aliases[0] = "changed"
	if f.h.Set().Claims[0].Note != "checked with the transcript" || f.h.Set().Speakers[3].Aliases[0] != "Mao" {
		t.Error("the set shares memory with the incoming one")
	}
	// Undo the incoming change, then the delete before it.
	if err := f.h.Undo(); err != nil {
		t.Fatal(err)
	}
	if err := f.h.Undo(); err != nil {
		t.Fatal(err)
	}
	if n := len(f.h.Set().Claims); n != 3 {
		t.Errorf("after undoing both steps: %d claims, want 3", n)
	}
}

func TestReplaceContentRefusesAnotherDocument(t *testing.T) {
	f := newFixture(t)
	other := NewSet(DocumentFromText(Document{Title: "Other"}, "Another article.\n\nIt said so."))
	wantRefused(t, f.h, ReplaceContent("Merge", other), "document.id")
	wantRefused(t, f.h, ReplaceContent("Merge", nil), "document")
}
