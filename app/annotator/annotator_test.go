package annotator

import (
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator/articleview"
	"whosaid/app/browser"
	"whosaid/app/palette"
	"whosaid/app/storage"
)

const testText = "Russia and China Talk\n\n" +
	"“We have a common goal,” Russian Foreign Minister Sergei Lavrov said Tuesday. Wang proposed “double counteracting” the U.S.\n\n" +
	"China said it hasn’t sought to benefit 😀 from the war."

// mountPage mounts the annotator of the main page, over a store of its
// own, on a small known article.
func mountPage(t *testing.T) (*Annotator, app.ClientDispatcher) {
	t.Helper()
	p := New()
	p.Store = storage.NewStore(storage.NewMemory())
	return p, mountOn(t, p)
}

// mountOn mounts the annotator p, set up, on the small known article.
func mountOn(t *testing.T, p *Annotator) app.ClientDispatcher {
	t.Helper()
	d := app.NewClientTester(p)
	t.Cleanup(d.Close)
	d.Consume()
	set := annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "Test"}, testText))
	set.Document.Blocks[0].Kind = annotate.BlockHeadline
	p.loadSet(d.Context(), set)
	d.Consume()
	for i, v := range p.paras {
		if !v.Mounted() {
			t.Fatalf("paragraph view %d is not mounted", i)
		}
	}
	return d
}

// offsetOf is the code-point offset of sub in the test text.
func offsetOf(t *testing.T, sub string) (int, int) {
	t.Helper()
	i := strings.Index(testText, sub)
	if i < 0 {
		t.Fatalf("%q not in the test text", sub)
	}
	s := annotate.RuneLen(testText[:i])
	return s, s + annotate.RuneLen(sub)
}

// selectKbd sets a keyboard selection over sub (as Shift+arrows would).
func selectKbd(t *testing.T, p *Annotator, sub string) {
	s, e := offsetOf(t, sub)
	p.vs.Kbd = articleview.Cursor{On: true, Anchor: s, Cursor: e}
}

func TestMakeClaimUpdatesOnlyItsBlock(t *testing.T) {
	p, d := mountPage(t)
	before := make([]articleview.Para, len(p.paras))
	for i, v := range p.paras {
		before[i] = v.Model()
	}
	// A sloppy selection: inside a word, with the closing quote and comma.
	s, e := offsetOf(t, "e have a common goal,”")
	p.vs.Kbd = articleview.Cursor{On: true, Anchor: s, Cursor: e}
	if !p.makeClaim(d.Context()) {
		t.Fatalf("makeClaim failed: %s", p.status)
	}
	d.Consume()
	set := p.h.Set()
	if len(set.Claims) != 1 {
		t.Fatalf("%d claims", len(set.Claims))
	}
	c := set.Claims[0]
	type got struct {
		Exact string
		Attr  annotate.AttributionType
		Cur   string
	}
	if diff := cmp.Diff(got{"We have a common goal", annotate.AttrDirect, c.ID}, got{c.Span.Exact, c.Attribution, p.vs.Cur}); diff != "" {
		t.Fatalf("claim (-want +got):\n%s", diff)
	}
	var changed []int
	for i, v := range p.paras {
		if !articleview.Equal(before[i], v.Model()) {
			changed = append(changed, i)
		}
	}
	if diff := cmp.Diff([]int{1}, changed); diff != "" {
		t.Errorf("changed blocks (-want +got):\n%s", diff)
	}
	// The block renders a mark for the claim, with its id, depth and the
	// unattributed badge, after the opening quote.
	want := `<p class="blk" data-base="` + strconv.Itoa(p.paras[1].Model().Base) + `"><span>“</span>` +
		`<mark class="hl d1 cur" data-ids="` + c.ID + `" style="--c: ` + palette.Unattributed + `;" data-badge="?" title="Unattributed (direct)">We have a common goal</mark>`
	err := app.TestMatch(p.paras[1], app.TestUIDescriptor{Path: app.TestPath(0), Expected: app.Raw(p.paras[1].HTML())})
	if err != nil {
		t.Error(err)
	}
	if got := p.paras[1].HTML(); !strings.HasPrefix(got, want) {
		t.Errorf("block HTML\n got: %s\nwant prefix: %s", got, want)
	}
}

func TestBlockTextAndBaseSurviveMarks(t *testing.T) {
	p, d := mountPage(t)
	for _, sub := range []string{"hasn’t sought to benefit 😀 from", "benefit 😀 from the war"} {
		selectKbd(t, p, sub)
		p.makeClaim(d.Context())
	}
	d.Consume()
	starts := p.h.Set().Document.BlockStarts()
	for i, v := range p.paras {
		var b strings.Builder
		for _, s := range v.Model().Segs {
			b.WriteString(s.Text)
		}
		if got, want := b.String(), p.h.Set().Document.Blocks[i].Text; got != want {
			t.Errorf("block %d text %q, want %q", i, got, want)
		}
		if v.Model().Base != starts[i] {
			t.Errorf("block %d base %d, want %d", i, v.Model().Base, starts[i])
		}
	}
	// The overlap: "benefit" is covered by both claims, depth 2.
	var overlap []string
	for _, s := range p.paras[2].Model().Segs {
		if len(strings.Fields(s.IDs)) == 2 {
			overlap = append(overlap, s.Text+"|"+s.Class)
		}
	}
	if diff := cmp.Diff([]string{"benefit 😀 from|hl d2 cur"}, overlap); diff != "" {
		t.Errorf("overlap segments (-want +got):\n%s", diff)
	}
}

func TestMentionAttributesInOneUndoStep(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	selectKbd(t, p, "We have a common goal")
	p.makeClaim(ctx)
	selectKbd(t, p, "Russian Foreign Minister Sergei Lavrov")
	p.markMention(ctx)
	selectKbd(t, p, "said")
	p.markCue(ctx)
	set := p.h.Set()
	want := annotate.Speaker{ID: set.Speakers[0].ID, Name: "Sergei Lavrov", Title: "Russian Foreign Minister", Kind: annotate.SpeakerPerson}
	if diff := cmp.Diff([]annotate.Speaker{want}, set.Speakers); diff != "" {
		t.Fatalf("speakers (-want +got):\n%s", diff)
	}
	c := set.Claims[0]
	if c.SpeakerID != want.ID || len(c.Mentions) != 1 || c.Cue == nil || c.Cue.Exact != "said" {
		t.Fatalf("claim after mention and cue: %+v", c)
	}
	// The mention and the cue are drawn in the block.
	var classes []string
	for _, s := range p.paras[1].Model().Segs {
		if strings.Contains(s.Class, "mention") || strings.Contains(s.Class, "cue") {
			classes = append(classes, s.Text+"|"+s.Class)
		}
	}
	if diff := cmp.Diff([]string{"Russian Foreign Minister Sergei Lavrov|mention", "said|cue"}, classes); diff != "" {
		t.Errorf("mention and cue segments (-want +got):\n%s", diff)
	}
	// One undo takes the cue away, the next the mention and the new speaker.
	p.undo(ctx)
	p.undo(ctx)
	if len(p.h.Set().Speakers) != 0 || p.h.Set().Claims[0].SpeakerID != "" {
		t.Fatalf("after two undos: speakers %v, claim %+v", p.h.Set().Speakers, p.h.Set().Claims[0])
	}
	// A second mention of a known name reuses the speaker.
	p.redo(ctx)
	selectKbd(t, p, "China said it hasn’t sought to benefit")
	p.makeClaim(ctx)
	selectKbd(t, p, "Lavrov")
	p.vs.Kbd = articleview.Cursor{On: true, Anchor: p.vs.Kbd.Anchor, Cursor: p.vs.Kbd.Cursor}
	p.markMention(ctx)
	if n := len(p.h.Set().Speakers); n != 1 {
		t.Fatalf("%d speakers after mentioning a known one, want 1", n)
	}
}

func TestKeysIgnoreTypingAndUndo(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	selectKbd(t, p, "China said")
	if p.handleKey(ctx, browser.Key{Key: "c", TargetTag: "INPUT"}) {
		t.Fatal("a key typed in an input was taken as a shortcut")
	}
	if len(p.h.Set().Claims) != 0 {
		t.Fatal("typing made a claim")
	}
	if !p.handleKey(ctx, browser.Key{Key: "c", TargetTag: "ARTICLE", TargetID: "article"}) || len(p.h.Set().Claims) != 1 {
		t.Fatalf("C did not make a claim: %s", p.status)
	}
	if !p.handleKey(ctx, browser.Key{Key: "z", Ctrl: true, TargetTag: "BODY"}) || len(p.h.Set().Claims) != 0 {
		t.Fatal("Ctrl+Z did not undo")
	}
	if !p.handleKey(ctx, browser.Key{Key: "Z", Ctrl: true, Shift: true, TargetTag: "BODY"}) || len(p.h.Set().Claims) != 1 {
		t.Fatal("Ctrl+Shift+Z did not redo")
	}
	if got := p.h.UndoLabel(); got != "Add claim" {
		t.Errorf("undo label %q", got)
	}
	// Arrow keys move the caret only when the article has focus.
	p.vs.Kbd = articleview.Cursor{}
	if p.handleKey(ctx, browser.Key{Key: "ArrowRight", TargetTag: "BODY"}) {
		t.Error("an arrow outside the article was taken")
	}
	p.handleKey(ctx, browser.Key{Key: "ArrowRight", TargetID: "article"})
	p.handleKey(ctx, browser.Key{Key: "ArrowRight", TargetID: "article", Shift: true})
	p.handleKey(ctx, browser.Key{Key: "ArrowRight", TargetID: "article", Shift: true})
	a, b := p.vs.Kbd.Span()
	if got := string(p.runes[a:b]); got != "Russia and" {
		t.Errorf("keyboard selection %q, want %q", got, "Russia and")
	}
}

func TestSpeakersPanelOps(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	for _, sub := range []string{"We have a common goal", "China said it hasn’t sought"} {
		selectKbd(t, p, sub)
		p.makeClaim(ctx)
	}
	sets := p.h.Set()
	p.h.Do(annotate.Group("setup",
		annotate.AddSpeaker(annotate.Speaker{ID: "s1", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson}),
		annotate.AddSpeaker(annotate.Speaker{ID: "s2", Name: "S. Lavrov", Kind: annotate.SpeakerPerson}),
		annotate.AttributeClaim(sets.Claims[0].ID, "s1"),
		annotate.AttributeClaim(sets.Claims[1].ID, "s2"),
	))
	p.changed(ctx)
	// Filter: the other speaker's highlight dims, the list shrinks.
	p.toggleFilter("s1")
	if n := len(p.visibleClaims()); n != 1 {
		t.Errorf("%d visible claims with a filter, want 1", n)
	}
	var dim int
	for _, v := range p.paras {
		for _, s := range v.Model().Segs {
			if strings.Contains(s.Class, "dim") {
				dim++
			}
		}
	}
	if dim == 0 {
		t.Error("no dimmed highlight with a filter on")
	}
	p.mergeSpeakers(ctx, "s1", "s2")
	if diff := cmp.Diff(map[string]int{"s1": 2}, claimCounts(p.h.Set())); diff != "" {
		t.Errorf("counts after merge (-want +got):\n%s", diff)
	}
	if got := p.h.Set().Speakers[0].Aliases; !cmp.Equal(got, []string{"S. Lavrov"}) {
		t.Errorf("aliases after merge %q", got)
	}
	p.deleteSpeaker(ctx, "s1")
	if diff := cmp.Diff(map[string]int{"": 2}, claimCounts(p.h.Set())); diff != "" {
		t.Errorf("counts after delete (-want +got):\n%s", diff)
	}
	if p.vs.Filter != "" {
		t.Error("the filter on a deleted speaker stayed")
	}
	p.undo(ctx)
	if n := len(p.h.Set().Speakers); n != 1 {
		t.Errorf("undo of delete: %d speakers", n)
	}
}

func TestOrphanPlacedAtSelection(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	p.h.Do(annotate.AddClaim(annotate.Claim{ID: "lost", Span: annotate.Span{Start: 900, End: 950, Exact: "gone text"}, Orphan: true}))
	p.changed(ctx)
	if n := len(p.visibleClaims()); n != 0 {
		t.Fatalf("an orphan is listed with placed claims")
	}
	selectKbd(t, p, "the war")
	p.placeOrphan(ctx, "lost")
	c, _ := p.h.Set().Claim("lost")
	if c.Orphan || c.Span.Exact != "the war" {
		t.Fatalf("after placing: %+v", c)
	}
}

func TestRemoveCueAndMention(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	selectKbd(t, p, "We have a common goal")
	p.makeClaim(ctx)
	for _, sub := range []string{"Russian Foreign Minister Sergei Lavrov", "Lavrov"} {
		selectKbd(t, p, sub)
		p.markMention(ctx)
	}
	selectKbd(t, p, "said")
	p.markCue(ctx)
	p.removeMention(ctx, 0)
	p.editCur(ctx, "Remove cue", func(c *annotate.Claim) { c.Cue = nil })
	c := p.h.Set().Claims[0]
	var got []string
	for _, m := range c.Mentions {
		got = append(got, m.Exact)
	}
	// The second mention ("Lavrov", inside the first one's text) stays.
	if diff := cmp.Diff([]string{"Lavrov"}, got); diff != "" {
		t.Errorf("mentions after removing the first (-want +got):\n%s", diff)
	}
	if c.Cue != nil {
		t.Errorf("cue %v after removing it", c.Cue)
	}
	if got, want := p.h.UndoLabel(), "Remove cue"; got != want {
		t.Errorf("undo label %q, want %q", got, want)
	}
}

// TestCountsFollowTheHistory: the speakers panel's claim counts are
// counted again after a change, an undo and another history, never kept
// from before.
func TestCountsFollowTheHistory(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	selectKbd(t, p, "We have a common goal")
	p.makeClaim(ctx)
	var m countsMemo
	check := func(step string, want map[string]int) {
		t.Helper()
		if diff := cmp.Diff(want, m.of(p.h)); diff != "" {
			t.Errorf("%s: counts (-want +got):\n%s", step, diff)
		}
	}
	check("one claim", map[string]int{"": 1})
	id := p.h.Set().Claims[0].ID
	if err := p.h.Do(annotate.Group("attribute",
		annotate.AddSpeaker(annotate.Speaker{ID: "s1", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson}),
		annotate.AttributeClaim(id, "s1"),
	)); err != nil {
		t.Fatal(err)
	}
	check("attributed", map[string]int{"s1": 1})
	if err := p.h.Undo(); err != nil {
		t.Fatal(err)
	}
	check("undone", map[string]int{"": 1})
	p.loadSet(ctx, &annotate.Set{Document: p.h.Set().Document})
	check("another set", map[string]int{})
}

// TestTwoSetsInOneFrameBothDrawn: two sets opened before the page is
// drawn again (two new generations of views in one frame) still get the
// last one's views mounted, and its claims listed: the wrappers' tags
// switch once per render, not by the parity of the count.
func TestTwoSetsInOneFrameBothDrawn(t *testing.T) {
	p, d := mountPage(t)
	ctx := d.Context()
	for _, text := range []string{"First article.\n\nIts second block.", "Second article.\n\nIts own block, “quoted”.\n\nA third."} {
		p.loadSet(ctx, annotate.NewSet(annotate.DocumentFromText(annotate.Document{Title: "T"}, text)))
	}
	d.Consume()
	if len(p.paras) != 3 {
		t.Fatalf("%d block views, want 3", len(p.paras))
	}
	for i, v := range p.paras {
		if !v.Mounted() {
			t.Errorf("block view %d of the last set is not mounted", i)
		}
	}
	for i, g := range p.list.groups {
		if !g.Mounted() {
			t.Errorf("claims-list group %d of the last set is not mounted", i)
		}
	}
}
