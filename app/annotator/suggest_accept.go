package annotator

import (
	"fmt"
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/suggest"
	"whosaid/app/wording"
)

// acceptOp turns proposals into one undoable step: for each, the speaker
// (an existing one of the set when it is the same person, by name or
// alias; else a new one, added once) and the claim. Proposals whose span
// is already claimed, here or earlier in the batch, are skipped. It
// returns nil when there is nothing to add.
func acceptOp(s *annotate.Set, speakers map[string]annotate.Speaker, items []suggest.Suggestion, newID func(string) string) (annotate.Op, int) {
	known := append([]annotate.Speaker(nil), s.Speakers...)
	taken := map[string]bool{}
	for _, sp := range s.Speakers {
		taken[sp.ID] = true
	}
	claimed := map[spanKey]bool{}
	for _, c := range s.Claims {
		claimed[keyOf(c.Span)] = true
	}
	var ops []annotate.Op
	n := 0
	for _, it := range items {
		c := it.Claim
		if claimed[keyOf(c.Span)] {
			continue
		}
		claimed[keyOf(c.Span)] = true
		c.ID, c.SpeakerID = "", ""
		if prop, ok := speakers[it.Claim.SpeakerID]; ok && prop.Name != "" {
			c.SpeakerID = matchSpeaker(known, prop)
			if c.SpeakerID == "" {
				prop.ID = freshID(newID, taken)
				known = append(known, prop)
				ops = append(ops, annotate.AddSpeaker(prop))
				c.SpeakerID = prop.ID
			}
		}
		ops = append(ops, annotate.AddClaim(c))
		n++
	}
	if n == 0 {
		return nil, 0
	}
	label := "Accept suggestion"
	if n > 1 {
		label = "Accept " + strconv.Itoa(n) + " suggestions"
	}
	return annotate.Group(label, ops...), n
}

// matchSpeaker is the id of a known speaker who is prop, or "".
func matchSpeaker(known []annotate.Speaker, prop annotate.Speaker) string {
	for _, k := range known {
		if k.Kind == prop.Kind && suggest.SameSpeaker(k, prop) {
			return k.ID
		}
	}
	for _, k := range known {
		if suggest.SameSpeaker(k, prop) {
			return k.ID
		}
	}
	return ""
}

// freshID makes a speaker id that clashes with none in taken (the new
// speaker's claim must name it in the same step, so the History cannot
// fill it in later).
func freshID(newID func(string) string, taken map[string]bool) string {
	if newID == nil {
		newID = annotate.RandomID
	}
	for {
		id := newID("s")
		if id != "" && !taken[id] {
			taken[id] = true
			return id
		}
	}
}

// acceptCurrent accepts the current proposal and moves to the next.
func (p *Annotator) acceptCurrent(ctx app.Context) {
	i := p.sg.cur
	if !p.sgLive() || i < 0 || i >= len(p.sg.items) {
		return
	}
	op, n := acceptOp(p.h.Set(), p.sg.speakers, p.sg.items[i:i+1], p.h.NewID)
	if n == 0 || !p.do(ctx, op) {
		return
	}
	p.say("Accepted: " + p.sgSpeakerLabel(i) + ".")
	p.sg.cur = p.nextOpen(i, 1)
	p.scheduleGhosts(ctx, true)
}

// acceptHigh accepts every open high-confidence proposal in one step.
func (p *Annotator) acceptHigh(ctx app.Context) {
	if !p.sgLive() {
		return
	}
	claimed := p.claimSpans()
	var pick []suggest.Suggestion
	for i, it := range p.sg.items {
		if it.High() && p.sgStatus(i, claimed) == itemOpen {
			pick = append(pick, it)
		}
	}
	op, n := acceptOp(p.h.Set(), p.sg.speakers, pick, p.h.NewID)
	if n == 0 {
		p.say("No open high-confidence suggestions.")
		return
	}
	if !p.do(ctx, op) {
		return
	}
	p.say("Accepted " + wording.Plural(n, "high-confidence suggestion", "high-confidence suggestions") + ".")
	p.sg.cur = p.nextOpen(p.sg.cur-1, 1)
	p.scheduleGhosts(ctx, true)
}

// rejectCurrent drops the current proposal and moves to the next.
func (p *Annotator) rejectCurrent(ctx app.Context) {
	i := p.sg.cur
	if !p.sgLive() || i < 0 || i >= len(p.sg.items) {
		return
	}
	p.sg.rejected[i] = true
	p.say("Rejected: " + p.sgSpeakerLabel(i) + ".")
	p.sg.cur = p.nextOpen(i, 1)
	p.scheduleGhosts(ctx, true)
}

// moveSuggestion makes the next (dir 1) or previous (-1) open proposal
// current.
func (p *Annotator) moveSuggestion(ctx app.Context, dir int) {
	if !p.sgLive() {
		return
	}
	if next := p.nextOpen(p.sg.cur, dir); next >= 0 {
		p.sg.cur = next
	}
	p.sayCurrent()
	p.scheduleGhosts(ctx, true)
}

func (p *Annotator) sgSpeakerLabel(i int) string {
	if sp := p.sgSpeaker(i); sp.Name != "" {
		return sp.Name
	}
	return "no speaker"
}

// sayCurrent reads the current proposal out in the status line (it is
// aria-live), for screen reader users working by keyboard.
func (p *Annotator) sayCurrent() {
	i := p.sg.cur
	if i < 0 || i >= len(p.sg.items) {
		p.say("All suggestions reviewed.")
		return
	}
	it := p.sg.items[i]
	conf := fmt.Sprintf("%.0f%% confidence", it.Confidence*100)
	if !it.High() {
		conf = "low confidence, " + conf
	}
	p.say(fmt.Sprintf("Suggestion %d of %d: %s, %s, %s: “%s”", i+1, len(p.sg.items), p.sgSpeakerLabel(i), it.Claim.Attribution, conf, p.sgExcerpt(it.Claim.Span)))
}
