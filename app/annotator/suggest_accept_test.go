package annotator

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/suggest"
	"whosaid/app/browser"
	"whosaid/app/storage"
)

// sampleReview runs the extractor on the sample article, as the page does.
func sampleReview(t *testing.T) (*annotate.Set, suggest.Result, map[string]annotate.Speaker) {
	t.Helper()
	s := sampleSet()
	r := suggest.Suggest(s.Document)
	if len(r.Suggestions) < 10 {
		t.Fatalf("only %d suggestions on the sample", len(r.Suggestions))
	}
	sp := map[string]annotate.Speaker{}
	for _, x := range r.Speakers {
		sp[x.ID] = x
	}
	return s, r, sp
}

func TestAcceptAllIsOneUndoStep(t *testing.T) {
	s, r, sp := sampleReview(t)
	h := annotate.NewHistory(s)
	op, n := acceptOp(h.Set(), sp, r.Suggestions, h.NewID)
	if n == 0 {
		t.Fatal("nothing to accept")
	}
	if err := h.Do(op); err != nil {
		t.Fatal(err)
	}
	got := h.Set()
	if len(got.Claims) != n {
		t.Fatalf("%d claims after accepting %d", len(got.Claims), n)
	}
	// Every claim names its proposed speaker, under a fresh id.
	for i, c := range got.Claims {
		want := sp[r.Suggestions[i].Claim.SpeakerID].Name
		if name := got.SpeakerName(c); want != "" && name != want {
			t.Errorf("claim %d: speaker %q, want %q", i, name, want)
		}
		if diff := cmp.Diff(r.Suggestions[i].Claim.Span, c.Span); diff != "" {
			t.Errorf("claim %d span (-want +got):\n%s", i, diff)
		}
	}
	if err := h.Undo(); err != nil {
		t.Fatal(err)
	}
	if len(h.Set().Claims) != 0 || len(h.Set().Speakers) != 0 {
		t.Fatalf("one undo left %d claims, %d speakers", len(h.Set().Claims), len(h.Set().Speakers))
	}
}

func TestAcceptReusesSpeakerAndSkipsClaimed(t *testing.T) {
	s, r, sp := sampleReview(t)
	first := r.Suggestions[0]
	prop := sp[first.Claim.SpeakerID]
	if prop.Name == "" {
		t.Fatalf("first suggestion has no speaker: %+v", first)
	}
	// The set already has this speaker (another id, the name as an alias)
	// and a claim on the first suggestion's span.
	mine := annotate.Speaker{ID: "s-mine", Name: "Someone Else", Kind: prop.Kind, Aliases: []string{prop.Name}}
	s.Speakers = append(s.Speakers, mine)
	s.Claims = append(s.Claims, annotate.Claim{ID: "c-mine", Span: first.Claim.Span, Attribution: annotate.AttrDirect, Kind: annotate.KindFact})
	h := annotate.NewHistory(s)
	var same []suggest.Suggestion
	for _, it := range r.Suggestions {
		if it.Claim.SpeakerID == first.Claim.SpeakerID {
			same = append(same, it)
		}
	}
	op, n := acceptOp(h.Set(), sp, same, h.NewID)
	if n != len(same)-1 {
		t.Fatalf("accepted %d of %d (one is already claimed)", n, len(same))
	}
	if n == 0 {
		return
	}
	if err := h.Do(op); err != nil {
		t.Fatal(err)
	}
	if got := len(h.Set().Speakers); got != 1 {
		t.Fatalf("%d speakers; the existing one should be reused", got)
	}
	for _, c := range h.Set().Claims[1:] {
		if c.SpeakerID != "s-mine" {
			t.Errorf("claim %s attributed to %q, want s-mine", c.ID, c.SpeakerID)
		}
	}
}

func TestReviewFlowOnPage(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	p.runSuggest(ctx)
	d.Consume()
	if !p.sgLive() || len(p.sg.items) == 0 {
		t.Fatalf("no review after Suggest: %+v", p.sg.items)
	}
	first := p.sg.cur
	if first != 0 {
		t.Fatalf("current = %d, want 0", first)
	}
	// Enter accepts, and the next open one becomes current.
	if !p.handleKey(ctx, browser.Key{Key: "Enter"}) {
		t.Fatal("Enter not used")
	}
	if len(p.h.Set().Claims) != 1 || p.h.Set().Claims[0].Span != p.sg.items[first].Claim.Span {
		t.Fatalf("claims after Enter: %+v", p.h.Set().Claims)
	}
	if p.sgStatus(first, p.claimSpans()) != itemAccepted {
		t.Fatal("accepted suggestion not marked accepted")
	}
	// Undo brings the proposal back.
	p.undo(ctx)
	if p.sgStatus(first, p.claimSpans()) != itemOpen {
		t.Fatal("undone suggestion not open again")
	}
	// X rejects the current one.
	p.sg.cur = first
	p.handleKey(ctx, browser.Key{Key: "x"})
	if p.sgStatus(first, p.claimSpans()) != itemRejected || len(p.h.Set().Claims) != 0 {
		t.Fatal("X did not reject")
	}
	if p.sg.cur == first {
		t.Fatal("X did not move on")
	}
	p.handleKey(ctx, browser.Key{Key: "Escape"})
	if p.sg.On {
		t.Fatal("Esc did not leave the review")
	}
}

func TestSuggestOffWhenNotOffered(t *testing.T) {
	p := &Annotator{Store: storage.NewStore(storage.NewMemory())} // an exercise without suggestions
	d := mountOn(t, p)
	p.runSuggest(d.Context())
	if p.sg.On {
		t.Fatal("suggestions offered by an annotator set up without them")
	}
}

func TestSuggestionListWindow(t *testing.T) {
	for _, c := range []struct{ n, cur, from, to int }{
		{15, 0, 0, 15},
		{15, -1, 0, 15},
		{380, 0, 0, 60},
		{380, 5, 0, 60},
		{380, 100, 90, 150},
		{380, 379, 320, 380},
	} {
		from, to := sgWindow(c.n, c.cur)
		if diff := cmp.Diff([2]int{c.from, c.to}, [2]int{from, to}); diff != "" {
			t.Errorf("sgWindow(%d, %d) (-want +got):\n%s", c.n, c.cur, diff)
		}
	}
}
