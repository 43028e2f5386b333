package annotate

import (
	"encoding/json"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// mergeBase is the fixture's set: three claims, three speakers, all
// modified an hour before t0.
func mergeBase(t testing.TB) *Set {
	t.Helper()
	return newFixture(t).h.Set().Clone()
}

// The devices of the tests.
const (
	devA = "Chrome on Linux · aaaa"
	devB = "Firefox on Windows · bbbb"
)

// edit changes a claim as a device does: f on it, stamped at and by dev.
func edit(s *Set, id string, at time.Time, dev string, f func(c *Claim)) {
	c, _ := s.Claim(id)
	f(c)
	c.Modified, c.Device = at, dev
}

func editNote(s *Set, id, note string, at time.Time) {
	edit(s, id, at, "", func(c *Claim) { c.Note = note })
}

func dropClaim(s *Set, id string) {
	s.Claims = slices.DeleteFunc(s.Claims, func(c Claim) bool { return c.ID == id })
}

func mergedIDs(s *Set) []string {
	var out []string
	for _, c := range s.Claims {
		out = append(out, c.ID)
	}
	return out
}

func claimOf(t testing.TB, s *Set, id string) Claim {
	t.Helper()
	c, ok := s.Claim(id)
	if !ok {
		t.Fatalf("claim %s is not in the set (%v)", id, mergedIDs(s))
	}
	return *c
}

func mustMerge(t testing.TB, base, mine, theirs *Set, o MergeOptions) (*Set, MergeReport) {
	t.Helper()
	got, rep, err := Merge(base, mine, theirs, o)
	if err != nil {
		t.Fatal(err)
	}
	return got, rep
}

func TestMergeDisjointEdits(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	editNote(mine, "c-lav1", "mine", t0.Add(time.Minute))
	editNote(theirs, "c-china", "theirs", t0.Add(2*time.Minute))
	added := theirs.Claims[2]
	added.ID = "c-new"
	theirs.Claims = append(theirs.Claims, added)

	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	want := mine.Clone()
	editNote(want, "c-china", "theirs", t0.Add(2*time.Minute))
	want.Claims = append(want.Claims, added)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("merged set (-want +got):\n%s", d)
	}
	wantRep := MergeReport{Claims: []ClaimMerge{
		{ID: "c-china", Quote: claimOf(t, base, "c-china").Span.Exact, Change: ChangeUpdated, Fields: []ClaimField{FieldNote}},
		{ID: "c-new", Quote: added.Span.Exact, Change: ChangeAdded},
	}}
	if d := cmp.Diff(wantRep, rep); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	if rep.FromTheirs() != 2 || rep.Conflicts() != 0 {
		t.Errorf("FromTheirs = %d, Conflicts = %d; want 2, 0", rep.FromTheirs(), rep.Conflicts())
	}
}

// Different fields of one claim changed on two devices: both apply, no
// conflict; the claim takes the later time and its device.
func TestMergePerFieldSameClaim(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	edit(mine, "c-lav1", t0.Add(time.Minute), devA, func(c *Claim) { c.Note = "checked" })
	edit(theirs, "c-lav1", t0.Add(2*time.Minute), devB, func(c *Claim) { c.Kind = KindFact; c.Tags = []string{"security"} })

	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	c := claimOf(t, got, "c-lav1")
	if c.Note != "checked" || c.Kind != KindFact || !slices.Equal(c.Tags, []string{"security"}) || len(c.Conflicts) != 0 {
		t.Errorf("merged claim: note %q kind %q tags %v versions %v", c.Note, c.Kind, c.Tags, c.Conflicts)
	}
	if !c.Modified.Equal(t0.Add(2*time.Minute)) || c.Device != devB {
		t.Errorf("merged claim stamped %v by %q; want the later edit's", c.Modified, c.Device)
	}
	if d := cmp.Diff([]ClaimField{FieldKind, FieldTags}, rep.Claims[0].Fields); d != "" || rep.Conflicts() != 0 {
		t.Errorf("report %+v (fields -want +got):\n%s", rep, d)
	}
}

// The same field changed on both: the newer applies, the other is a
// version on the claim, with its time and device — whichever side is newer.
func TestMergeBothChangedKeepsTheOther(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	edit(mine, "c-lav1", t0.Add(5*time.Minute), devA, func(c *Claim) { c.Note = "mine, later" })
	edit(theirs, "c-lav1", t0.Add(time.Minute), devB, func(c *Claim) { c.Note = "theirs, earlier" })
	edit(mine, "c-china", t0.Add(time.Minute), devA, func(c *Claim) { c.Note = "mine, earlier" })
	edit(theirs, "c-china", t0.Add(5*time.Minute), devB, func(c *Claim) { c.Note = "theirs, later" })

	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	lav, china := claimOf(t, got, "c-lav1"), claimOf(t, got, "c-china")
	if lav.Note != "mine, later" || china.Note != "theirs, later" {
		t.Errorf("notes %q, %q; want the newer of each", lav.Note, china.Note)
	}
	wantLav := []Conflict{{Field: FieldNote, Note: "theirs, earlier", Modified: t0.Add(time.Minute), Device: devB}}
	if d := cmp.Diff(wantLav, lav.Conflicts); d != "" {
		t.Errorf("c-lav1 versions (-want +got):\n%s", d)
	}
	wantChina := []Conflict{{Field: FieldNote, Note: "mine, earlier", Modified: t0.Add(time.Minute), Device: devA}}
	if d := cmp.Diff(wantChina, china.Conflicts); d != "" {
		t.Errorf("c-china versions (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]ClaimMerge{
		{ID: "c-lav1", Quote: lav.Span.Exact, Change: ChangeConflict, Lost: []ClaimField{FieldNote}},
		{ID: "c-china", Quote: china.Span.Exact, Change: ChangeConflict, Won: []ClaimField{FieldNote}},
	}, rep.Claims); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	if rep.Conflicts() != 2 || rep.FromTheirs() != 1 {
		t.Errorf("Conflicts %d FromTheirs %d; want 2, 1", rep.Conflicts(), rep.FromTheirs())
	}
}

// Every field merges on its own: each one changed on both sides gives one
// version, which UseVersion puts back exactly.
func TestMergeEveryFieldBothSides(t *testing.T) {
	f := newFixture(t)
	base := f.h.Set().Clone()
	mine, theirs := base.Clone(), base.Clone()
	cue2 := spanOf(t, f.ix, "Lavrov added")
	edit(mine, "c-lav1", t0.Add(time.Minute), devA, func(c *Claim) {
		c.Span = spanOf(t, f.ix, "We have a common goal")
		c.SpeakerID = "s-china"
		c.Attribution = AttrMixed
		c.Kind = KindPrediction
		c.Cue = nil
		c.Mentions = []Span{spanOf(t, f.ix, "Sergei Lavrov")}
		c.Note, c.Tags, c.Creator = "mine", []string{"a"}, "Ann"
	})
	edit(theirs, "c-lav1", t0.Add(2*time.Minute), devB, func(c *Claim) {
		c.Span = spanOf(t, f.ix, "increasing security in Eurasia")
		c.SpeakerID = "s-watson"
		c.Attribution = AttrIndirect
		c.Kind = KindExperience
		c.Cue = &cue2
		c.Mentions = []Span{spanOf(t, f.ix, "Russian Foreign Minister Sergei Lavrov")}
		c.Note, c.Tags, c.Creator = "theirs", []string{"b"}, "Bo"
	})
	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	c := claimOf(t, got, "c-lav1")
	th := claimOf(t, theirs, "c-lav1")
	if d := cmp.Diff(th, withoutVersions(c)); d != "" {
		t.Errorf("theirs is newer: every field theirs (-want +got):\n%s", d)
	}
	if len(c.Conflicts) != len(ClaimFields) {
		t.Fatalf("%d versions, want one per field (%d): %+v", len(c.Conflicts), len(ClaimFields), c.Conflicts)
	}
	if d := cmp.Diff(ClaimFields, rep.Claims[0].Won); d != "" {
		t.Errorf("Won (-want +got):\n%s", d)
	}
	// Using each of mine's versions in turn gives mine back, field by field.
	h := NewHistory(got)
	for _, v := range slices.Clone(c.Conflicts) {
		must(t, h.Do(UseVersion("c-lav1", v)))
	}
	back := claimOf(t, h.Set(), "c-lav1")
	mn := claimOf(t, mine, "c-lav1")
	back.Modified, back.Device, mn.Modified, mn.Device = time.Time{}, "", time.Time{}, ""
	if d := cmp.Diff(mn, back); d != "" {
		t.Errorf("after using every version (-mine +got):\n%s", d)
	}
}

func withoutVersions(c Claim) Claim {
	c.Conflicts = nil
	return c
}

func TestMergeDeletions(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	// Deleted there, untouched here: gone.
	dropClaim(theirs, "c-lav2")
	// Deleted there, edited here: kept, marked deleted (time unknown: now).
	dropClaim(theirs, "c-china")
	editNote(mine, "c-china", "kept", t0.Add(time.Minute))
	// Deleted here, untouched there: gone.
	dropClaim(mine, "c-lav1")
	now := t0.Add(time.Hour)

	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{Deleted: Tombstones{"c-lav1": t0}, Device: devA, Now: now})
	if d := cmp.Diff([]string{"c-china"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]Conflict{DeletedVersion(now, "")}, claimOf(t, got, "c-china").Conflicts); d != "" {
		t.Errorf("the kept claim's versions (-want +got):\n%s", d)
	}
	if rep.Count(ChangeDeleted) != 1 || rep.Count(ChangeKept) != 1 {
		t.Errorf("report %+v", rep)
	}
}

// Deleted here, edited there (before or after the deletion: the deleter did
// not see the edit): kept as theirs, with the deletion as a version, its
// time from the tombstone and its device this one; DeleteClaim-like use of
// that version deletes it.
func TestMergeDeletedHereEditedThere(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	dropClaim(mine, "c-lav2")
	edit(theirs, "c-lav2", t0.Add(time.Minute), devB, func(c *Claim) { c.Note = "edited before the deletion" })
	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{Deleted: Tombstones{"c-lav2": t0.Add(5 * time.Minute)}, Device: devA})
	c := claimOf(t, got, "c-lav2")
	if c.Note != "edited before the deletion" {
		t.Errorf("note %q", c.Note)
	}
	if d := cmp.Diff([]Conflict{DeletedVersion(t0.Add(5*time.Minute), devA)}, c.Conflicts); d != "" {
		t.Errorf("versions (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]ClaimMerge{{ID: "c-lav2", Quote: c.Span.Exact, Change: ChangeKept, DeletedHere: true}}, rep.Claims); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	h := NewHistory(got)
	must(t, h.Do(UseVersion("c-lav2", c.Conflicts[0])))
	if _, ok := h.Set().Claim("c-lav2"); ok {
		t.Errorf("using the deletion left the claim")
	}
}

// Without a base (never synced, or base lost), tombstone times decide: a
// claim deleted here stays deleted unless edited there afterwards.
func TestMergeTombstonesWithoutBase(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	dropClaim(mine, "c-lav1")
	dropClaim(mine, "c-china")
	editNote(theirs, "c-china", "edited there after the deletion", t0.Add(10*time.Minute))
	tomb := Tombstones{"c-lav1": t0, "c-china": t0}

	got, rep := mustMerge(t, nil, mine, theirs, MergeOptions{Deleted: tomb, Device: devA})
	if d := cmp.Diff([]string{"c-lav2", "c-china"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if rep.Count(ChangeKept) != 1 || len(rep.Claims) != 1 {
		t.Errorf("report %+v", rep)
	}
}

// A claim this side deleted, synced, restored by an undo and deleted again
// is not in its base; the other side meanwhile kept it with an edit (made
// before the second deletion, on another device). The deleter never saw
// that edit: the claim is kept, the deletion a version. A claim last
// changed on this device (its own copy, say from a save whose answer was
// lost) stays deleted. (FuzzTwoDevices found the first.)
func TestMergeDeletedAgainAfterUndo(t *testing.T) {
	base := mergeBase(t)
	dropClaim(base, "c-china")
	dropClaim(base, "c-lav2")
	mine, theirs := base.Clone(), mergeBase(t)
	edit(theirs, "c-china", t0.Add(time.Minute), devB, func(c *Claim) { c.Note = "edited on B" })
	edit(theirs, "c-lav2", t0.Add(time.Minute), devA, func(c *Claim) { c.Note = "A's own, sent before" })
	tomb := Tombstones{"c-china": t0.Add(5 * time.Minute), "c-lav2": t0.Add(5 * time.Minute)}
	got, _ := mustMerge(t, base, mine, theirs, MergeOptions{Deleted: tomb, Device: devA})
	if d := cmp.Diff([]string{"c-lav1", "c-china"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	c := claimOf(t, got, "c-china")
	if d := cmp.Diff([]Conflict{DeletedVersion(t0.Add(5*time.Minute), devA)}, c.Conflicts); d != "" {
		t.Errorf("versions (-want +got):\n%s", d)
	}
}

func TestMergeNoBaseUnion(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	dropClaim(mine, "c-lav2")
	dropClaim(theirs, "c-lav1")
	got, rep := mustMerge(t, nil, mine, theirs, MergeOptions{})
	if d := cmp.Diff([]string{"c-lav1", "c-china", "c-lav2"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if rep.Count(ChangeAdded) != 1 {
		t.Errorf("report %+v, want one added", rep)
	}
}

// Versions merge three-way: one settled on a side goes, one added on
// either stays; a version the claim holds again is dropped.
func TestMergeVersionLists(t *testing.T) {
	base := mergeBase(t)
	old1 := Conflict{Field: FieldNote, Note: "old one", Modified: t0, Device: devB}
	old2 := Conflict{Field: FieldKind, Kind: KindFact, Modified: t0, Device: devB}
	edit(base, "c-lav1", t0, devA, func(c *Claim) { c.Conflicts = []Conflict{old1, old2} })
	mine, theirs := base.Clone(), base.Clone()
	// Settled here: old1 dismissed.
	edit(mine, "c-lav1", t0.Add(time.Minute), devA, func(c *Claim) { c.Conflicts = []Conflict{old2} })
	// There: a new version from a later merge.
	fresh := Conflict{Field: FieldTags, Tags: []string{"x"}, Modified: t0.Add(2 * time.Minute), Device: "Safari on iOS · cccc"}
	edit(theirs, "c-lav1", t0.Add(2*time.Minute), devB, func(c *Claim) { c.Conflicts = append(c.Conflicts, fresh) })
	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	if d := cmp.Diff([]Conflict{old2, fresh}, claimOf(t, got, "c-lav1").Conflicts); d != "" {
		t.Errorf("versions (-want +got):\n%s", d)
	}
	if len(rep.Claims) != 1 || !rep.Claims[0].Versions || rep.Claims[0].Change != ChangeUpdated {
		t.Errorf("report %+v", rep)
	}
}

// Merging again what was merged changes nothing: no new versions, no
// report (the 409 → merge → PUT loop can go round more than once).
func TestMergeRepeatedIsStable(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	edit(mine, "c-lav1", t0.Add(time.Minute), devA, func(c *Claim) { c.Note = "A" })
	edit(theirs, "c-lav1", t0.Add(2*time.Minute), devB, func(c *Claim) { c.Note = "B" })
	dropClaim(theirs, "c-lav2")
	first, _ := mustMerge(t, base, mine, theirs, MergeOptions{Now: t0})
	// The same again (the PUT of the merge was refused once more).
	again, rep := mustMerge(t, base, first, theirs, MergeOptions{Now: t0})
	if d := cmp.Diff(first, again); d != "" {
		t.Errorf("second merge (-first +again):\n%s", d)
	}
	if rep.Conflicts() != 0 {
		t.Errorf("second merge reported conflicts: %+v", rep)
	}
	// And with the server's copy as the new base, as sync does.
	third, rep := mustMerge(t, theirs, first, theirs, MergeOptions{Now: t0})
	if d := cmp.Diff(first, third); d != "" || rep.Changed() {
		t.Errorf("merge on the new base changed something (%+v):\n%s", rep, d)
	}
	// The other device takes the merge in: it equals it.
	onB, _ := mustMerge(t, theirs, theirs, first, MergeOptions{Now: t0})
	if d := cmp.Diff(first, onB); d != "" {
		t.Errorf("the other device's copy (-merged +there):\n%s", d)
	}
}

// A save that reached the server but whose answer was lost is sent again
// and refused as stale: the server's copy is this device's own. Merging
// it changes nothing and reports nothing from "another device".
func TestMergeOwnRetryIsIdempotent(t *testing.T) {
	base := mergeBase(t)
	mine := base.Clone()
	edit(mine, "c-lav1", t0.Add(time.Minute), devA, func(c *Claim) { c.Note = "sent once" })
	dropClaim(mine, "c-lav2")
	server := mine.Clone() // what landed
	got, rep := mustMerge(t, base, mine, server, MergeOptions{Deleted: Tombstones{"c-lav2": t0}, Device: devA, Now: t0})
	if d := cmp.Diff(mine, got); d != "" {
		t.Errorf("(-mine +merged):\n%s", d)
	}
	if rep.Changed() {
		t.Errorf("report %+v, want nothing", rep)
	}
	if !SameContent(mine, server) {
		t.Errorf("SameContent of a set and its copy is false")
	}
	if SameContent(mine, base) {
		t.Errorf("SameContent of different sets is true")
	}
}

func TestMergeSpeakerLists(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	// Renamed on both sides: mine, theirs' name an alias.
	mine.Speakers[1].Name = "China (mine)"
	theirs.Speakers[1].Name = "China (theirs)"
	// Different fields on each side: both.
	mine.Speakers[2].Affiliation = "White House"
	theirs.Speakers[2].Title = "NSC spokesperson"
	theirs.Speakers[2].Aliases = append(theirs.Speakers[2].Aliases, "Ms. Watson")
	// Added there.
	theirs.Speakers = append(theirs.Speakers, Speaker{ID: "s-new", Name: "Xi Jinping", Kind: SpeakerPerson})
	// Deleted there (its claims unattributed) while a claim added here
	// names it: kept.
	theirs.Speakers = slices.DeleteFunc(theirs.Speakers, func(s Speaker) bool { return s.ID == "s-lavrov" })
	for i := range theirs.Claims {
		if theirs.Claims[i].SpeakerID == "s-lavrov" {
			theirs.Claims[i].SpeakerID = ""
			theirs.Claims[i].Modified = t0.Add(-30 * time.Minute)
		}
	}
	editNote(mine, "c-lav1", "mine, newest", t0.Add(time.Minute))
	added := claimOf(t, mine, "c-lav2")
	added.ID = "c-mine"
	mine.Claims = append(mine.Claims, added)

	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	want := []Speaker{
		base.Speakers[0],
		{ID: "s-china", Name: "China (mine)", Kind: SpeakerOrganization, Aliases: []string{"China (theirs)"}},
		{ID: "s-watson", Name: "Adrienne Watson", Kind: SpeakerPerson, Title: "NSC spokesperson", Affiliation: "White House",
			Aliases: []string{"Watson", "NSC spokesperson", "Ms. Watson"}},
		{ID: "s-new", Name: "Xi Jinping", Kind: SpeakerPerson},
	}
	if d := cmp.Diff(want, got.Speakers); d != "" {
		t.Errorf("speakers (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"China (mine)"}, rep.SpeakerConflicts); d != "" {
		t.Errorf("speaker conflicts (-want +got):\n%s", d)
	}
	// c-lav1: the speaker changed there only (unattributed), the note here
	// only: both apply. c-lav2 took their unattribution.
	speakerOf := map[string]string{}
	for _, c := range got.Claims {
		speakerOf[c.ID] = c.SpeakerID
	}
	if d := cmp.Diff(map[string]string{"c-lav1": "", "c-china": "s-china", "c-lav2": "", "c-mine": "s-lavrov"}, speakerOf); d != "" {
		t.Errorf("claim speakers (-want +got):\n%s", d)
	}
}

// A speaker only a conflict version still names is kept too.
func TestMergeKeepsSpeakerOfAVersion(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	edit(mine, "c-china", t0.Add(time.Minute), devA, func(c *Claim) { c.SpeakerID = "s-watson" })
	edit(theirs, "c-china", t0.Add(2*time.Minute), devB, func(c *Claim) { c.SpeakerID = "s-lavrov" })
	// Meanwhile there, Watson lost her last claim and was deleted.
	theirs.Speakers = slices.DeleteFunc(theirs.Speakers, func(s Speaker) bool { return s.ID == "s-watson" })
	got, _ := mustMerge(t, base, mine, theirs, MergeOptions{})
	if _, ok := got.Speaker("s-watson"); !ok {
		t.Errorf("the speaker of a kept version was dropped")
	}
	if c := claimOf(t, got, "c-china"); c.SpeakerID != "s-lavrov" || len(c.Conflicts) != 1 || c.Conflicts[0].SpeakerID != "s-watson" {
		t.Errorf("claim %+v", c)
	}
}

// A speaker deleted on one side with no claim naming it is deleted.
func TestMergeSpeakerDeletedThere(t *testing.T) {
	base := mergeBase(t)
	base.Speakers = append(base.Speakers, Speaker{ID: "s-idle", Name: "Nobody", Kind: SpeakerPerson})
	mine, theirs := base.Clone(), base.Clone()
	theirs.Speakers = theirs.Speakers[:3]
	got, rep := mustMerge(t, base, mine, theirs, MergeOptions{})
	if len(got.Speakers) != 3 || rep.Speakers != 1 {
		t.Errorf("speakers = %v, report %+v; want the idle one gone", got.Speakers, rep)
	}
}

func TestMergeUnchangedIsIdentity(t *testing.T) {
	base := mergeBase(t)
	got, rep := mustMerge(t, base, base.Clone(), base.Clone(), MergeOptions{})
	if d := cmp.Diff(base, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if rep.Changed() {
		t.Errorf("report %+v, want no change", rep)
	}
}

func TestMergeErrors(t *testing.T) {
	base := mergeBase(t)
	other := base.Clone()
	other.Document.ID = "sha256:other"
	if _, _, err := Merge(base, base, other, MergeOptions{}); err == nil {
		t.Error("different documents: no error")
	}
	if _, _, err := Merge(base, nil, base, MergeOptions{}); err == nil {
		t.Error("nil set: no error")
	}
	// A claim made invalid on the other side is reported by Validate.
	bad := base.Clone()
	bad.Claims[0].Span.End = 1 << 30
	bad.Claims[0].Modified = t0.Add(time.Hour)
	if _, _, err := Merge(base, base.Clone(), bad, MergeOptions{}); err == nil {
		t.Error("invalid result: no error")
	}
}

// A copy that went through JSON (times re-parsed, empty tags dropped) is
// the same as the original: nothing to merge.
func TestMergeJSONCopyIsUnchanged(t *testing.T) {
	base := mergeBase(t)
	data, err := json.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	var theirs Set
	if err := json.Unmarshal(data, &theirs); err != nil {
		t.Fatal(err)
	}
	mine := base.Clone()
	editNote(mine, "c-lav1", "mine", t0.Add(time.Minute))
	got, rep := mustMerge(t, base, mine, &theirs, MergeOptions{})
	if rep.Changed() {
		t.Errorf("report %+v, want nothing from theirs", rep)
	}
	if d := cmp.Diff(mine, got); d != "" {
		t.Errorf("(-mine +merged):\n%s", d)
	}
}
