package annotator

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/names"
	"whosaid/app/annotator/articleview"
	"whosaid/app/browser"
	"whosaid/app/wording"
)

// onSelectionChange follows the browser's selection: a selection inside the
// article shows the toolbar next to it.
func (p *Annotator) onSelectionChange(ctx app.Context) {
	defer p.guard(ctx)
	// No ctx.PreventUpdate here or in other handlers: it cancels every
	// update of the page in the same frame, a click's included.
	if p.h == nil || p.summary {
		return
	}
	p.takeDOMSelection()
}

// takeDOMSelection reads the browser's selection as it is now.
func (p *Annotator) takeDOMSelection() {
	ps, ok := readDOMSelection(p.ix)
	if ok == p.hasPending && (!ok || ps == p.pending) {
		return
	}
	p.pending, p.hasPending = ps, ok
	if ok && p.vs.Kbd.On {
		// A mouse selection takes over from the keyboard cursor.
		p.vs.Kbd = articleview.Cursor{}
		p.refresh()
	}
}

// currentSelection is what C, S and V act on: the keyboard selection when
// there is one, else the browser's selection. Snapped to whole words.
//
// The browser's selection is read now, not taken from the last
// selectionchange: the browser fires that event later, as a task of its
// own, so a key pressed right after selecting (a fast hand, a script) came
// before it, and C said "Select some words first" under a visible
// selection.
func (p *Annotator) currentSelection() (int, int, bool) {
	if p.h != nil && !p.summary {
		p.takeDOMSelection()
	}
	var a, b int
	switch {
	case p.vs.Kbd.On && p.vs.Kbd.Anchor != p.vs.Kbd.Cursor:
		a, b = p.vs.Kbd.Span()
	case p.hasPending:
		a, b = p.pending.Start, p.pending.End
	default:
		// The keyboard caret on a word selects that word.
		if p.vs.Kbd.On {
			if s, e, ok := annotate.WordAt(p.runes, p.vs.Kbd.Cursor); ok {
				return s, e, true
			}
		}
		return 0, 0, false
	}
	return annotate.SnapToWords(p.runes, a, b)
}

// endSelection forgets the selection once it has been used.
func (p *Annotator) endSelection() {
	if p.hasPending {
		clearDOMSelection()
		p.hasPending = false
	}
	if p.vs.Kbd.On {
		p.vs.Kbd.Anchor = p.vs.Kbd.Cursor
	}
}

// makeClaim turns the selection into a new claim and opens it.
func (p *Annotator) makeClaim(ctx app.Context) bool {
	s, e, ok := p.currentSelection()
	if !ok {
		p.say("Select some words of the article first, then press C.")
		return false
	}
	c := annotate.Claim{
		Span:        annotate.MakeSpan(p.ix, s, e),
		Attribution: annotate.SuggestAttribution(p.runes, s, e),
	}
	p.endSelection()
	if !p.apply(annotate.AddClaim(c)) {
		return false
	}
	// The new claim opens in the same redraw as it appears.
	set := p.h.Set()
	p.vs.Cur = set.Claims[len(set.Claims)-1].ID
	p.resetPicker()
	p.changed(ctx)
	p.revealClaim(p.vs.Cur)
	p.say("Claim added: “" + wording.Clip(c.Span.Exact, 60) + "”. Now pick who said it.")
	return true
}

// markMention records the selection as a mention of the current claim's
// speaker and attributes the claim to the person it names: a known
// speaker whose name or alias matches, else a new speaker. One undo step.
func (p *Annotator) markMention(ctx app.Context) {
	c, span, ok := p.claimAndSelection(
		"Make or pick a claim first, then select the speaker's name and press S.",
		"Select the speaker's name in the article, then press S.")
	if !ok {
		return
	}
	set := p.h.Set()
	var ops []annotate.Op
	spID, found := speakerNamed(set, span.Exact)
	if !found {
		sp := newSpeakerFromMention(span.Exact)
		sp.ID = p.h.NewID("s")
		spID = sp.ID
		ops = append(ops, annotate.AddSpeaker(sp))
	}
	c.SpeakerID = spID
	c.Mentions = append(c.Mentions, span)
	ops = append(ops, annotate.EditClaim(c))
	if p.do(ctx, annotate.Group("Attribute by mention", ops...)) {
		name := p.h.Set().SpeakerName(c)
		p.say("Attributed to " + name + ".")
	}
}

// markCue records the selection as the current claim's cue ("said").
func (p *Annotator) markCue(ctx app.Context) {
	c, cue, ok := p.claimAndSelection(
		"Make or pick a claim first, then select its cue (“said”) and press V.",
		"Select the cue (“said”, “according to”) in the article, then press V.")
	if !ok {
		return
	}
	c.Cue = &cue
	if p.do(ctx, annotate.Group("Mark cue", annotate.EditClaim(c))) {
		p.say("Cue: “" + cue.Exact + "”.")
	}
}

// claimAndSelection is what marking part of the current claim (a mention,
// a cue) needs: a copy of the claim open in the editor and the selection
// as a span, the selection then ended. When either is missing it says
// which, with noClaim or noSelection, and ok is false.
func (p *Annotator) claimAndSelection(noClaim, noSelection string) (c annotate.Claim, span annotate.Span, ok bool) {
	if c, ok = p.curClaim(); !ok {
		p.say(noClaim)
		return c, span, false
	}
	s, e, ok := p.currentSelection()
	if !ok {
		p.say(noSelection)
		return c, span, false
	}
	span = annotate.MakeSpan(p.ix, s, e)
	p.endSelection()
	return c, span, true
}

// curClaim is a copy of the claim open in the editor.
func (p *Annotator) curClaim() (annotate.Claim, bool) {
	if p.h == nil || p.vs.Cur == "" {
		return annotate.Claim{}, false
	}
	c, ok := p.h.Set().Claim(p.vs.Cur)
	if !ok {
		return annotate.Claim{}, false
	}
	cc := *c
	cc.Mentions = append([]annotate.Span(nil), c.Mentions...)
	cc.Tags = append([]string(nil), c.Tags...)
	if c.Cue != nil {
		cue := *c.Cue
		cc.Cue = &cue
	}
	return cc, true
}

// speakerNamed is the speaker a mention names (names.Find: the one rule
// for "Lavrov", "S. Lavrov", "Foreign Minister Sergei Lavrov").
func speakerNamed(s *annotate.Set, text string) (string, bool) {
	return names.Find(s.Speakers, text)
}

// roleWords start a title in a mention like "Foreign Minister Sergei
// Lavrov"; the capitalised words after the last of them are the name.
var roleWords = map[string]bool{
	"president": true, "minister": true, "secretary": true, "spokesperson": true,
	"spokeswoman": true, "spokesman": true, "ambassador": true, "chancellor": true,
	"senator": true, "governor": true, "mayor": true, "director": true, "chief": true,
	"general": true, "professor": true, "dr.": true, "ceo": true, "chairman": true,
	"chairwoman": true, "leader": true, "premier": true, "king": true, "queen": true,
}

// newSpeakerFromMention makes a speaker from the text that names it,
// splitting off a leading title or role when it can tell.
func newSpeakerFromMention(text string) annotate.Speaker {
	words := strings.Fields(strings.Trim(text, " “”\"'‘’,.:;"))
	sp := annotate.Speaker{Name: strings.Join(words, " "), Kind: annotate.SpeakerPerson}
	last := -1
	for i, w := range words {
		if roleWords[strings.ToLower(w)] {
			last = i
		}
	}
	if last >= 0 && last < len(words)-1 {
		sp.Title = strings.Join(words[:last+1], " ")
		sp.Name = strings.Join(words[last+1:], " ")
	}
	return sp
}

// onArticleClick opens the claim under a click (the innermost one; clicking
// again on a nested highlight steps outwards).
func (p *Annotator) onArticleClick(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	if p.hasPending {
		return
	}
	mk := browser.Call(browser.Get(e.Value, "target"), "closest", "mark[data-ids]")
	ids := strings.Fields(browser.String(browser.Call(mk, "getAttribute", "data-ids")))
	if len(ids) == 0 {
		return
	}
	next := ids[len(ids)-1]
	for i, id := range ids {
		if id == p.vs.Cur && i > 0 {
			next = ids[i-1]
		}
	}
	p.openClaim(next)
	p.revealClaim(next)
}

// openClaim makes a claim the current one (editor, highlights, list).
func (p *Annotator) openClaim(id string) {
	if p.vs.Cur == id {
		return
	}
	p.vs.Cur = id
	p.resetPicker()
	p.refresh()
}

func (p *Annotator) onToolbarClaim(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	// The speaker box next, except on a touch screen, where focusing it
	// would open the on-screen keyboard over the sentence just marked.
	if p.makeClaim(ctx) && p.mountCtx != nil && !browser.Touch() {
		browser.FocusSoon(p.mountCtx, "#speaker-input")
	}
}

func (p *Annotator) onToolbarMention(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.markMention(ctx)
}

func (p *Annotator) onToolbarCue(ctx app.Context, e app.Event) {
	defer p.guard(ctx)
	p.markCue(ctx)
}
