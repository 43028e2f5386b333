package annotate

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// twoDevices is the fixture's set on device A (a History) and a copy of it
// as device B left it: B's edits are made with edit() on theirs.
func twoDevices(t *testing.T) (f fixture, base, theirs *Set) {
	f = newFixture(t)
	f.h.Device = devA
	base = f.h.Set().Clone()
	return f, base, base.Clone()
}

// takeIn merges theirs into A's set as sync does, and takes the result in.
func takeIn(t *testing.T, f fixture, base, theirs *Set) (*Set, bool) {
	t.Helper()
	merged, _ := mustMerge(t, base, f.h.Set().Clone(), theirs, MergeOptions{Device: devA, Now: t0.Add(time.Hour)})
	added, err := f.h.TakeIn("Take in changes from elsewhere", merged)
	must(t, err)
	return merged, added
}

// The second case: A (offline) edits claim 1; B edits claim 1
// later, edits claim 2 and deletes claim 3. A takes in the merge and
// presses Undo to get its claim-1 note back: only that comes back; B's
// note stays as a version, B's claim-2 edit and claim-3 deletion stay.
func TestUndoTakeInRestoresOwnVersionsOnly(t *testing.T) {
	f, base, theirs := twoDevices(t)
	c, _ := f.h.Set().Claim("c-lav1")
	mine := *c
	mine.Note = "A's note"
	must(t, f.h.Do(EditClaim(mine)))
	edit(theirs, "c-lav1", t0.Add(time.Hour), devB, func(c *Claim) { c.Note = "B's note" })
	edit(theirs, "c-china", t0.Add(time.Hour), devB, func(c *Claim) { c.Kind = KindOpinion })
	dropClaim(theirs, "c-lav2")

	merged, added := takeIn(t, f, base, theirs)
	if !added || f.h.UndoLabel() != "Take in changes from elsewhere" {
		t.Fatalf("no undo step for the take-in (added %v, label %q)", added, f.h.UndoLabel())
	}
	if d := cmp.Diff(merged, f.h.Set()); d != "" {
		t.Fatalf("taken in (-merged +set):\n%s", d)
	}
	must(t, f.h.Undo())
	s := f.h.Set()
	lav := claimOf(t, s, "c-lav1")
	if lav.Note != "A's note" {
		t.Errorf("after Undo the note is %q, want A's", lav.Note)
	}
	if len(lav.Conflicts) != 1 || lav.Conflicts[0].Note != "B's note" || lav.Conflicts[0].Device != devB {
		t.Errorf("B's note is not kept as a version: %+v", lav.Conflicts)
	}
	// Stamped as an edit made here by the history's clock (the fixture's
	// ticks from t0: the take-in asked it once, after A's edit).
	if lav.Device != devA || !lav.Modified.Equal(t0.Add(2*time.Minute)) {
		t.Errorf("the restored claim is stamped %v by %q; want the clock's time, by A", lav.Modified, lav.Device)
	}
	if c := claimOf(t, s, "c-china"); c.Kind != KindOpinion {
		t.Errorf("B's edit of claim 2 was reverted: kind %q", c.Kind)
	}
	if _, ok := s.Claim("c-lav2"); ok {
		t.Errorf("B's deletion of claim 3 was reverted")
	}
	// Redo: B's note again, A's as the version.
	must(t, f.h.Redo())
	if d := cmp.Diff(merged, f.h.Set()); d != "" {
		t.Errorf("after Redo (-merged +set):\n%s", d)
	}
	// Undo twice: the take-in step, then A's own edit, which takes the note
	// back to the base's, in scope: B's edits stay.
	must(t, f.h.Undo())
	must(t, f.h.Undo())
	s = f.h.Set()
	if lav := claimOf(t, s, "c-lav1"); lav.Note != "" || len(lav.Conflicts) != 1 {
		t.Errorf("after undoing A's edit: note %q, versions %+v", lav.Note, lav.Conflicts)
	}
	if c := claimOf(t, s, "c-china"); c.Kind != KindOpinion {
		t.Errorf("undoing A's edit reverted B's claim-2 edit")
	}
	if _, ok := s.Claim("c-lav2"); ok {
		t.Errorf("undoing A's edit brought back claim 3")
	}
	if err := Validate(s); err != nil {
		t.Error(err)
	}
}

// A step done before a take-in is undone field by field: a field B changed
// since stays B's, a field only the step changed goes back; redo too.
func TestUndoAfterTakeInIsPerField(t *testing.T) {
	f, base, theirs := twoDevices(t)
	c, _ := f.h.Set().Claim("c-lav1")
	mine := *c
	mine.Kind, mine.Tags = KindFact, []string{"mine"}
	must(t, f.h.Do(EditClaim(mine)))
	edit(theirs, "c-lav1", t0.Add(time.Hour), devB, func(c *Claim) { c.Note = "B's note"; c.Tags = []string{"B"} })
	_, added := takeIn(t, f, base, theirs)
	if !added {
		t.Fatalf("tags changed on both, B newer: want an undo step")
	}
	must(t, f.h.Undo()) // the take-in: A's tags back
	if got := claimOf(t, f.h.Set(), "c-lav1").Tags; !slices.Equal(got, []string{"mine"}) {
		t.Fatalf("tags %v after undoing the take-in", got)
	}
	must(t, f.h.Undo()) // A's edit, in scope
	got := claimOf(t, f.h.Set(), "c-lav1")
	if got.Kind != KindOpinion || got.Note != "B's note" {
		t.Errorf("after the scoped undo: kind %q (want the base's), note %q (want B's)", got.Kind, got.Note)
	}
	if len(got.Tags) != 0 || len(got.Conflicts) != 1 || !slices.Equal(got.Conflicts[0].Tags, []string{"B"}) {
		t.Errorf("tags %v versions %+v; want the base's tags, B's kept as a version", got.Tags, got.Conflicts)
	}
	must(t, f.h.Redo())
	got = claimOf(t, f.h.Set(), "c-lav1")
	if got.Kind != KindFact || got.Note != "B's note" || !slices.Equal(got.Tags, []string{"mine"}) {
		t.Errorf("after the scoped redo: kind %q note %q tags %v", got.Kind, got.Note, got.Tags)
	}
}

// A field B changed since is not reverted by undoing A's earlier edit of it
// (theirs was newer and applies; A's value is a version, untouched).
func TestScopedUndoLeavesFieldChangedElsewhere(t *testing.T) {
	f, base, theirs := twoDevices(t)
	c, _ := f.h.Set().Claim("c-china")
	mine := *c
	mine.Note = "A"
	must(t, f.h.Do(EditClaim(mine)))
	edit(theirs, "c-china", t0.Add(time.Hour), devB, func(c *Claim) { c.Note = "B" })
	merged, _ := mustMerge(t, base, f.h.Set().Clone(), theirs, MergeOptions{Now: t0})
	// Taken in as another tab would: no undo step for it (mine was the page's).
	must2(f.h.TakeIn("x", merged))
	f.h.undo = f.h.undo[:1] // leave only A's edit on the stack
	must(t, f.h.Undo())
	if got := claimOf(t, f.h.Set(), "c-china"); got.Note != "B" || len(got.Conflicts) != 1 {
		t.Errorf("note %q versions %+v; want B's note and A's version kept", got.Note, got.Conflicts)
	}
}

func must2(_ bool, err error) {
	if err != nil {
		panic(err)
	}
}

// Adding and deleting claims, undone after a take-in: an added claim that
// B edited since stays (an edit is not thrown away); a deleted one comes
// back; an added speaker that B's claim now names stays.
func TestScopedUndoOfAddsAndDeletes(t *testing.T) {
	f, base, theirs := twoDevices(t)
	must(t, f.h.Do(AddClaim(Claim{Span: spanOf(t, f.ix, "Eurasian security")})))
	newID := f.h.Set().Claims[3].ID
	must(t, f.h.Do(DeleteClaim("c-lav2")))
	must(t, f.h.Do(AddSpeaker(Speaker{ID: "s-wang", Name: "Wang Yi", Kind: SpeakerPerson})))
	// B got A's new claim and speaker through an earlier sync, and edited.
	sync1 := f.h.Set().Clone()
	theirs = sync1.Clone()
	edit(theirs, newID, t0.Add(time.Hour), devB, func(c *Claim) { c.Note = "B was here" })
	edit(theirs, "c-china", t0.Add(time.Hour), devB, func(c *Claim) { c.SpeakerID = "s-wang" })
	_, _ = base, theirs
	merged, _ := mustMerge(t, sync1, f.h.Set().Clone(), theirs, MergeOptions{Now: t0})
	must2(f.h.TakeIn("x", merged))
	must(t, f.h.Undo()) // the speaker: named by B's claim now, stays
	must(t, f.h.Undo()) // the deletion: comes back
	must(t, f.h.Undo()) // the addition: B edited it, stays
	s := f.h.Set()
	if _, ok := s.Speaker("s-wang"); !ok {
		t.Errorf("undo removed a speaker B's claim names")
	}
	if _, ok := s.Claim("c-lav2"); !ok {
		t.Errorf("undo of the deletion did not bring the claim back")
	}
	if c, ok := s.Claim(newID); !ok || c.Note != "B was here" {
		t.Errorf("undo of the addition threw away B's edit of it")
	}
	if err := Validate(s); err != nil {
		t.Error(err)
	}
}

// Without a take-in in between, undo stays exact (positions included).
func TestTakeInWithoutOwnLossAddsNoStep(t *testing.T) {
	f, base, theirs := twoDevices(t)
	edit(theirs, "c-china", t0.Add(time.Hour), devB, func(c *Claim) { c.Note = "B" })
	_, added := takeIn(t, f, base, theirs)
	if added || f.h.CanUndo() {
		t.Errorf("a take-in that replaced nothing of this page's added an undo step")
	}
	if f.h.Version() != 1 {
		t.Errorf("Version %d, want 1 (the page must redraw and save)", f.h.Version())
	}
	other := f.h.Set().Clone()
	other.Document.ID = "sha256:other"
	if _, err := f.h.TakeIn("x", other); err == nil {
		t.Errorf("TakeIn of another document: no error")
	}
}

// UseVersion and DismissVersion settle versions; a version settled
// elsewhere meanwhile is refused with a clear problem.
func TestUseAndDismissVersion(t *testing.T) {
	f := newFixture(t)
	f.h.Device = devA
	v1 := Conflict{Field: FieldNote, Note: "B's", Modified: t0, Device: devB}
	v2 := Conflict{Field: FieldNote, Note: "C's", Modified: t0.Add(time.Minute), Device: "C"}
	v3 := Conflict{Field: FieldKind, Kind: KindFact, Modified: t0, Device: devB}
	f.h.Set().Claims[0].Conflicts = []Conflict{v1, v3, v2}
	tidyConflicts(&f.h.Set().Claims[0])
	after := roundTrip(t, f.h, UseVersion("c-lav1", v2))
	c := claimOf(t, after, "c-lav1")
	if c.Note != "C's" || len(c.Conflicts) != 1 || c.Conflicts[0].Field != FieldKind || c.Device != devA {
		t.Errorf("after using C's note: %+v", c)
	}
	after = roundTrip(t, f.h, DismissVersion("c-lav1", v3))
	if c := claimOf(t, after, "c-lav1"); c.Kind != KindOpinion || len(c.Conflicts) != 0 {
		t.Errorf("after dismissing the kind version: kind %q versions %+v", c.Kind, c.Conflicts)
	}
	gone := Conflict{Field: FieldNote, Note: "never there", Modified: t0}
	wantRefused(t, f.h, UseVersion("c-lav1", gone), `claim "c-lav1".conflicts`)
	wantRefused(t, f.h, DismissVersion("c-nope", v1), `claim "c-nope"`)
	// A version whose place no longer fits the text is refused, not applied.
	bad := Conflict{Field: FieldSpan, Span: &Span{Start: 0, End: 3, Exact: "zzz"}, Modified: t0}
	f.h.Set().Claims[0].Conflicts = append(f.h.Set().Claims[0].Conflicts, bad)
	wantRefused(t, f.h, UseVersion("c-lav1", bad), `claim "c-lav1".span.exact`)
}

// Deleting a speaker makes the versions naming it unattributed versions;
// merging speakers moves them to the kept one.
func TestSpeakerOpsKeepVersionsResolvable(t *testing.T) {
	f := newFixture(t)
	f.h.Set().Claims[1].Conflicts = []Conflict{{Field: FieldSpeaker, SpeakerID: "s-watson", Modified: t0}}
	after := roundTrip(t, f.h, MergeSpeakers("s-lavrov", "s-watson"))
	if c := claimOf(t, after, "c-china"); len(c.Conflicts) != 1 || c.Conflicts[0].SpeakerID != "s-lavrov" {
		t.Errorf("after merging the speakers: %+v", c.Conflicts)
	}
	after = roundTrip(t, f.h, DeleteSpeaker("s-lavrov"))
	if c := claimOf(t, after, "c-china"); len(c.Conflicts) != 1 || c.Conflicts[0].SpeakerID != "" {
		t.Errorf("after deleting the speaker: %+v", c.Conflicts)
	}
	if err := Validate(after); err != nil {
		t.Error(err)
	}
}

func TestVersionsLeftOut(t *testing.T) {
	f := newFixture(t)
	s := f.h.Set()
	if ws := VersionsLeftOut(s); len(ws) != 0 {
		t.Errorf("no versions: %v", ws)
	}
	s.Claims[1].Conflicts = []Conflict{{Field: FieldNote, Note: "B's", Modified: t0}, {Field: FieldKind, Kind: KindFact, Modified: t0}}
	want := Problems{{Path: "claims[1]", Message: "2 versions from another device left out (not chosen yet; whosaid JSON keeps them)"}}
	if diff := cmp.Diff(want, VersionsLeftOut(s)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
