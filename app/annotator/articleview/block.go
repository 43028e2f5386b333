package articleview

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/browser"
)

// Para is everything one block renders from. The page computes it for
// every block after each change and hands it over only where it differs, so
// a new claim re-renders the blocks it touches and no others.
type Para struct {
	Kind annotate.BlockKind
	Base int // code-point offset of the block in the document text
	Segs []Seg
}

// Seg is one run of text with the same highlights.
type Seg struct {
	Text  string
	Mark  bool   // drawn as <mark> (some claim covers it)
	Class string // hl, depth, mention, cue, cur, dim, kbd…
	IDs   string // claim ids covering it, space-separated (data-ids)
	Style string // the speaker colour of the innermost claim
	Badge string // speaker initials at the end of a claim (data-badge)
	Title string // tooltip: who said it
}

// Block renders one block. It has no exported fields: the page keeps one
// stable pointer per block and pushes a new model with SetModel, then
// calls Update itself. A re-render of the page therefore costs a
// pointer comparison per block.
type Block struct {
	app.Compo
	m    Para
	html string // paraHTML(m), made once per model: go-app renders each block again after mounting it
}

// NewBlock is the component of a block with model m.
func NewBlock(m Para) *Block {
	return &Block{m: m, html: paraHTML(m)}
}

// SetModel stores m and tells whether it differs from the current model.
// The caller then calls Update, and DrawNow after it when the user is
// waiting for the change to show.
func (v *Block) SetModel(m Para) bool {
	if Equal(v.m, m) {
		return false
	}
	v.m, v.html = m, paraHTML(m)
	return true
}

// DrawNow draws the current model into the mounted block's element at
// once, ahead of go-app's next frame (browser.Redraw; if it cannot, the
// frame draws it).
// A claim the user just made shows in the article a frame before the side
// panel (editor, claims list, save status) catches up: the text is where
// they are looking, and the side panel stays consistent with itself.
func (v *Block) DrawNow() {
	if v.Mounted() {
		browser.Redraw(v.JSValue(), v.html)
	}
}

// Equal tells whether two models draw the same.
func Equal(a, b Para) bool {
	if a.Kind != b.Kind || a.Base != b.Base || len(a.Segs) != len(b.Segs) {
		return false
	}
	if len(a.Segs) == 0 || &a.Segs[0] == &b.Segs[0] {
		return true // the same cached model
	}
	for i := range a.Segs {
		if a.Segs[i] != b.Segs[i] {
			return false
		}
	}
	return true
}

// Model is the model drawn now.
func (v *Block) Model() Para { return v.m }

// HTML is the block's markup drawn now.
func (v *Block) HTML() string { return v.html }

// Render draws the block as one raw HTML element: go-app then makes one
// innerHTML call per block instead of several JS calls per <mark> and text
// node (thousands of them on a long article), and a changed block is
// swapped whole. The block holds only article text (badges are CSS
// pseudo-elements), so offsets measured from data-base stay right.
func (v *Block) Render() app.UI { return app.Raw(v.html) }

// paraHTML is the block's markup: one <span> or <mark> per segment.
func paraHTML(m Para) string {
	var b strings.Builder
	tag, cls := "p", "blk"
	switch m.Kind {
	case annotate.BlockHeadline:
		tag, cls = "h2", "blk headline"
	case annotate.BlockCaption:
		cls = "blk caption"
	case annotate.BlockByline:
		cls = "blk byline"
	case annotate.BlockOther:
		cls = "blk other"
	}
	n := 40
	for _, s := range m.Segs {
		n += len(s.Text) + len(s.IDs) + len(s.Title) + 64
	}
	b.Grow(n)
	b.WriteString("<" + tag + ` class="` + cls + `" data-base="` + strconv.Itoa(m.Base) + `">`)
	for _, s := range m.Segs {
		if !s.Mark {
			b.WriteString("<span")
			attr(&b, "class", s.Class)
			b.WriteString(">")
			EscapeHTML(&b, s.Text)
			b.WriteString("</span>")
			continue
		}
		b.WriteString(`<mark class="`)
		EscapeHTML(&b, s.Class)
		b.WriteString(`" data-ids="`)
		EscapeHTML(&b, s.IDs)
		b.WriteString(`"`)
		if s.Style != "" {
			b.WriteString(` style="--c: `)
			EscapeHTML(&b, s.Style)
			b.WriteString(`;"`)
		}
		attr(&b, "data-badge", s.Badge)
		attr(&b, "title", s.Title)
		b.WriteString(">")
		EscapeHTML(&b, s.Text)
		b.WriteString("</mark>")
	}
	b.WriteString("</" + tag + ">")
	return b.String()
}

// attr writes ` name="value"` unless value is empty.
func attr(b *strings.Builder, name, value string) {
	if value == "" {
		return
	}
	b.WriteString(" " + name + `="`)
	EscapeHTML(b, value)
	b.WriteString(`"`)
}

// EscapeHTML escapes s for text and quoted attribute values. A carriage
// return becomes a character reference: the HTML parser would turn a raw
// one into a line feed.
func EscapeHTML(b *strings.Builder, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			esc = "&#34;"
		case '\'':
			esc = "&#39;"
		case '\r':
			esc = "&#13;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}
