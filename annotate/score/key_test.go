package score

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

func TestKeyFromSet(t *testing.T) {
	f := newFx(classText)
	main := annotate.Claim{ID: "k1", Span: f.span(t, "taxes will rise next year", 0), Tags: []string{"economy"}}
	opt := annotate.Claim{ID: "k2", Span: f.span(t, "costs will grow", 0), Tags: []string{" Optional "}}
	alt := annotate.Claim{ID: "a1", Span: f.span(t, "Ann said “taxes will rise next year.”", 0), Tags: []string{"alt:k1"}}
	s := f.set([]annotate.Speaker{{ID: "ann", Name: "Ann"}}, main, alt, opt)
	got, err := KeyFromSet(s)
	if err != nil {
		t.Fatal(err)
	}
	want := Key{Document: f.doc, Speakers: s.Speakers, Claims: []KeyClaim{
		{Claim: main, Alternatives: []annotate.Span{alt.Span}},
		{Claim: opt, Optional: true},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("key (-want +got):\n%s", diff)
	}
}

func TestKeyFromSetProblems(t *testing.T) {
	f := newFx(classText)
	sp := f.span(t, "Bob", 0)
	s := f.set(nil,
		annotate.Claim{ID: "k1", Span: sp},
		annotate.Claim{ID: "a1", Span: sp, Tags: []string{"alt:nope"}},
		annotate.Claim{ID: "a2", Span: sp, Tags: []string{"alt:k1", "alt:a1"}},
	)
	_, err := KeyFromSet(s)
	want := `claims[2].tags[1]: claim "a2" is an alternative of both "k1" and "a1"` + "\n" +
		`claims[1].tags[0]: claim "a1" is tagged "alt:nope" but no key claim has id "nope"` + "\n" +
		`claims[2].tags[1]: claim "a2" is tagged "alt:a1" but no key claim has id "a1"`
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
}

func TestKeyFromSetNil(t *testing.T) {
	if _, err := KeyFromSet(nil); err == nil {
		t.Errorf("KeyFromSet(nil) gave no error")
	}
}
