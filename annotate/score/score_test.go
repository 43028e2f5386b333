package score

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"whosaid/annotate"
)

const classText = "Ann said “taxes will rise next year.” Bob said the plan is bad, and costs will grow."

// TestScoreWorkedExample is the example worked by hand in docs/scoring.md.
func TestScoreWorkedExample(t *testing.T) {
	f := newFx(classText)
	key := Key{Document: f.doc,
		Speakers: []annotate.Speaker{
			{ID: "ann", Name: "Ann Smith", Title: "Mayor", Aliases: []string{"Ann"}},
			{ID: "bob", Name: "Bob Jones"},
		},
		Claims: []KeyClaim{
			{Claim: annotate.Claim{ID: "k1", Span: f.span(t, "taxes will rise next year", 0), SpeakerID: "ann",
				Attribution: annotate.AttrDirect, Kind: annotate.KindPrediction}},
			{Claim: annotate.Claim{ID: "k2", Span: f.span(t, "the plan is bad", 0), SpeakerID: "bob",
				Attribution: annotate.AttrIndirect, Kind: annotate.KindOpinion}},
			{Claim: annotate.Claim{ID: "k3", Span: f.span(t, "costs will grow", 0), SpeakerID: "bob",
				Attribution: annotate.AttrIndirect, Kind: annotate.KindPrediction}, Optional: true},
		},
	}
	student := f.set([]annotate.Speaker{{ID: "x", Name: "the mayor"}, {ID: "y", Name: "BOB JONES"}},
		annotate.Claim{ID: "s1", Span: f.span(t, "“taxes will rise next year.”", 0), SpeakerID: "x",
			Attribution: annotate.AttrDirect, Kind: annotate.KindFact},
		annotate.Claim{ID: "s2", Span: f.span(t, "plan is bad, and costs", 0), SpeakerID: "y",
			Attribution: annotate.AttrDirect, Kind: annotate.KindOpinion},
		annotate.Claim{ID: "s3", Span: f.span(t, "Bob said", 0)},
	)
	want := &Report{
		KeyClaims: 2, StudentClaims: 3, Exact: 1, Matched: 2,
		// Strict: 1 exact of 3 student claims and of 2 counted key claims.
		Strict: Figures{Precision: 1.0 / 3, Recall: 1.0 / 2, F1: 0.4},
		// Lenient: s1 covers k1 fully (5/5 both ways); s2 shares 3 tokens
		// (plan is bad) of its 5 and of k2's 4.
		Lenient:     Figures{Precision: (1 + 3.0/5) / 3, Recall: (1 + 3.0/4) / 2, F1: 112.0 / 169},
		Speaker:     Accuracy{Right: 2, Scored: 2, Rate: 1, StrictRight: 1, StrictScored: 1, StrictRate: 1},
		Attribution: Accuracy{Right: 1, Scored: 2, Rate: 0.5, StrictRight: 1, StrictScored: 1, StrictRate: 1},
		Kind:        Accuracy{Right: 1, Scored: 2, Rate: 0.5, StrictRight: 0, StrictScored: 1, StrictRate: 0},
		Keys: []KeyResult{
			{KeyID: "k1", Outcome: Found, StudentID: "s1", KeyTokens: 5, StudentTokens: 5, Shared: 5, Coverage: 1,
				Speaker: Right, Attribution: Right, Kind: Wrong, KeySpeaker: "Ann Smith", StudentSpeaker: "the mayor"},
			{KeyID: "k2", Outcome: Partly, StudentID: "s2", KeyTokens: 4, StudentTokens: 5, Shared: 3, Coverage: 0.75,
				Speaker: Right, Attribution: Wrong, Kind: Right, KeySpeaker: "Bob Jones", StudentSpeaker: "BOB JONES"},
			// s2 also touches k3 ("costs"), but it fits k2 better.
			{KeyID: "k3", Optional: true, Outcome: Skipped, KeyTokens: 3, KeySpeaker: "Bob Jones"},
		},
		Extras: []Extra{{StudentID: "s3", Span: f.span(t, "Bob said", 0)}},
	}
	diffReport(t, want, mustScore(t, key, student))
}

func TestScoreOptionalFoundCounts(t *testing.T) {
	f := newFx(classText)
	key := Key{Document: f.doc, Claims: []KeyClaim{
		{Claim: annotate.Claim{ID: "k1", Span: f.span(t, "taxes will rise next year", 0)}},
		{Claim: annotate.Claim{ID: "k3", Span: f.span(t, "costs will grow", 0)}, Optional: true},
	}}
	student := f.set(nil, annotate.Claim{ID: "s", Span: f.span(t, "costs will grow.", 0)})
	r := mustScore(t, key, student)
	// k3 found, so counted: 1 of 2 key claims; k1 missed.
	want := Figures{Precision: 1, Recall: 0.5, F1: 2.0 / 3}
	if diff := cmp.Diff(want, r.Strict, approx); diff != "" {
		t.Errorf("strict (-want +got):\n%s", diff)
	}
	if r.KeyClaims != 2 || r.Keys[0].Outcome != Missed || r.Keys[1].Outcome != Found {
		t.Errorf("KeyClaims %d outcomes %s %s", r.KeyClaims, r.Keys[0].Outcome, r.Keys[1].Outcome)
	}
	// Unattributed in the key and in the student's claim: right.
	if r.Keys[1].Speaker != Right || r.Keys[1].Attribution != NotScored || r.Keys[1].Kind != NotScored {
		t.Errorf("verdicts %+v", r.Keys[1])
	}
}

func TestScoreTies(t *testing.T) {
	f := newFx("aaaa bbbb cccc dddd. Later: the plan is bad.")
	tests := []struct {
		name     string
		key      annotate.Span
		students []annotate.Claim
		want     string // student paired with the key claim
	}{
		{
			// Same overlap (2 tokens); s1 ends 7 code points away and
			// starts at the same place, s2 starts 9 away: s1 is nearer.
			name: "nearer boundaries win",
			key:  f.span(t, "the plan is bad", 0),
			students: []annotate.Claim{
				{ID: "s2", Span: f.span(t, "is bad", 0)},
				{ID: "s1", Span: f.span(t, "the plan", 0)},
			},
			want: "s1",
		},
		{
			// Same overlap (1 token) and distance (5+5); s-b names the
			// speaker right.
			name: "right labels win",
			key:  f.span(t, "bbbb cccc", 0),
			students: []annotate.Claim{
				{ID: "s-a", Span: f.span(t, "aaaa bbbb", 0), SpeakerID: "wrong"},
				{ID: "s-b", Span: f.span(t, "cccc dddd", 0), SpeakerID: "right"},
			},
			want: "s-b",
		},
		{
			// Nothing tells them apart: the first in document order wins,
			// whatever the storage order.
			name: "document order last",
			key:  f.span(t, "bbbb cccc", 0),
			students: []annotate.Claim{
				{ID: "s-z", Span: f.span(t, "cccc dddd", 0)},
				{ID: "s-y", Span: f.span(t, "aaaa bbbb", 0)},
			},
			want: "s-y",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			key := Key{Document: f.doc, Speakers: []annotate.Speaker{{ID: "k", Name: "Kim"}},
				Claims: []KeyClaim{{Claim: annotate.Claim{ID: "k", Span: tt.key, SpeakerID: "k"}}}}
			student := f.set([]annotate.Speaker{{ID: "wrong", Name: "Lee"}, {ID: "right", Name: "kim"}}, tt.students...)
			r := mustScore(t, key, student)
			if got := r.Keys[0].StudentID; got != tt.want {
				t.Errorf("paired with %q, want %q", got, tt.want)
			}
			if r.Keys[0].Outcome != Partly || len(r.Extras) != 1 || r.Extras[0].Overlaps[0] != "k" {
				t.Errorf("outcome %s extras %+v", r.Keys[0].Outcome, r.Extras)
			}
		})
	}
}

func TestScoreExactFirst(t *testing.T) {
	// k-short is w1..w10, k-long w1..w12. Pairing s-exact (= w1..w10) with
	// k-long and s-half (w1..w5) with k-short shares 10+5 tokens, as does
	// the other way round; the exact match decides.
	words := make([]string, 14)
	for i := range words {
		words[i] = "w" + string(rune('a'+i))
	}
	f := newFx(strings.Join(words, " "))
	upto := func(n int) annotate.Span { return f.span(t, strings.Join(words[:n], " "), 0) }
	key := Key{Document: f.doc, Claims: []KeyClaim{
		{Claim: annotate.Claim{ID: "k-short", Span: upto(10)}},
		{Claim: annotate.Claim{ID: "k-long", Span: upto(12)}},
	}}
	student := f.set(nil,
		annotate.Claim{ID: "s-half", Span: upto(5)},
		annotate.Claim{ID: "s-exact", Span: upto(10)},
	)
	r := mustScore(t, key, student)
	got := map[string]string{}
	for _, k := range r.Keys {
		got[k.KeyID] = k.StudentID + " " + string(k.Outcome)
	}
	want := map[string]string{"k-short": "s-exact found", "k-long": "s-half partly"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
	// Lenient: P = (10/10 + 5/5)/2 = 1; R = (10/10 + 5/12)/2 = 17/24.
	if diff := cmp.Diff(Figures{1, 17.0 / 24, 2 * (17.0 / 24) / (1 + 17.0/24)}, r.Lenient, approx); diff != "" {
		t.Errorf("lenient (-want +got):\n%s", diff)
	}
}

func TestScoreOverlappingKeyClaims(t *testing.T) {
	// A paraphrase (k-outer, 7 tokens) containing a quoted fragment
	// (k-inner, 3 tokens), as in a mixed attribution.
	f := newFx("He said the deal was “a big mistake” for everyone.")
	outer := f.span(t, "the deal was “a big mistake” for everyone", 0)
	inner := f.span(t, "a big mistake", 0)
	key := Key{Document: f.doc, Claims: []KeyClaim{
		{Claim: annotate.Claim{ID: "k-outer", Span: outer}},
		{Claim: annotate.Claim{ID: "k-inner", Span: inner}},
	}}
	outcomes := func(r *Report) string {
		var s []string
		for _, k := range r.Keys {
			s = append(s, k.KeyID+"="+string(k.Outcome)+":"+k.StudentID)
		}
		return strings.Join(s, " ")
	}
	t.Run("both found", func(t *testing.T) {
		r := mustScore(t, key, f.set(nil,
			annotate.Claim{ID: "a", Span: f.span(t, "“a big mistake”", 0)},
			annotate.Claim{ID: "b", Span: outer}))
		if got := outcomes(r); got != "k-outer=found:b k-inner=found:a" {
			t.Errorf("outcomes %s", got)
		}
		if diff := cmp.Diff(Figures{1, 1, 1}, r.Strict); diff != "" {
			t.Errorf("strict (-want +got):\n%s", diff)
		}
	})
	t.Run("one student claim over both", func(t *testing.T) {
		// "deal was a big mistake" (5 tokens) shares 5 with k-outer and 3
		// with k-inner: it goes to k-outer, k-inner is missed.
		r := mustScore(t, key, f.set(nil, annotate.Claim{ID: "a", Span: f.span(t, "deal was “a big mistake”", 0)}))
		if got := outcomes(r); got != "k-outer=partly:a k-inner=missed:" {
			t.Errorf("outcomes %s", got)
		}
		// P = 5/5 / 1; R = (5/8 + 0) / 2.
		want := Figures{Precision: 1, Recall: 5.0 / 16, F1: 2 * (5.0 / 16) / (1 + 5.0/16)}
		if diff := cmp.Diff(want, r.Lenient, approx); diff != "" {
			t.Errorf("lenient (-want +got):\n%s", diff)
		}
		if r.Keys[0].KeyTokens != 8 {
			t.Errorf("k-outer has %d tokens, want 8", r.Keys[0].KeyTokens)
		}
	})
}

func TestScoreAlternativeSpan(t *testing.T) {
	f := newFx(classText)
	key := Key{Document: f.doc, Claims: []KeyClaim{{
		Claim:        annotate.Claim{ID: "k", Span: f.span(t, "taxes will rise next year", 0)},
		Alternatives: []annotate.Span{f.span(t, "Ann said “taxes will rise next year.”", 0)},
	}}}
	r := mustScore(t, key, f.set(nil, annotate.Claim{ID: "s", Span: f.span(t, "Ann said “taxes will rise next year", 0)}))
	want := KeyResult{KeyID: "k", Outcome: Found, StudentID: "s", KeyTokens: 7, StudentTokens: 7, Shared: 7, Coverage: 1,
		Speaker: Right}
	if diff := cmp.Diff([]KeyResult{want}, r.Keys); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	// Partly: "said taxes will" fits the alternative best (3 shared, and
	// nearer), the main span shares 2.
	r = mustScore(t, key, f.set(nil, annotate.Claim{ID: "s", Span: f.span(t, "said “taxes will", 0)}))
	if k := r.Keys[0]; k.Outcome != Partly || k.Shared != 3 || k.KeyTokens != 7 {
		t.Errorf("partly: %+v", k)
	}
}

func TestScoreEmpty(t *testing.T) {
	f := newFx(classText)
	r := mustScore(t, Key{Document: f.doc}, f.set(nil))
	want := &Report{Strict: Figures{1, 1, 1}, Lenient: Figures{1, 1, 1}, Keys: []KeyResult{}, Extras: []Extra{}}
	diffReport(t, want, r)
	r = mustScore(t, Key{Document: f.doc}, f.set(nil, annotate.Claim{ID: "s", Span: f.span(t, "Bob", 0)}))
	if diff := cmp.Diff([]Figures{{}, {}}, []Figures{r.Strict, r.Lenient}); diff != "" {
		t.Errorf("student claims on an empty key, strict and lenient (-want +got):\n%s", diff)
	}
}

func TestScoreOrderIndependent(t *testing.T) {
	f := newFx(classText)
	var claims []annotate.Claim
	var keyClaims []KeyClaim
	for i, q := range []string{"taxes will", "rise next", "year", "Bob said", "the plan is bad", "plan", "costs will grow", "will"} {
		c := annotate.Claim{ID: "c" + string(rune('a'+i)), Span: f.span(t, q, 0)}
		claims = append(claims, c)
		if i%2 == 0 {
			keyClaims = append(keyClaims, KeyClaim{Claim: c})
		}
	}
	key := Key{Document: f.doc, Claims: keyClaims}
	first := mustScore(t, key, f.set(nil, claims...))
	rng := rand.New(rand.NewPCG(7, 7))
	for range 20 {
		rng.Shuffle(len(claims), func(i, j int) { claims[i], claims[j] = claims[j], claims[i] })
		rng.Shuffle(len(key.Claims), func(i, j int) { key.Claims[i], key.Claims[j] = key.Claims[j], key.Claims[i] })
		diffReport(t, first, mustScore(t, key, f.set(nil, claims...)))
	}
}

func TestScoreRefusesBadInput(t *testing.T) {
	f := newFx(classText)
	other := newFx("Another article.")
	if _, err := Score(Key{Document: f.doc}, other.set(nil)); err == nil || !strings.Contains(err.Error(), "another text") {
		t.Errorf("different text: %v", err)
	}
	if _, err := Score(Key{Document: f.doc}, nil); err == nil {
		t.Errorf("nil student accepted")
	}
	n := annotate.RuneLen(f.doc.Text())
	key := Key{Document: f.doc, Claims: []KeyClaim{
		{Claim: annotate.Claim{ID: "k", Span: f.span(t, "Bob", 0), SpeakerID: "ghost"}},
		{Claim: annotate.Claim{ID: "k", Span: annotate.Span{Start: 3, End: n + 1}},
			Alternatives: []annotate.Span{{Start: 5, End: 5}}},
		{Claim: annotate.Claim{ID: "p", Span: f.span(t, "“", 0)}},
		{Claim: annotate.Claim{ID: "q", Span: f.span(t, "Bob", 0)}, Alternatives: []annotate.Span{f.span(t, "“", 0)}},
	}}
	_, err := Score(key, f.set(nil))
	want := "score: the key has problems:\n" +
		`key.claims[0].speaker: speaker "ghost" is not in the key` + "\n" +
		`key.claims[1].id: "k" is used by two key claims` + "\n" +
		"key.claims[1].span: 3..85 is not a stretch of the text (0..84)\n" +
		"key.claims[1].alternatives[0]: 5..5 is not a stretch of the text (0..84)\n" +
		"key.claims[2].span: 9..10 has no words\n" +
		"key.claims[3].alternatives[0]: 9..10 has no words"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
}

func TestScoreTiesKeepDocumentOrder(t *testing.T) {
	// Two students marked the same stretch, which touches both key claims
	// equally: the pairs keep document order (k1–s1, k2–s2), not cross.
	f := newFx("aaaa bbbb cccc dddd")
	key := Key{Document: f.doc, Claims: []KeyClaim{
		{Claim: annotate.Claim{ID: "k2", Span: f.span(t, "cccc dddd", 0)}},
		{Claim: annotate.Claim{ID: "k1", Span: f.span(t, "aaaa bbbb", 0)}},
	}}
	student := f.set(nil,
		annotate.Claim{ID: "s2", Span: f.span(t, "bbbb cccc", 0)},
		annotate.Claim{ID: "s1", Span: f.span(t, "bbbb cccc", 0)},
	)
	r := mustScore(t, key, student)
	got := []string{r.Keys[0].KeyID + "-" + r.Keys[0].StudentID, r.Keys[1].KeyID + "-" + r.Keys[1].StudentID}
	if diff := cmp.Diff([]string{"k1-s1", "k2-s2"}, got); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
}
