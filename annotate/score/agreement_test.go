package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

func TestClassAgreement(t *testing.T) {
	f := newFx(classText)
	sp := []annotate.Speaker{{ID: "b", Name: "Bob"}}
	a := f.set(sp,
		annotate.Claim{ID: "1", Span: f.span(t, "taxes will rise next year", 0)},
		annotate.Claim{ID: "2", Span: f.span(t, "the plan is bad", 0), SpeakerID: "b"})
	b := f.set(sp,
		annotate.Claim{ID: "1", Span: f.span(t, "“taxes will rise next year.”", 0)},
		annotate.Claim{ID: "2", Span: f.span(t, "plan is bad", 0), SpeakerID: "b"})
	c := f.set(nil)
	got, err := ClassAgreement([]*annotate.Set{a, b, c})
	if err != nil {
		t.Fatal(err)
	}
	// a–b: strict 1 exact of 2 and 2 → 0.5. Lenient: P (b's side) =
	// (5/5 + 3/3)/2 = 1, R = (5/5 + 3/4)/2 = 7/8, F1 = 14/15.
	// a–c and b–c: nothing in common, 0.
	ab := 14.0 / 15
	want := &Agreement{
		Strict:      [][]float64{{1, 0.5, 0}, {0.5, 1, 0}, {0, 0, 1}},
		Lenient:     [][]float64{{1, ab, 0}, {ab, 1, 0}, {0, 0, 1}},
		MeanStrict:  0.5 / 3,
		MeanLenient: ab / 3,
		Speaker:     1, // 2 pairs on a–b, both right (unattributed and Bob)
		Pairs:       3,
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("agreement (-want +got):\n%s", diff)
	}
}

func TestClassAgreementRefused(t *testing.T) {
	f := newFx(classText)
	if _, err := ClassAgreement([]*annotate.Set{f.set(nil)}); err == nil {
		t.Errorf("one set accepted")
	}
	_, err := ClassAgreement([]*annotate.Set{f.set(nil), nil, newFx("Other.").set(nil)})
	want := "sets[1]: missing\nsets[2].document: annotates another text than sets[0]"
	if err == nil || err.Error() != want {
		t.Errorf("error %v", err)
	}
}

// TestClassAgreementTakesSetsAsTheyAre is a regression: a set that
// validates but holds a claim with no words (a lone quotation mark) or an
// orphan whose offsets lie outside the text used to fail the key check
// when it was the earlier set of a pair, refusing the whole class.
func TestClassAgreementTakesSetsAsTheyAre(t *testing.T) {
	f := newFx(classText)
	orphan := f.set(nil, annotate.Claim{ID: "o", Span: annotate.Span{Start: 500, End: 600, Exact: "lost"}, Orphan: true,
		Attribution: annotate.AttrDirect, Kind: annotate.KindFact})
	a := f.set(nil,
		annotate.Claim{ID: "1", Span: f.span(t, "taxes will rise next year", 0), Attribution: annotate.AttrDirect, Kind: annotate.KindFact},
		annotate.Claim{ID: "q", Span: f.span(t, "“", 0), Attribution: annotate.AttrDirect, Kind: annotate.KindFact})
	b := f.set(nil, annotate.Claim{ID: "1", Span: f.span(t, "taxes will rise next year", 0), Attribution: annotate.AttrDirect, Kind: annotate.KindFact})
	for i, s := range []*annotate.Set{orphan, a, b} {
		if err := annotate.Validate(s); err != nil {
			t.Fatalf("set %d does not validate: %v", i, err)
		}
	}
	got, err := ClassAgreement([]*annotate.Set{orphan, a, b})
	if err != nil {
		t.Fatal(err)
	}
	// orphan–a, orphan–b: nothing can pair, 0. a–b: the quote pairs
	// exactly, the lone “ never pairs: P = 1/1, R = 1/2, F1 = 2/3.
	ab := 2.0 / 3
	want := &Agreement{
		Strict:      [][]float64{{1, 0, 0}, {0, 1, ab}, {0, ab, 1}},
		Lenient:     [][]float64{{1, 0, 0}, {0, 1, ab}, {0, ab, 1}},
		MeanStrict:  ab / 3,
		MeanLenient: ab / 3,
		Speaker:     1, // the one pair, unattributed on both sides
		Pairs:       3,
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("agreement (-want +got):\n%s", diff)
	}
}
