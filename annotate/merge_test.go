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

func editNote(s *Set, id, note string, at time.Time) {
	c, _ := s.Claim(id)
	c.Note, c.Modified = note, at
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

func TestMergeDisjointEdits(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	editNote(mine, "c-lav1", "mine", t0.Add(time.Minute))
	editNote(theirs, "c-china", "theirs", t0.Add(2*time.Minute))
	added := theirs.Claims[2]
	added.ID = "c-new"
	theirs.Claims = append(theirs.Claims, added)

	got, rep, err := Merge(base, mine, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := mine.Clone()
	editNote(want, "c-china", "theirs", t0.Add(2*time.Minute))
	want.Claims = append(want.Claims, added)
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("merged set (-want +got):\n%s", d)
	}
	if d := cmp.Diff(MergeReport{Added: 1, Updated: 1}, rep); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
	if rep.FromTheirs() != 2 {
		t.Errorf("FromTheirs = %d, want 2", rep.FromTheirs())
	}
}

func TestMergeBothChangedNewestWins(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	editNote(mine, "c-lav1", "mine, later", t0.Add(5*time.Minute))
	editNote(theirs, "c-lav1", "theirs, earlier", t0.Add(time.Minute))
	editNote(mine, "c-china", "mine, earlier", t0.Add(time.Minute))
	editNote(theirs, "c-china", "theirs, later", t0.Add(5*time.Minute))

	got, rep, err := Merge(base, mine, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, c := range got.Claims {
		notes[c.ID] = c.Note
	}
	want := map[string]string{"c-lav1": "mine, later", "c-china": "theirs, later", "c-lav2": ""}
	if d := cmp.Diff(want, notes); d != "" {
		t.Errorf("notes (-want +got):\n%s", d)
	}
	if d := cmp.Diff(MergeReport{Conflicts: 2, TheirsWon: 1}, rep); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
}

func TestMergeDeletions(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	// Deleted there, untouched here: gone.
	dropClaim(theirs, "c-lav2")
	// Deleted there, edited here: kept (an edit after the base).
	dropClaim(theirs, "c-china")
	editNote(mine, "c-china", "kept", t0.Add(time.Minute))
	// Deleted here, untouched there: gone.
	dropClaim(mine, "c-lav1")

	got, rep, err := Merge(base, mine, theirs, Tombstones{"c-lav1": t0})
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"c-china"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if rep.Deleted != 1 {
		t.Errorf("Deleted = %d, want 1 (%+v)", rep.Deleted, rep)
	}
}

// Tombstones: a claim deleted here is not brought back by a copy that
// still has it, even without a base (never synced, or base lost), unless
// it was edited there after the deletion.
func TestMergeTombstones(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	dropClaim(mine, "c-lav1")
	dropClaim(mine, "c-china")
	editNote(theirs, "c-china", "edited there after the deletion", t0.Add(10*time.Minute))
	tomb := Tombstones{"c-lav1": t0, "c-china": t0}

	got, rep, err := Merge(nil, mine, theirs, tomb)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"c-lav2", "c-china"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if d := cmp.Diff(MergeReport{Restored: 1}, rep); d != "" {
		t.Errorf("report (-want +got):\n%s", d)
	}
}

func TestMergeNoBaseUnion(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	dropClaim(mine, "c-lav2")
	dropClaim(theirs, "c-lav1")
	got, rep, err := Merge(nil, mine, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"c-lav1", "c-china", "c-lav2"}, mergedIDs(got)); d != "" {
		t.Errorf("claims (-want +got):\n%s", d)
	}
	if rep.Added != 1 {
		t.Errorf("Added = %d, want 1", rep.Added)
	}
}

func TestMergeSpeakerLists(t *testing.T) {
	base := mergeBase(t)
	mine, theirs := base.Clone(), base.Clone()
	// Renamed on both sides: mine.
	mine.Speakers[1].Name = "China (mine)"
	theirs.Speakers[1].Name = "China (theirs)"
	// Changed there only: theirs.
	theirs.Speakers[2].Title = "NSC spokesperson"
	// Added there.
	theirs.Speakers = append(theirs.Speakers, Speaker{ID: "s-new", Name: "Xi Jinping", Kind: SpeakerPerson})
	// Deleted there while a claim here still names it: kept.
	theirs.Speakers = slices.DeleteFunc(theirs.Speakers, func(s Speaker) bool { return s.ID == "s-lavrov" })
	for i := range theirs.Claims {
		if theirs.Claims[i].SpeakerID == "s-lavrov" {
			theirs.Claims[i].SpeakerID = ""
			theirs.Claims[i].Modified = t0.Add(-30 * time.Minute)
		}
	}
	editNote(mine, "c-lav1", "mine, newest", t0.Add(time.Minute))

	got, _, err := Merge(base, mine, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []Speaker{
		base.Speakers[0],
		{ID: "s-china", Name: "China (mine)", Kind: SpeakerOrganization},
		{ID: "s-watson", Name: "Adrienne Watson", Kind: SpeakerPerson, Title: "NSC spokesperson", Aliases: []string{"Watson", "NSC spokesperson"}},
		{ID: "s-new", Name: "Xi Jinping", Kind: SpeakerPerson},
	}
	if d := cmp.Diff(want, got.Speakers); d != "" {
		t.Errorf("speakers (-want +got):\n%s", d)
	}
	// c-lav1 (newest here) keeps Lavrov; c-lav2 took their unattribution.
	speakerOf := map[string]string{}
	for _, c := range got.Claims {
		speakerOf[c.ID] = c.SpeakerID
	}
	if d := cmp.Diff(map[string]string{"c-lav1": "s-lavrov", "c-china": "s-china", "c-lav2": ""}, speakerOf); d != "" {
		t.Errorf("claim speakers (-want +got):\n%s", d)
	}
}

// A speaker deleted on one side with no claim naming it is deleted.
func TestMergeSpeakerDeletedThere(t *testing.T) {
	base := mergeBase(t)
	base.Speakers = append(base.Speakers, Speaker{ID: "s-idle", Name: "Nobody", Kind: SpeakerPerson})
	mine, theirs := base.Clone(), base.Clone()
	theirs.Speakers = theirs.Speakers[:3]
	got, rep, err := Merge(base, mine, theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Speakers) != 3 || rep.Speakers != 1 {
		t.Errorf("speakers = %v, report %+v; want the idle one gone", got.Speakers, rep)
	}
}

func TestMergeUnchangedIsIdentity(t *testing.T) {
	base := mergeBase(t)
	got, rep, err := Merge(base, base.Clone(), base.Clone(), nil)
	if err != nil {
		t.Fatal(err)
	}
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
	if _, _, err := Merge(base, base, other, nil); err == nil {
		t.Error("different documents: no error")
	}
	if _, _, err := Merge(base, nil, base, nil); err == nil {
		t.Error("nil set: no error")
	}
	// Two claims made invalid by the other side are reported by Validate.
	bad := base.Clone()
	bad.Claims[0].Span.End = 1 << 30
	bad.Claims[0].Modified = t0.Add(time.Hour)
	if _, _, err := Merge(base, base.Clone(), bad, nil); err == nil {
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
	got, rep, err := Merge(base, mine, &theirs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Changed() || rep.Conflicts != 0 {
		t.Errorf("report %+v, want nothing from theirs", rep)
	}
	if d := cmp.Diff(mine, got); d != "" {
		t.Errorf("(-mine +merged):\n%s", d)
	}
}
