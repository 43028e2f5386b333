package annotate

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// What the annotator makes through ops must validate, or autosave (which
// validates) refuses it. These are regressions: empty labels ("not chosen
// yet" in the UI) used to be refused by Validate, and ops used to accept
// quotes, tags, aliases… that Validate refuses.

func TestOpsWithEmptyLabelsValidate(t *testing.T) {
	f := newFixture(t)
	must(t, f.h.Do(AddClaim(Claim{Span: spanOf(t, f.ix, "Beijing")})))
	must(t, f.h.Do(AddSpeaker(Speaker{Name: "Wang Yi"})))
	if err := Validate(f.h.Set()); err != nil {
		t.Errorf("a claim and a speaker with labels not chosen yet do not validate:\n%v", err)
	}
}

func TestOpsRefuseWhatValidateRefuses(t *testing.T) {
	f := newFixture(t)
	good := spanOf(t, f.ix, "Beijing")
	wrongQuote := good
	wrongQuote.Exact = "Moscow"
	long := strings.Repeat("x", MaxFieldRunes+1)
	for _, tc := range []struct {
		name  string
		op    Op
		paths []string
	}{
		{"quote not at its offsets", AddClaim(Claim{ID: "x", Span: wrongQuote}), []string{`claim "x".span.exact`}},
		{"cue quote not at its offsets", AddClaim(Claim{ID: "x", Span: good, Cue: &wrongQuote}), []string{`claim "x".cue.exact`}},
		{"mention quote missing", AddClaim(Claim{ID: "x", Span: good, Mentions: []Span{{Start: good.Start, End: good.End}}}),
			[]string{`claim "x".mentions[0].exact`}},
		{"orphan without its quote", AddClaim(Claim{ID: "x", Span: Span{Start: 1, End: 5}, Orphan: true}), []string{`claim "x".span.exact`}},
		{"id with spaces", AddClaim(Claim{ID: " x", Span: good}), []string{`claim " x".id`}},
		{"blank tag", AddClaim(Claim{ID: "x", Span: good, Tags: []string{"ok", " "}}), []string{`claim "x".tags[1]`}},
		{"long creator", AddClaim(Claim{ID: "x", Span: good, Creator: long}), []string{`claim "x".creator`}},
		{"long prefix", AddClaim(Claim{ID: "x", Span: Span{Start: good.Start, End: good.End, Exact: good.Exact, Prefix: long}}),
			[]string{`claim "x".span.prefix`}},
		{"blank alias", AddSpeaker(Speaker{ID: "s", Name: "Wang Yi", Aliases: []string{"Wang", ""}}), []string{`speaker "s".aliases[1]`}},
		{"long title", AddSpeaker(Speaker{ID: "s", Name: "Wang Yi", Title: long}), []string{`speaker "s".title`}},
		{"long affiliation", EditSpeaker(Speaker{ID: "s-china", Name: "China", Affiliation: long}), []string{`speaker "s-china".affiliation`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			wantRefused(t, f.h, tc.op, tc.paths...)
		})
	}
}

func TestReplaceClaimsMissingID(t *testing.T) {
	f := newFixture(t)
	before := f.h.Set().Clone()
	_, err := replaceClaims{label: "Merge speakers", cs: []Claim{{ID: "c-lav1"}, {ID: "c-gone"}}}.Apply(f.h.Set())
	if err == nil || err.Error() != `Merge speakers: claim "c-gone": does not exist` {
		t.Errorf("error %v, want the missing claim named", err)
	}
	if diff := cmp.Diff(before, f.h.Set()); diff != "" {
		t.Errorf("a refused replacement changed the set (-before +after):\n%s", diff)
	}
}

// TestStampNeverBeforeCreated is a regression: a claim made where the clock
// was ahead got a Modified before its Created on the next edit here, which
// Validate refuses, so the set could no longer be saved.
func TestStampNeverBeforeCreated(t *testing.T) {
	f := newFixture(t)
	future := t0.Add(24 * time.Hour) // the fixture clock ticks from t0
	for i := range f.h.Set().Claims {
		f.h.Set().Claims[i].Created, f.h.Set().Claims[i].Modified = future, future
	}
	c, _ := f.h.Set().Claim("c-china")
	edited := c.clone()
	edited.Note = "checked"
	for _, op := range []Op{
		EditClaim(edited),
		AttributeClaim("c-lav1", "s-watson"),
		DeleteSpeaker("s-lavrov"),
		MergeSpeakers("s-watson", "s-china"),
	} {
		after := roundTrip(t, f.h, op)
		if err := Validate(after); err != nil {
			t.Errorf("after %s: %v", op.Label(), err)
		}
		for _, c := range after.Claims {
			if c.Modified.Before(c.Created) {
				t.Errorf("after %s: claim %s modified %v before created %v", op.Label(), c.ID, c.Modified, c.Created)
			}
		}
	}
}

// TestMergeSpeakersAliasLimit is a regression: merging could give the kept
// speaker more aliases than the limit, a set Validate refuses.
func TestMergeSpeakersAliasLimit(t *testing.T) {
	f := newFixture(t)
	var many []string
	for i := range MaxAliases - 1 {
		many = append(many, fmt.Sprintf("alias %d", i))
	}
	must(t, f.h.Do(EditSpeaker(Speaker{ID: "s-china", Name: "China", Kind: SpeakerOrganization, Aliases: many})))
	// Lavrov has one alias; with China's name that is MaxAliases+1.
	wantRefused(t, f.h, MergeSpeakers("s-china", "s-lavrov"), `speaker "s-china".aliases`)
}
