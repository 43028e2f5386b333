package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// paraModel is everything one block renders from. The page computes it for
// every block after each change and hands it over only where it differs, so
// a new claim re-renders the blocks it touches and no others.
type paraModel struct {
	Kind annotate.BlockKind
	Base int // code-point offset of the block in the document text
	Segs []segModel
}

// segModel is one run of text with the same highlights.
type segModel struct {
	Text  string
	Mark  bool   // drawn as <mark> (some claim covers it)
	Class string // hl, depth, mention, cue, cur, dim, kbd…
	IDs   string // claim ids covering it, space-separated (data-ids)
	Style string // the speaker colour of the innermost claim
	Badge string // speaker initials at the end of a claim (data-badge)
	Title string // tooltip: who said it
}

// paragraphView renders one block. It has no exported fields: the page
// keeps one stable pointer per block and pushes a new model with setModel,
// then calls Update itself. A re-render of the page therefore costs a
// pointer comparison per block.
type paragraphView struct {
	app.Compo
	m paraModel
}

func newParagraphView(m paraModel) *paragraphView { return &paragraphView{m: m} }

// setModel stores m and tells whether it differs from the current model.
func (v *paragraphView) setModel(m paraModel) bool {
	if paraModelEqual(v.m, m) {
		return false
	}
	v.m = m
	return true
}

func paraModelEqual(a, b paraModel) bool {
	if a.Kind != b.Kind || a.Base != b.Base || len(a.Segs) != len(b.Segs) {
		return false
	}
	for i := range a.Segs {
		if a.Segs[i] != b.Segs[i] {
			return false
		}
	}
	return true
}

func (v *paragraphView) Render() app.UI {
	kids := make([]app.UI, len(v.m.Segs))
	for i, s := range v.m.Segs {
		if !s.Mark {
			sp := app.Span().Text(s.Text)
			if s.Class != "" {
				sp = sp.Class(s.Class)
			}
			kids[i] = sp
			continue
		}
		mk := app.Mark().Class(s.Class).DataSet("ids", s.IDs).Text(s.Text)
		if s.Style != "" {
			mk = mk.Style("--c", s.Style)
		}
		if s.Badge != "" {
			mk = mk.DataSet("badge", s.Badge)
		}
		if s.Title != "" {
			mk = mk.Title(s.Title)
		}
		kids[i] = mk
	}
	base := strconv.Itoa(v.m.Base)
	switch v.m.Kind {
	case annotate.BlockHeadline:
		return app.H2().Class("blk", "headline").DataSet("base", base).Body(kids...)
	case annotate.BlockCaption:
		return app.P().Class("blk", "caption").DataSet("base", base).Body(kids...)
	case annotate.BlockByline:
		return app.P().Class("blk", "byline").DataSet("base", base).Body(kids...)
	case annotate.BlockOther:
		return app.P().Class("blk", "other").DataSet("base", base).Body(kids...)
	}
	return app.P().Class("blk").DataSet("base", base).Body(kids...)
}
