package annotator

import (
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator/articleview"
	"whosaid/app/browser"
)

// shortcut is one line of the help dialog.
type shortcut struct{ Keys, What string }

// shortcuts lists every keyboard shortcut, for the help dialog.
var shortcuts = []shortcut{
	{"← →", "Move the word cursor in the article (focus it with Tab or a click)"},
	{"↑ ↓", "Move by sentence"},
	{"Shift + arrows", "Extend the selection"},
	{"C", "Make a claim of the selection"},
	{"S", "The selection names the current claim’s speaker: attribute to them"},
	{"V", "The selection is the current claim’s cue (“said”)"},
	{"J / K", "Next / previous claim"},
	{"Enter", "Edit the current claim (go to the speaker box)"},
	{"Delete", "Delete the current claim"},
	{"Ctrl + Z", "Undo"},
	{"Ctrl + Shift + Z, Ctrl + Y", "Redo"},
	{"Enter / A, X, H, Tab", "Reviewing suggestions: accept, reject, accept all high-confidence, next (Shift + Tab: previous)"},
	{"?", "Show this help"},
	{"Esc", "Close the help, the editor or the selection"},
}

// listenKeys installs the page's keydown listener on the window. go-app
// runs its own event handlers later, on the UI goroutine, when
// preventDefault is too late; this listener decides synchronously whether
// the browser's default (scrolling on arrows) must be stopped, then hands
// the key to the UI goroutine.
func (p *Annotator) listenKeys(ctx app.Context) func() {
	win := app.Window()
	if !browser.Obj(browser.Get(win, "document")) {
		return func() {}
	}
	fn := app.FuncOf(func(this app.Value, args []app.Value) any {
		// A panic here, outside go-app's handlers, would end the program.
		defer func() {
			if r := recover(); r != nil {
				app.Log("whosaid: keydown:", r)
			}
		}()
		if len(args) == 0 {
			return nil
		}
		k := browser.ReadKey(app.Event{Value: args[0]})
		if p.preventsDefault(k) {
			browser.Call(args[0], "preventDefault")
		}
		ctx.Dispatch(func(ctx app.Context) { p.onKey(ctx, k) })
		return nil
	})
	browser.Call(win, "addEventListener", "keydown", fn)
	return func() {
		browser.Call(win, "removeEventListener", "keydown", fn)
		fn.Release()
	}
}

// preventsDefault tells which keys the page takes over from the browser.
func (p *Annotator) preventsDefault(k browser.Key) bool {
	// The help dialog keeps the focus (its one control) while open.
	if p.helpOpen && k.Key == "Tab" {
		return true
	}
	if k.Typing() || k.Alt {
		return false
	}
	if p.suggestPrevents(k) {
		return true
	}
	if k.Ctrl || k.Meta {
		switch strings.ToLower(k.Key) {
		case "z", "y":
			return true
		}
		return false
	}
	switch k.Key {
	case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown":
		return k.TargetID == "article"
	case "?":
		return true
	}
	return false
}

// onKey handles the page's shortcuts on the UI goroutine. Typing in a form
// field is left alone (Ctrl+Z there is the field's own undo).
func (p *Annotator) onKey(ctx app.Context, k browser.Key) {
	defer p.guard(ctx)
	if p.h != nil {
		p.handleKey(ctx, k)
	}
}

// handleKey acts on one key press and tells whether it was used.
func (p *Annotator) handleKey(ctx app.Context, k browser.Key) bool {
	switch {
	case k.Typing():
		return false
	case p.helpOpen:
		if k.Key == "Escape" {
			p.closeHelp()
			return true
		}
		return false
	case k.Ctrl || k.Meta:
		return p.commandKey(ctx, k)
	case k.Alt:
		return false
	case p.suggestKey(ctx, k):
		return true
	}
	return p.namedKey(ctx, k) || p.letterKey(ctx, k)
}

// commandKey handles Ctrl (or ⌘) with a key: undo and redo.
func (p *Annotator) commandKey(ctx app.Context, k browser.Key) bool {
	switch strings.ToLower(k.Key) {
	case "z":
		if k.Shift {
			p.redo(ctx)
		} else {
			p.undo(ctx)
		}
		return true
	case "y":
		p.redo(ctx)
		return true
	}
	return false
}

// namedKey handles the arrows, ?, Escape, Enter and Delete.
func (p *Annotator) namedKey(ctx app.Context, k browser.Key) bool {
	switch k.Key {
	case "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown":
		if k.TargetID != "article" {
			return false
		}
		p.moveCursor(k.Key, k.Shift)
		return true
	case "?":
		p.openHelp(ctx)
		return true
	case "Escape":
		return p.escape()
	case "Enter":
		if onControl := k.TargetTag == "BUTTON" || k.TargetTag == "A"; onControl || p.vs.Cur == "" {
			return false
		}
		p.picker.Open = true
		browser.Focus("#speaker-input")
		return true
	case "Delete", "Backspace":
		if p.vs.Cur == "" {
			return false
		}
		p.deleteCur(ctx)
		return true
	}
	return false
}

// escape lets go of one thing: the selection, the keyboard selection,
// else the open claim.
func (p *Annotator) escape() bool {
	switch {
	case p.hasPending:
		clearDOMSelection()
		p.hasPending = false
	case p.vs.Kbd.On && p.vs.Kbd.Anchor != p.vs.Kbd.Cursor:
		p.vs.Kbd.Anchor = p.vs.Kbd.Cursor
		p.refresh()
	case p.vs.Cur != "":
		p.vs.Cur = ""
		p.refresh()
	default:
		return false
	}
	return true
}

// letterKey handles C, S, V (mark the selection) and J, K (move between
// claims).
func (p *Annotator) letterKey(ctx app.Context, k browser.Key) bool {
	switch strings.ToLower(k.Key) {
	case "c":
		p.makeClaim(ctx)
	case "s":
		p.markMention(ctx)
	case "v":
		p.markCue(ctx)
	case "j":
		p.moveCur(ctx, 1)
	case "k":
		p.moveCur(ctx, -1)
	default:
		return false
	}
	return true
}

// moveCursor moves the keyboard cursor; with shift the anchor stays, which
// extends the selection.
func (p *Annotator) moveCursor(key string, shift bool) {
	kc := p.vs.Kbd
	if !kc.On {
		// Start at the browser's selection if any, else the first word.
		kc = articleview.Cursor{On: true}
		if p.hasPending {
			kc.Anchor, kc.Cursor = p.pending.Start, p.pending.Start
			clearDOMSelection()
			p.hasPending = false
		} else {
			s := annotate.PrevWordStart(p.runes, annotate.NextWordEnd(p.runes, 0))
			kc.Anchor, kc.Cursor = s, s
		}
		p.vs.Kbd = kc
		p.refresh()
		p.scrollToCursor()
		return
	}
	pos := kc.Cursor
	switch key {
	case "ArrowRight":
		// Shift selects up to the end of the next word; a bare arrow
		// puts the caret on the next word's start.
		if shift {
			pos = annotate.NextWordEnd(p.runes, pos)
		} else {
			pos = annotate.NextWordStart(p.runes, pos)
		}
	case "ArrowLeft":
		pos = annotate.PrevWordStart(p.runes, pos)
	case "ArrowDown":
		pos = annotate.NextSentenceStart(p.runes, pos)
	case "ArrowUp":
		pos = annotate.PrevSentenceStart(p.runes, pos)
	}
	kc.Cursor = pos
	if !shift {
		kc.Anchor = pos
	}
	p.vs.Kbd = kc
	p.refresh()
	p.scrollToCursor()
}

func (p *Annotator) scrollToCursor() {
	browser.Call(browser.Query("#article .caret, #article .kbd"), "scrollIntoView", map[string]any{"block": "nearest"})
}
