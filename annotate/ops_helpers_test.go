package annotate

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// t0 is the fixed start of the test clock.
var t0 = time.Date(2026, 3, 4, 10, 0, 0, 0, time.UTC)

func sampleText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile("testdata/sample-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// spanOf is the span of the first occurrence of quote in the text.
func spanOf(t testing.TB, ix *TextIndex, quote string) Span {
	t.Helper()
	b := strings.Index(ix.Text(), quote)
	if b < 0 {
		t.Fatalf("quote %q not in the text", quote)
	}
	start, err := ix.FromByte(b)
	if err != nil {
		t.Fatal(err)
	}
	return MakeSpan(ix, start, start+RuneLen(quote))
}

// fixture is a set on the sample article with three speakers and three
// claims, and a History on it whose clock ticks a minute per call and whose
// ids count up ("c-1", "s-1", …).
type fixture struct {
	h  *History
	ix *TextIndex
}

func newFixture(t testing.TB) fixture {
	t.Helper()
	doc := DocumentFromText(Document{Title: "China Russia Explainer"}, sampleText(t))
	ix := NewTextIndex(doc.Text())
	s := NewSet(doc)
	s.Speakers = []Speaker{
		{ID: "s-lavrov", Name: "Sergei Lavrov", Kind: SpeakerPerson, Title: "Russian Foreign Minister", Aliases: []string{"Lavrov"}},
		{ID: "s-china", Name: "China", Kind: SpeakerOrganization},
		{ID: "s-watson", Name: "Adrienne Watson", Kind: SpeakerPerson, Aliases: []string{"Watson", "NSC spokesperson"}},
	}
	at := t0.Add(-time.Hour)
	cue := spanOf(t, ix, "Lavrov said")
	s.Claims = []Claim{
		{ID: "c-lav1", Span: spanOf(t, ix, "We have a common goal of increasing security in Eurasia,"), SpeakerID: "s-lavrov",
			Attribution: AttrDirect, Cue: &cue, Kind: KindOpinion, Created: at, Modified: at},
		{ID: "c-china", Span: spanOf(t, ix, "it hasn’t sought to benefit from Russia’s war in Ukraine"), SpeakerID: "s-china",
			Attribution: AttrIndirect, Kind: KindFact, Mentions: []Span{spanOf(t, ix, "China on Monday")}, Created: at, Modified: at},
		{ID: "c-lav2", Span: spanOf(t, ix, "We agreed with our Chinese friends to start a dialogue"), SpeakerID: "s-lavrov",
			Attribution: AttrDirect, Kind: KindFact, Tags: []string{}, Created: at, Modified: at},
	}
	h := NewHistory(s)
	tick := t0
	h.Clock = func() time.Time { tick = tick.Add(time.Minute); return tick }
	n := 0
	h.NewID = func(prefix string) string { n++; return fmt.Sprintf("%s-%d", prefix, n) }
	return fixture{h: h, ix: ix}
}

// roundTrip does op, then checks that undo restores the exact pre-state,
// redo the exact post-state, and undo again the pre-state. It returns the
// post-state.
func roundTrip(t *testing.T, h *History, op Op) *Set {
	t.Helper()
	before := h.Set().Clone()
	if err := h.Do(op); err != nil {
		t.Fatalf("Do(%s): %v", op.Label(), err)
	}
	after := h.Set().Clone()
	if diff := cmp.Diff(before, after); diff == "" {
		t.Fatalf("Do(%s) changed nothing", op.Label())
	}
	if err := h.Undo(); err != nil {
		t.Fatalf("Undo: %v", err)
	}
	if diff := cmp.Diff(before, h.Set()); diff != "" {
		t.Fatalf("undo did not restore the pre-state (-want +got):\n%s", diff)
	}
	if err := h.Redo(); err != nil {
		t.Fatalf("Redo: %v", err)
	}
	if diff := cmp.Diff(after, h.Set()); diff != "" {
		t.Fatalf("redo did not restore the post-state (-want +got):\n%s", diff)
	}
	if err := h.Undo(); err != nil {
		t.Fatalf("second Undo: %v", err)
	}
	if diff := cmp.Diff(before, h.Set()); diff != "" {
		t.Fatalf("second undo did not restore the pre-state (-want +got):\n%s", diff)
	}
	if err := h.Redo(); err != nil {
		t.Fatalf("second Redo: %v", err)
	}
	return after
}

// wantRefused checks that h.Do(op) fails with exactly the problem paths
// given, and leaves the set and the history untouched.
func wantRefused(t *testing.T, h *History, op Op, paths ...string) {
	t.Helper()
	before := h.Set().Clone()
	version, canUndo := h.Version(), h.CanUndo()
	err := h.Do(op)
	if err == nil {
		t.Fatalf("Do(%s) succeeded, want problems at %q", op.Label(), paths)
	}
	var oe *OpError
	if !errors.As(err, &oe) {
		t.Fatalf("Do(%s) error %T %v, want *OpError", op.Label(), err, err)
	}
	var got []string
	for _, p := range oe.Problems {
		got = append(got, p.Path)
	}
	if diff := cmp.Diff(paths, got); diff != "" {
		t.Errorf("problem paths (-want +got):\n%s\nerror: %v", diff, err)
	}
	if !strings.HasPrefix(err.Error(), op.Label()+": ") && !strings.HasPrefix(err.Error(), op.Label()+" (step ") {
		t.Errorf("error %q does not start with the op label", err)
	}
	if diff := cmp.Diff(before, h.Set()); diff != "" {
		t.Errorf("refused op changed the set (-before +after):\n%s", diff)
	}
	if h.Version() != version || h.CanUndo() != canUndo {
		t.Errorf("refused op changed the history: version %d→%d, CanUndo %v→%v", version, h.Version(), canUndo, h.CanUndo())
	}
}
