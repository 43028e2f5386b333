package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
)

// viewState is the part of the page state that changes how the article is
// drawn (besides the set itself).
type viewState struct {
	Cur    string // the claim open in the editor
	Filter string // show only this speaker's claims ("" = all)
	Kbd    kbdCursor
}

// kbdCursor is the keyboard cursor in the article: a caret, or a selection
// from Anchor to Cursor.
type kbdCursor struct {
	On             bool
	Anchor, Cursor int
}

func (k kbdCursor) span() (int, int) { return min(k.Anchor, k.Cursor), max(k.Anchor, k.Cursor) }

// speakerPalette gives speakers distinct colours, dark enough for the badge
// text on white and light enough as a tint behind article text.
var speakerPalette = []string{
	"#1f6fb2", "#b2431f", "#2e7d3e", "#8a3fb0", "#8a6100",
	"#0f7f86", "#c0306b", "#5a6b1e", "#6b4f2a", "#3f51b5",
}

const unattributedColour = "#6b6b6b"

// speakerColours maps speaker ids to colours by their place in the list.
func speakerColours(s *annotate.Set) map[string]string {
	m := make(map[string]string, len(s.Speakers))
	for i, sp := range s.Speakers {
		m[sp.ID] = speakerPalette[i%len(speakerPalette)]
	}
	return m
}

// initials shortens a speaker's name for the badge: "Sergei Lavrov" → "SL".
func initials(name string) string {
	var out []rune
	for _, w := range strings.Fields(name) {
		r := []rune(w)
		if len(r) > 0 && (unicode.IsLetter(r[0]) || unicode.IsDigit(r[0])) {
			out = append(out, unicode.ToUpper(r[0]))
		}
	}
	if len(out) > 2 {
		out = []rune{out[0], out[len(out)-1]}
	}
	return string(out)
}

// modelCache keeps each block's model with a key of everything it was
// built from, so a change rebuilds only the blocks it touches.
type modelCache struct {
	keys   []string
	models []paraModel
}

// buildParaModels computes the model of every block; cache may be nil.
func buildParaModels(s *annotate.Set, runes []rune, starts []int, vs viewState) []paraModel {
	return buildParaModelsCached(s, runes, starts, vs, nil)
}

func buildParaModelsCached(s *annotate.Set, runes []rune, starts []int, vs viewState, cache *modelCache) []paraModel {
	colours := speakerColours(s)
	blocks := s.Document.Blocks
	ends := make([]int, len(blocks))
	for bi, blk := range blocks {
		ends[bi] = starts[bi] + annotate.RuneLen(blk.Text)
	}
	// Each layer goes straight to the blocks it overlaps (binary search on
	// the block starts), in the same order as before: a claim, its mentions,
	// its cue, then the keyboard cursor.
	mine := make([][]annotate.Layer, len(blocks))
	add := func(l annotate.Layer) {
		bi := max(sort.SearchInts(starts, l.Start+1)-1, 0)
		for ; bi < len(blocks) && starts[bi] < l.End; bi++ {
			if l.Start < ends[bi] {
				mine[bi] = append(mine[bi], l)
			}
		}
	}
	claims := make(map[string]*annotate.Claim, len(s.Claims))
	for i := range s.Claims {
		c := &s.Claims[i]
		if c.Orphan {
			continue
		}
		claims[c.ID] = c
		add(annotate.Layer{ID: c.ID, Kind: "claim", Start: c.Span.Start, End: c.Span.End})
		for _, m := range c.Mentions {
			add(annotate.Layer{ID: c.ID, Kind: "mention", Start: m.Start, End: m.End})
		}
		if c.Cue != nil {
			add(annotate.Layer{ID: c.ID, Kind: "cue", Start: c.Cue.Start, End: c.Cue.End})
		}
	}
	if vs.Kbd.On {
		a, b := vs.Kbd.span()
		if a == b {
			b = min(a+1, len(runes))
			add(annotate.Layer{ID: "caret", Kind: "caret", Start: a, End: b})
		} else {
			add(annotate.Layer{ID: "kbd", Kind: "kbd", Start: a, End: b})
		}
	}
	sc := &segCtx{s: s, claims: claims, colours: colours, vs: vs, badges: map[string]string{}, who: map[string]string{}}
	out := make([]paraModel, len(blocks))
	if cache != nil && len(cache.keys) != len(out) {
		cache.keys, cache.models = make([]string, len(out)), make([]paraModel, len(out))
	}
	// What every block depends on besides its layers: the speakers (names,
	// colours) and the filter.
	common := []byte(vs.Filter)
	for _, sp := range s.Speakers {
		common = append(common, '|')
		common = append(common, sp.ID...)
		common = append(common, '=')
		common = append(common, sp.Name...)
	}
	common = append(common, '#')
	common = strconv.AppendInt(common, int64(len(runes)), 10)
	key := make([]byte, 0, 256)
	num := func(n int) {
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(n), 10)
	}
	for bi, blk := range blocks {
		start, end := starts[bi], ends[bi]
		key = append(key[:0], common...)
		key = append(key, blk.Kind...)
		num(start)
		for _, l := range mine[bi] {
			key = append(key, ';')
			key = append(key, l.ID...)
			key = append(key, '/')
			key = append(key, l.Kind...)
			num(l.Start)
			num(l.End)
			if c, ok := claims[l.ID]; ok && l.Kind == "claim" {
				key = append(key, '/')
				key = append(key, c.SpeakerID...)
				key = append(key, '/')
				key = append(key, c.Attribution...)
				if c.ID == vs.Cur {
					key = append(key, "/cur"...)
				}
			}
		}
		if cache != nil && cache.keys[bi] == string(key) {
			out[bi] = cache.models[bi]
			continue
		}
		m := paraModel{Kind: blk.Kind, Base: start}
		segs := annotate.Segments(start, end, mine[bi])
		m.Segs = make([]segModel, 0, len(segs))
		at := textCursor{text: blk.Text, pos: start}
		for _, seg := range segs {
			m.Segs = append(m.Segs, sc.segFor(seg, at.slice(seg.Start, seg.End)))
		}
		out[bi] = m
		if cache != nil {
			cache.keys[bi], cache.models[bi] = string(key), m
		}
	}
	return out
}

// textCursor cuts a block's text by code-point offsets, going forward:
// the segment texts share the block's string instead of each being a new
// one (thousands of small allocations on a big set).
type textCursor struct {
	text string // the rest of the block's text
	pos  int    // the code-point offset where text starts
}

func (c *textCursor) slice(start, end int) string {
	c.skip(start)
	rest := c.text
	c.skip(end)
	return rest[:len(rest)-len(c.text)]
}

func (c *textCursor) skip(to int) {
	i := 0
	for ; c.pos < to && i < len(c.text); c.pos++ {
		if c.text[i] < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(c.text[i:])
			i += n
		}
	}
	c.text = c.text[i:]
}

// segCtx is what drawing the segments needs, looked up once per build
// rather than per segment.
type segCtx struct {
	s       *annotate.Set
	claims  map[string]*annotate.Claim
	colours map[string]string
	vs      viewState
	badges  map[string]string // speaker id → initials
	who     map[string]string // claim id → "Name (attribution)"
	ids     []string          // scratch
}

// badge is the initials shown at the end of a claim by this speaker.
func (sc *segCtx) badge(speakerID string) string {
	if b, ok := sc.badges[speakerID]; ok {
		return b
	}
	b := "?"
	if sp, ok := sc.s.Speaker(speakerID); ok {
		b = initials(sp.Name)
	}
	sc.badges[speakerID] = b
	return b
}

// whoSaid is a claim's part of a tooltip.
func (sc *segCtx) whoSaid(c *annotate.Claim) string {
	if w, ok := sc.who[c.ID]; ok {
		return w
	}
	name := ""
	if sp, ok := sc.s.Speaker(c.SpeakerID); ok {
		name = sp.Name
	}
	if name == "" {
		name = "Unattributed"
	}
	w := name + " (" + orDash(string(c.Attribution)) + ")"
	sc.who[c.ID] = w
	return w
}

func (sc *segCtx) segFor(seg annotate.Segment, text string) segModel {
	sm := segModel{Text: text}
	var cls []string
	ids := sc.ids[:0]
	for _, l := range seg.Cover {
		if l.Kind == "claim" {
			ids = append(ids, l.ID)
		}
	}
	sc.ids = ids
	vs := sc.vs
	if len(ids) > 0 {
		sm.Mark = true
		if len(ids) == 1 {
			sm.IDs = ids[0]
		} else {
			sm.IDs = strings.Join(ids, " ")
		}
		cls = append(cls, "hl", depthClass[min(len(ids), 3)])
		inner := sc.claims[ids[len(ids)-1]]
		sm.Style = unattributedColour
		if c, ok := sc.colours[inner.SpeakerID]; ok {
			sm.Style = c
		}
		keep := vs.Filter == ""
		for i, id := range ids {
			c := sc.claims[id]
			if i == 0 {
				sm.Title = sc.whoSaid(c)
			} else {
				sm.Title += "; " + sc.whoSaid(c)
			}
			if id == vs.Cur {
				cls = append(cls, "cur")
			}
			if c.SpeakerID == vs.Filter {
				keep = true
			}
		}
		if !keep {
			cls = append(cls, "dim")
		}
		for _, l := range seg.Ends {
			if l.Kind != "claim" {
				continue
			}
			if sm.Badge != "" {
				sm.Badge += " "
			}
			sm.Badge += sc.badge(sc.claims[l.ID].SpeakerID)
		}
	}
	if seg.Depth("mention") > 0 {
		cls = append(cls, "mention")
	}
	if seg.Depth("cue") > 0 {
		cls = append(cls, "cue")
	}
	if seg.Depth("kbd") > 0 {
		cls = append(cls, "kbd")
	}
	if seg.Depth("caret") > 0 {
		cls = append(cls, "caret")
	}
	switch len(cls) {
	case 0:
	case 1:
		sm.Class = cls[0]
	case 2:
		sm.Class = hlClass[min(len(ids), 3)]
		if cls[0] != "hl" {
			sm.Class = cls[0] + " " + cls[1]
		}
	default:
		sm.Class = strings.Join(cls, " ")
	}
	return sm
}

// hlClass is the class of a plain highlight of each depth.
var hlClass = [...]string{"hl d0", "hl d1", "hl d2", "hl d3"}

var depthClass = [...]string{"d0", "d1", "d2", "d3"}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

// renderArticle draws the document: its title and metadata (outside the
// offset-carrying blocks) and one paragraphView per block.
func (p *annotatorPage) renderArticle() app.UI {
	doc := p.h.Set().Document
	kids := make([]app.UI, len(p.paras))
	for i, v := range p.paras {
		kids[i] = v
	}
	var meta []string
	if doc.Byline != "" {
		meta = append(meta, doc.Byline)
	}
	if doc.Published != "" {
		meta = append(meta, doc.Published)
	}
	// A new document gets a wrapper of the other tag, so go-app mounts the
	// new paragraph views instead of patching the old ones with their
	// fields (the page keeps pointers to the mounted ones).
	var body app.UI
	if p.gen%2 == 0 {
		body = app.Div().Class("blocks").Body(kids...)
	} else {
		body = app.Section().Class("blocks").Body(kids...)
	}
	return app.Div().Class("reader").Body(
		app.If(len(meta) > 0, app.P().Class("doc-meta").Text(strings.Join(meta, " · "))),
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
func (p *annotatorPage) renderToolbar() app.UI {
	if !p.hasPending {
		return nil
	}
	btn := func(id, label, key, title string, h app.EventHandler) app.UI {
		return app.Button().ID(id).Type("button").Title(title).
			OnMouseDown(func(ctx app.Context, e app.Event) { preventDefault(e) }).
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
