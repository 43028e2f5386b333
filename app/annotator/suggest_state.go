package annotator

import (
	"time"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/annotate/suggest"
	"whosaid/app/wording"
)

// suggestState is the review of the extractor's proposals. Whether a
// proposal is accepted is read from the set (a claim with its span exists),
// so undoing an accept brings the proposal back; rejections are kept here.
type suggestState struct {
	On       bool
	docID    string
	textLen  int
	items    []suggest.Suggestion
	speakers map[string]annotate.Speaker // the extractor's, by id
	rejected []bool
	cur      int           // index into items, -1 when none is open
	took     time.Duration // time of the last extractor run

	stopObs  func()
	queued   bool
	hlBroken bool // the browser lacks the Custom Highlight API
}

// itemStatus is what became of one proposal.
type itemStatus int

const (
	itemOpen itemStatus = iota
	itemAccepted
	itemRejected
)

// runSuggest runs the extractor on the open document and starts a review.
func (p *Annotator) runSuggest(ctx app.Context) {
	if p.h == nil || !p.Suggestions {
		return
	}
	s := p.h.Set()
	t0 := time.Now()
	r := suggest.Suggest(s.Document)
	took := time.Since(t0)
	sg := &p.sg
	sg.On = true
	sg.docID, sg.textLen = s.Document.ID, len(p.runes)
	sg.items = r.Suggestions
	sg.speakers = make(map[string]annotate.Speaker, len(r.Speakers))
	for _, sp := range r.Speakers {
		sg.speakers[sp.ID] = sp
	}
	sg.rejected = make([]bool, len(r.Suggestions))
	sg.took = took
	sg.cur = p.nextOpen(-1, 1)
	open := p.openCount()
	switch {
	case len(sg.items) == 0:
		p.say("No suggestions for this article.")
	default:
		p.say(wording.Plural(len(sg.items), "suggestion", "suggestions") + ", " + wording.Plural(open, "to review", "to review") + ".")
	}
	p.watchGhosts(ctx)
	p.scheduleGhosts(ctx, true)
}

// sgLive tells whether the review belongs to the document open now.
func (p *Annotator) sgLive() bool {
	return p.sg.On && p.h != nil && p.sg.docID == p.h.Set().Document.ID && p.sg.textLen == len(p.runes)
}

// leaveSuggest ends the review and clears the ghost highlights.
func (p *Annotator) leaveSuggest(ctx app.Context) {
	p.sg.On = false
	p.sg.items, p.sg.rejected, p.sg.cur = nil, nil, -1
	p.stopSuggestWatch()
	p.say("Suggestions closed.")
}

// claimSpans is the set of spans already claimed.
func (p *Annotator) claimSpans() map[spanKey]bool {
	out := map[spanKey]bool{}
	for _, c := range p.h.Set().Claims {
		out[keyOf(c.Span)] = true
	}
	return out
}

func (p *Annotator) sgStatus(i int, claimed map[spanKey]bool) itemStatus {
	switch {
	case p.sg.rejected[i]:
		return itemRejected
	case claimed[keyOf(p.sg.items[i].Claim.Span)]:
		return itemAccepted
	}
	return itemOpen
}

// nextOpen finds the next open proposal after from in direction dir
// (wrapping), or -1.
func (p *Annotator) nextOpen(from, dir int) int {
	n := len(p.sg.items)
	if n == 0 || p.h == nil {
		return -1
	}
	claimed := p.claimSpans()
	for k := 1; k <= n; k++ {
		i := ((from+dir*k)%n + n) % n
		if from < 0 && dir > 0 {
			i = k - 1
		}
		if p.sgStatus(i, claimed) == itemOpen {
			return i
		}
	}
	return -1
}

func (p *Annotator) openCount() int {
	claimed := p.claimSpans()
	n := 0
	for i := range p.sg.items {
		if p.sgStatus(i, claimed) == itemOpen {
			n++
		}
	}
	return n
}

// sgSpeaker is the proposed speaker of a proposal ("" name: unattributed).
func (p *Annotator) sgSpeaker(i int) annotate.Speaker {
	return p.sg.speakers[p.sg.items[i].Claim.SpeakerID]
}

// spanKey is a span's place: a claim made by hand over the same text is
// the same claim, whatever its recorded context.
type spanKey struct{ start, end int }

func keyOf(sp annotate.Span) spanKey { return spanKey{sp.Start, sp.End} }
