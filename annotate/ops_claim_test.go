package annotate

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestAddClaimFillsIDAndTimes(t *testing.T) {
	f := newFixture(t)
	sp := spanOf(t, f.ix, "double counteracting")
	after := roundTrip(t, f.h, AddClaim(Claim{Span: sp, SpeakerID: "s-lavrov", Attribution: AttrMixed, Kind: KindOpinion}))
	want := Claim{ID: "c-1", Span: sp, SpeakerID: "s-lavrov", Attribution: AttrMixed, Kind: KindOpinion,
		Created: t0.Add(time.Minute), Modified: t0.Add(time.Minute)}
	if diff := cmp.Diff(want, after.Claims[len(after.Claims)-1]); diff != "" {
		t.Errorf("added claim (-want +got):\n%s", diff)
	}
	if got := len(after.Claims); got != 4 {
		t.Errorf("%d claims, want 4", got)
	}
}

func TestAddClaimKeepsGivenIDAndTimes(t *testing.T) {
	f := newFixture(t)
	at := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	c := Claim{ID: "mine", Span: spanOf(t, f.ix, "Beijing"), Created: at, Modified: at.Add(time.Second)}
	after := roundTrip(t, f.h, AddClaim(c))
	if diff := cmp.Diff(c, after.Claims[3]); diff != "" {
		t.Errorf("added claim (-want +got):\n%s", diff)
	}
}

func TestAddClaimDoesNotAliasCaller(t *testing.T) {
	f := newFixture(t)
	c := Claim{ID: "x", Span: spanOf(t, f.ix, "Beijing"), Tags: []string{"a"}}
	if err := f.h.Do(AddClaim(c)); err != nil {
		t.Fatal(err)
	}
	c.Tags[0] = "changed by caller"
	got, _ := f.h.Set().Claim("x")
	if diff := cmp.Diff([]string{"a"}, got.Tags); diff != "" {
		t.Errorf("caller's slice leaked into the set (-want +got):\n%s", diff)
	}
}

func TestAddClaimRefused(t *testing.T) {
	f := newFixture(t)
	n := RuneLen(f.h.Set().Document.Text())
	good := spanOf(t, f.ix, "Beijing")
	tests := []struct {
		name  string
		c     Claim
		paths []string
	}{
		{"duplicate id", Claim{ID: "c-lav1", Span: good}, []string{`claim "c-lav1".id`}},
		{"unknown speaker", Claim{ID: "x", Span: good, SpeakerID: "s-nobody"}, []string{`claim "x".speaker`}},
		{"span past the end", Claim{ID: "x", Span: Span{Start: n - 2, End: n + 1}}, []string{`claim "x".span`}},
		{"negative start", Claim{ID: "x", Span: Span{Start: -1, End: 3}}, []string{`claim "x".span`}},
		{"empty span", Claim{ID: "x", Span: Span{Start: 5, End: 5}}, []string{`claim "x".span`}},
		{"inverted span", Claim{ID: "x", Span: Span{Start: 9, End: 5}}, []string{`claim "x".span`}},
		{"bad cue", Claim{ID: "x", Span: good, Cue: &Span{Start: n, End: n + 4}}, []string{`claim "x".cue`}},
		{"bad second mention", Claim{ID: "x", Span: good, Mentions: []Span{good, {Start: 3, End: 2}}}, []string{`claim "x".mentions[1]`}},
		{"bad kind and attribution", Claim{ID: "x", Span: good, Kind: "rumour", Attribution: "whispered"},
			[]string{`claim "x".attribution`, `claim "x".kind`}},
		{"every problem listed", Claim{ID: "c-china", Span: Span{Start: 0, End: n + 10}, SpeakerID: "s-x", Kind: "?"},
			[]string{`claim "c-china".id`, `claim "c-china".span`, `claim "c-china".speaker`, `claim "c-china".kind`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantRefused(t, f.h, AddClaim(tt.c), tt.paths...) })
	}
}

func TestAddClaimErrorNamesTheProblem(t *testing.T) {
	f := newFixture(t)
	n := RuneLen(f.h.Set().Document.Text())
	err := f.h.Do(AddClaim(Claim{ID: "x", Span: Span{Start: 10, End: n + 5}, SpeakerID: "s-x"}))
	want := `Add claim: claim "x".span: 10..` + itoa(n+5) + ` is outside the text (0..` + itoa(n) + `); claim "x".speaker: speaker "s-x" does not exist`
	if err == nil || err.Error() != want {
		t.Errorf("error\n got %v\nwant %s", err, want)
	}
}

func TestOrphanClaimSkipsRangeChecks(t *testing.T) {
	f := newFixture(t)
	roundTrip(t, f.h, AddClaim(Claim{ID: "o", Span: Span{Start: 99999, End: 100010, Exact: "lost quote"}, Orphan: true}))
}

func TestEditClaim(t *testing.T) {
	f := newFixture(t)
	old, _ := f.h.Set().Claim("c-china")
	edited := old.clone()
	edited.Note = "check the Treasury statement"
	edited.Kind = KindOpinion
	edited.Created = time.Time{} // zero keeps the old one
	after := roundTrip(t, f.h, EditClaim(edited))
	want := old.clone()
	want.Note, want.Kind, want.Modified = "check the Treasury statement", KindOpinion, t0.Add(time.Minute)
	got, _ := after.Claim("c-china")
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("edited claim (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"c-lav1", "c-china", "c-lav2"}, claimIDs(after)); diff != "" {
		t.Errorf("edit moved the claim (-want +got):\n%s", diff)
	}
}

func TestEditClaimRefused(t *testing.T) {
	f := newFixture(t)
	wantRefused(t, f.h, EditClaim(Claim{ID: "c-none", Span: Span{Start: 0, End: 3}}), `claim "c-none"`)
	c, _ := f.h.Set().Claim("c-lav2")
	bad := c.clone()
	bad.SpeakerID = "s-ghost"
	bad.Span.End = bad.Span.Start
	wantRefused(t, f.h, EditClaim(bad), `claim "c-lav2".span`, `claim "c-lav2".speaker`)
}

func TestDeleteClaimRestoresPosition(t *testing.T) {
	f := newFixture(t)
	after := roundTrip(t, f.h, DeleteClaim("c-china"))
	if diff := cmp.Diff([]string{"c-lav1", "c-lav2"}, claimIDs(after)); diff != "" {
		t.Errorf("claims after delete (-want +got):\n%s", diff)
	}
	wantRefused(t, f.h, DeleteClaim("c-china"), `claim "c-china"`)
}

// fixtureClaim is a copy of a claim of the fixture as it is set up.
func fixtureClaim(t *testing.T, id string) Claim {
	t.Helper()
	c, ok := newFixture(t).h.Set().Claim(id)
	if !ok {
		t.Fatalf("no claim %q in the fixture", id)
	}
	return c.clone()
}

func TestAttributeClaim(t *testing.T) {
	f := newFixture(t)
	after := roundTrip(t, f.h, AttributeClaim("c-china", "s-watson"))
	got, _ := after.Claim("c-china")
	want := fixtureClaim(t, "c-china")
	want.SpeakerID, want.Modified = "s-watson", t0.Add(time.Minute)
	if diff := cmp.Diff(want, *got); diff != "" {
		t.Errorf("claim after attribute (-want +got):\n%s", diff)
	}
	if l := f.h.UndoLabel(); l != "Attribute claim" {
		t.Errorf("UndoLabel %q", l)
	}
	after = roundTrip(t, f.h, AttributeClaim("c-china", ""))
	got, _ = after.Claim("c-china")
	if got.SpeakerID != "" {
		t.Errorf("claim still attributed to %q", got.SpeakerID)
	}
	if l := f.h.UndoLabel(); l != "Unattribute claim" {
		t.Errorf("UndoLabel %q", l)
	}
	wantRefused(t, f.h, AttributeClaim("c-x", "s-y"), `claim "c-x"`, `claim "c-x".speaker`)
}

func TestOpsWithoutHistory(t *testing.T) {
	f := newFixture(t)
	s := f.h.Set()
	before := s.Clone()
	inv, err := AttributeClaim("c-lav1", "s-china").Apply(s)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := s.Claim("c-lav1")
	if diff := cmp.Diff(before.Claims[0].Modified, got.Modified); diff != "" {
		t.Errorf("Modified changed without a History (-want +got):\n%s", diff)
	}
	if _, err := inv.Apply(s); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, s); diff != "" {
		t.Errorf("inverse did not restore (-want +got):\n%s", diff)
	}
	if _, err := AddClaim(Claim{Span: Span{Start: 0, End: 1}}).Apply(s); err == nil || !strings.Contains(err.Error(), `claim "".id: missing`) {
		t.Errorf("claim without id: error %v", err)
	}
}

func claimIDs(s *Set) []string {
	var ids []string
	for _, c := range s.Claims {
		ids = append(ids, c.ID)
	}
	return ids
}

func itoa(n int) string { return strconv.Itoa(n) }
