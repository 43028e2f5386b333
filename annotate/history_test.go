package annotate

import (
	"errors"
	"regexp"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestRedoReappliesIdenticalValues(t *testing.T) {
	f := newFixture(t)
	sp := spanOf(t, f.ix, "Eurasian security")
	if err := f.h.Do(AddClaim(Claim{Span: sp})); err != nil {
		t.Fatal(err)
	}
	first := f.h.Set().Clone()
	if err := f.h.Undo(); err != nil {
		t.Fatal(err)
	}
	// The clock and the id source have moved on; redo must not use them.
	f.h.Clock()
	f.h.NewID("c")
	if err := f.h.Redo(); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(first, f.h.Set()); diff != "" {
		t.Errorf("redo gave different values (-first +redo):\n%s", diff)
	}
}

func TestNewDoClearsRedo(t *testing.T) {
	f := newFixture(t)
	must(t, f.h.Do(DeleteClaim("c-lav1")))
	must(t, f.h.Undo())
	if !f.h.CanRedo() || f.h.RedoLabel() != "Delete claim" {
		t.Fatalf("CanRedo %v RedoLabel %q", f.h.CanRedo(), f.h.RedoLabel())
	}
	must(t, f.h.Do(DeleteClaim("c-lav2")))
	if f.h.CanRedo() || f.h.RedoLabel() != "" {
		t.Errorf("redo survived a new Do: CanRedo %v RedoLabel %q", f.h.CanRedo(), f.h.RedoLabel())
	}
	if err := f.h.Redo(); !errors.Is(err, ErrNothingToRedo) {
		t.Errorf("Redo: %v, want ErrNothingToRedo", err)
	}
}

func TestUndoRedoSequence(t *testing.T) {
	f := newFixture(t)
	states := []*Set{f.h.Set().Clone()}
	ops := []Op{
		AddSpeaker(Speaker{Name: "Wang Yi"}),
		AttributeClaim("c-lav2", "s-1"),
		MergeSpeakers("s-lavrov", "s-1"),
		DeleteSpeaker("s-china"),
		DeleteClaim("c-lav1"),
	}
	for _, op := range ops {
		must(t, f.h.Do(op))
		states = append(states, f.h.Set().Clone())
	}
	for i := len(ops) - 1; i >= 0; i-- {
		if got := f.h.UndoLabel(); got != ops[i].Label() {
			t.Errorf("UndoLabel %q, want %q", got, ops[i].Label())
		}
		must(t, f.h.Undo())
		if diff := cmp.Diff(states[i], f.h.Set()); diff != "" {
			t.Fatalf("after undoing step %d (-want +got):\n%s", i+1, diff)
		}
	}
	if err := f.h.Undo(); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("Undo on empty stack: %v", err)
	}
	for i := range ops {
		if got := f.h.RedoLabel(); got != ops[i].Label() {
			t.Errorf("RedoLabel %q, want %q", got, ops[i].Label())
		}
		must(t, f.h.Redo())
		if diff := cmp.Diff(states[i+1], f.h.Set()); diff != "" {
			t.Fatalf("after redoing step %d (-want +got):\n%s", i+1, diff)
		}
	}
}

func TestDepthBound(t *testing.T) {
	f := newFixture(t)
	f.h.Depth = 3
	sp := spanOf(t, f.ix, "Beijing")
	var states []*Set
	for range 5 {
		must(t, f.h.Do(AddClaim(Claim{Span: sp})))
		states = append(states, f.h.Set().Clone())
	}
	for range 3 {
		must(t, f.h.Undo())
	}
	if f.h.CanUndo() {
		t.Errorf("more than Depth steps kept")
	}
	if diff := cmp.Diff(states[1], f.h.Set()); diff != "" {
		t.Errorf("after undoing all kept steps (-want +got):\n%s", diff)
	}
}

func TestDefaultDepth(t *testing.T) {
	f := newFixture(t)
	for range DefaultHistoryDepth + 20 {
		must(t, f.h.Do(AttributeClaim("c-lav1", "s-china")))
	}
	if len(f.h.undo) != DefaultHistoryDepth {
		t.Errorf("%d steps kept, want %d", len(f.h.undo), DefaultHistoryDepth)
	}
}

func TestVersion(t *testing.T) {
	f := newFixture(t)
	var got []int
	record := func(err error) {
		t.Helper()
		must(t, err)
		got = append(got, f.h.Version())
	}
	got = append(got, f.h.Version())
	record(f.h.Do(DeleteClaim("c-lav1")))
	record(f.h.Undo())
	record(f.h.Redo())
	_ = f.h.Do(DeleteClaim("c-lav1")) // refused: no change
	_ = f.h.Redo()                    // nothing to redo: no change
	got = append(got, f.h.Version())
	if diff := cmp.Diff([]int{0, 1, 2, 3, 3}, got); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
}

func TestDefaultHooks(t *testing.T) {
	s := NewSet(DocumentFromText(Document{}, "Someone said something."))
	h := NewHistory(s)
	before := time.Now().UTC()
	must(t, h.Do(AddClaim(Claim{Span: Span{Start: 0, End: 7, Exact: "Someone"}})))
	must(t, h.Do(AddSpeaker(Speaker{Name: "Someone"})))
	c := s.Claims[0]
	if ok, _ := regexp.MatchString(`^c-[0-9a-f]{8}$`, c.ID); !ok {
		t.Errorf("claim id %q", c.ID)
	}
	if ok, _ := regexp.MatchString(`^s-[0-9a-f]{8}$`, s.Speakers[0].ID); !ok {
		t.Errorf("speaker id %q", s.Speakers[0].ID)
	}
	if c.Created.Before(before) || c.Created.Location() != time.UTC {
		t.Errorf("Created %v, want UTC now", c.Created)
	}
	if diff := cmp.Diff(c.Created, c.Modified); diff != "" {
		t.Errorf("Modified differs from Created (-created +modified):\n%s", diff)
	}
	if RandomID("c") == RandomID("c") {
		t.Errorf("RandomID repeats")
	}
}

func TestNewIDClashIsRetried(t *testing.T) {
	f := newFixture(t)
	ids := []string{"c-lav1", "c-china", "fresh"}
	f.h.NewID = func(string) string { id := ids[0]; ids = ids[1:]; return id }
	must(t, f.h.Do(AddClaim(Claim{Span: spanOf(t, f.ix, "Beijing")})))
	if id := f.h.Set().Claims[3].ID; id != "fresh" {
		t.Errorf("id %q, want fresh", id)
	}
}

func TestDoNil(t *testing.T) {
	f := newFixture(t)
	if err := f.h.Do(nil); err == nil {
		t.Error("Do(nil) succeeded")
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestUndoAfterOutsideChangeFailsCleanly(t *testing.T) {
	f := newFixture(t)
	must(t, f.h.Do(AttributeClaim("c-lav2", "s-china")))
	// Someone changed the set behind the history's back.
	f.h.Set().Claims = f.h.Set().Claims[:2]
	before := f.h.Set().Clone()
	err := f.h.Undo()
	var ps Problems
	if err == nil || !errors.As(err, &ps) || ps[0].Path != `claim "c-lav2"` {
		t.Fatalf("Undo: %v, want a problem naming claim c-lav2", err)
	}
	if diff := cmp.Diff(before, f.h.Set()); diff != "" {
		t.Errorf("failed undo changed the set (-before +after):\n%s", diff)
	}
	if !f.h.CanUndo() || f.h.CanRedo() || f.h.Version() != 1 {
		t.Errorf("failed undo changed the history")
	}
}
