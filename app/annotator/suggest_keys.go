package annotator

import (
	"strings"
	"whosaid/app/browser"

	"github.com/maxence-charriere/go-app/v9/pkg/app"
)

// Review keys, while suggestions are shown: Enter or A accepts, X
// rejects, H accepts all high-confidence ones, Tab / Shift+Tab move, Esc
// leaves. They take precedence over the
// annotator's own keys (Enter would open the speaker box).

// suggestPrevents tells which keys the review takes from the browser (Tab
// would move the focus, Enter would press the focused button).
func (p *Annotator) suggestPrevents(k browser.Key) bool {
	if !p.sgLive() || k.Typing() || k.Ctrl || k.Meta || k.Alt {
		return false
	}
	switch k.Key {
	case "Tab", "Enter":
		return true
	}
	return false
}

// suggestKey handles a review key and tells whether it was used.
func (p *Annotator) suggestKey(ctx app.Context, k browser.Key) bool {
	if !p.sg.On || k.Typing() || k.Ctrl || k.Meta || k.Alt {
		return false
	}
	if !p.sgLive() {
		// Another document was opened: the proposals were for the old one.
		p.leaveSuggest(ctx)
		return false
	}
	switch k.Key {
	case "Enter":
		p.acceptCurrent(ctx)
		return true
	case "Tab":
		if k.Shift {
			p.moveSuggestion(ctx, -1)
		} else {
			p.moveSuggestion(ctx, 1)
		}
		return true
	case "Escape":
		p.leaveSuggest(ctx)
		return true
	}
	switch strings.ToLower(k.Key) {
	case "a":
		p.acceptCurrent(ctx)
		return true
	case "x":
		p.rejectCurrent(ctx)
		return true
	case "h":
		p.acceptHigh(ctx)
		return true
	}
	return false
}
