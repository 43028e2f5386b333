package annotator

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate/article"
	"whosaid/app/browser"
)

// renderArticle draws the document: its title and metadata (outside the
// offset-carrying blocks) and one paragraphView per block.
func (p *Annotator) renderArticle() app.UI {
	doc := p.h.Set().Document
	kids := make([]app.UI, len(p.paras))
	for i, v := range p.paras {
		kids[i] = v
	}
	// The byline once: not again above the text when the text shows it.
	meta := article.MetaLine(doc)
	// A new document gets a wrapper of the other tag (wrappersFor), so go-app mounts the
	// new paragraph views instead of patching the old ones with their
	// fields (the page keeps pointers to the mounted ones).
	var body app.UI
	if !p.odd {
		body = app.Div().Class("blocks").Body(kids...)
	} else {
		body = app.Section().Class("blocks").Body(kids...)
	}
	return app.Div().Class("reader").Body(
		app.If(meta != "", app.P().Class("doc-meta").Text(meta)),
		// On a touch screen the how-to is here, before the text: the side
		// panel that says it on a desktop comes after the whole article.
		app.P().ID("howto").Class("hint", "touch-only", "howto").
			Text("Select words in the article, then tap Claim. Tap a highlight to open its claim."),
		app.Article().
			ID("article").
			TabIndex(0).
			Aria("label", "Article text. Arrow keys move a word cursor, Shift extends, C makes a claim.").
			Aria("describedby", "article-help").
			OnClick(p.onArticleClick).
			Body(body),
		app.P().ID("article-help").Class("sr-only").Text("Select text with the mouse or the keyboard, then press C for a claim, S for a speaker mention, V for the cue. Press ? for all shortcuts."),
	)
}

// renderToolbar is the small bar next to a selection.
func (p *Annotator) renderToolbar() app.UI {
	if !p.hasPending {
		return nil
	}
	btn := func(id, label, key, title string, h app.EventHandler) app.UI {
		return app.Button().ID(id).Type("button").Title(title).
			OnMouseDown(func(ctx app.Context, e app.Event) { browser.PreventDefault(e) }).
			OnClick(h).
			Body(app.Span().Text(label), app.Kbd().Text(key))
	}
	return app.Div().ID("sel-toolbar").Role("toolbar").Aria("label", "Selection").
		Style("top", fmt.Sprintf("%.0fpx", p.pending.Below+6)).
		Style("left", fmt.Sprintf("%.0fpx", max(p.pending.Left, 8))).
		Body(
			btn("tb-claim", "Claim", "C", "Make a claim of the selection (C)", p.onToolbarClaim),
			btn("tb-mention", "Speaker", "S", "The selection names the speaker of the current claim (S)", p.onToolbarMention),
			btn("tb-cue", "Cue", "V", "The selection is the cue of the current claim, e.g. “said” (V)", p.onToolbarCue),
		)
}
