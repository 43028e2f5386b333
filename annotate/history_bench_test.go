package annotate

import (
	"fmt"
	"testing"
)

// benchHistory is a History on a set with n claims spread over the sample.
func benchHistory(b *testing.B, n int) (*History, Span) {
	f := newFixture(b)
	s := f.h.Set()
	text := RuneLen(s.Document.Text())
	for i := range n {
		st := (i * 7) % (text - 20)
		s.Claims = append(s.Claims, Claim{ID: fmt.Sprintf("b-%d", i), Span: MakeSpan(f.ix, st, st+15), Kind: KindFact})
	}
	return f.h, spanOf(b, f.ix, "Beijing")
}

// BenchmarkDoAddClaim measures Do(AddClaim) on a set that starts with 5,000
// claims (it grows by one per iteration).
func BenchmarkDoAddClaim(b *testing.B) {
	h, sp := benchHistory(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Do(AddClaim(Claim{Span: sp, SpeakerID: "s-china", Kind: KindFact})); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDoUndoAddClaim keeps the set at 5,000 claims: Do then Undo.
func BenchmarkDoUndoAddClaim(b *testing.B) {
	h, sp := benchHistory(b, 5000)
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Do(AddClaim(Claim{Span: sp, SpeakerID: "s-china", Kind: KindFact})); err != nil {
			b.Fatal(err)
		}
		if err := h.Undo(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMergeSpeakers5000 merges a speaker of 5,000 claims into another
// and undoes it: one pass over the claims each way, not one per claim.
func BenchmarkMergeSpeakers5000(b *testing.B) {
	h, _ := benchHistory(b, 5000)
	for i := range h.Set().Claims {
		h.Set().Claims[i].SpeakerID = "s-china"
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := h.Do(MergeSpeakers("s-lavrov", "s-china")); err != nil {
			b.Fatal(err)
		}
		if err := h.Undo(); err != nil {
			b.Fatal(err)
		}
	}
}
