package annotator

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v9/pkg/app"

	"whosaid/annotate"
	"whosaid/app/annotator/articleview"
	"whosaid/app/browser"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

// claimsListState is the claims list's part of the page. The list is cut
// into one group per block (claims by where they start), so a change
// re-renders the groups it touches and no others, like the paragraphs.
type claimsListState struct {
	groups []*claimGroup
	count  int    // claims listed
	hot    string // the claim whose row is hovered
	// filler stands in for the groups of a big list until they are
	// filled in, after the article is on screen (nil once they are).
	filler *claimsListFiller
}

// claimGroup renders its rows as one raw HTML element: one innerHTML call
// instead of some thirty JS calls per row (5,000 rows took seconds). The
// rows have no handlers of their own; the list handles clicks and hovers.
type claimGroup struct {
	app.Compo
	key   string // the rows without the current mark: a change re-renders
	drawn string // the rows with the current mark: html is up to date
	html  string // the rows as drawn
	cur   string // the row marked current in the DOM ("": none)
}

// lazyListRows is the list size from which groups are filled after the
// article is drawn.
const lazyListRows = 300

const emptyClaimGroup = `<div class="claim-group" role="none"></div>`

func (g *claimGroup) Render() app.UI { return app.Raw(g.html) }

// show redraws the group with html on go-app's next frame. (The list is
// not drawn at once like the article's blocks: it changes together with
// the editor and the save status, which wait for that frame too.)
func (g *claimGroup) show(html string) {
	g.html = html
	if g.Mounted() {
		g.Update()
	}
}

// claimsListFiller is what a big list shows until its groups are filled
// in: one empty group, mounted with the article, that then runs fill once
// the article is painted. (The list mounted one empty component per block
// before: some 300 more to mount, and render again, before the article
// showed.)
type claimsListFiller struct {
	app.Compo
	fill func(ctx app.Context)
}

func (f *claimsListFiller) Render() app.UI { return app.Raw(emptyClaimGroup) }

func (f *claimsListFiller) OnMount(ctx app.Context) {
	if f.fill == nil {
		return
	}
	fill := f.fill
	f.fill = nil
	browser.AfterPaint(ctx, fill)
}

// groupDraw is what a group should show now.
type groupDraw struct {
	key, drawn, html string
	cur              string // the group's claim open in the editor, if any
}

// makeClaimsList builds new groups: for a new document, or when the list
// comes back after the summary view. A big list starts empty and is drawn
// after the article has been painted (fillClaimsList).
func (p *Annotator) makeClaimsList() {
	p.list.groups = nil
	if count := p.listedCount(); count >= lazyListRows {
		groups := make([]*claimGroup, max(len(p.starts), 1))
		for i := range groups {
			groups[i] = &claimGroup{} // no key: a refresh before the fill draws it
		}
		filler := &claimsListFiller{fill: func(app.Context) { p.fillClaimsList(groups) }}
		p.list = claimsListState{count: count, groups: groups, filler: filler}
		return
	}
	ds, count := p.claimsListHTML()
	p.list = claimsListState{count: count, groups: make([]*claimGroup, len(ds))}
	for i, d := range ds {
		p.list.groups[i] = &claimGroup{key: d.key, drawn: d.drawn, html: d.html, cur: d.cur}
	}
}

// fillClaimsList draws a big list's groups, unless the list was replaced
// meanwhile.
func (p *Annotator) fillClaimsList(groups []*claimGroup) {
	if p.h == nil || len(p.list.groups) == 0 || &p.list.groups[0] != &groups[0] {
		return
	}
	ds, count := p.claimsListHTML()
	if len(ds) != len(groups) {
		return
	}
	p.list.count = count
	for i, g := range groups {
		g.key, g.drawn, g.html, g.cur = ds[i].key, ds[i].drawn, ds[i].html, ds[i].cur
	}
	p.list.filler = nil // the page mounts the groups in its place
	p.Update()
}

// listedCount is how many claims the list shows.
func (p *Annotator) listedCount() int {
	n := 0
	for i := range p.h.Set().Claims {
		c := &p.h.Set().Claims[i]
		if !c.Orphan && (p.vs.Filter == "" || c.SpeakerID == p.vs.Filter) {
			n++
		}
	}
	return n
}

// refreshClaimsList re-renders the groups whose rows changed. Opening
// another claim only moves the current mark, in place, so the row keeps
// keyboard focus; a group drawn again draws its mark itself.
func (p *Annotator) refreshClaimsList() {
	ds, count := p.claimsListHTML()
	if len(ds) != len(p.list.groups) {
		p.makeClaimsList()
		return
	}
	p.list.count = count
	for i, g := range p.list.groups {
		d := ds[i]
		changed := g.key != d.key
		was := g.cur
		g.key, g.drawn, g.cur = d.key, d.drawn, d.cur
		if changed {
			g.show(d.html)
			continue
		}
		g.html = d.html
		if was != d.cur {
			g.markCurRow(was, false)
			g.markCurRow(d.cur, true)
		}
	}
}

// markCurRow sets or clears a row's current mark in the group's DOM (a
// search of its few rows, not of the whole list: ~1 ms per search with
// 1,000 rows in the browser).
func (g *claimGroup) markCurRow(id string, on bool) {
	if id == "" || !g.Mounted() {
		return
	}
	li := browser.Call(g.JSValue(), "querySelector", "li[data-claim-id="+browser.CSSString(id)+"]")
	if !browser.Obj(li) {
		return
	}
	if on {
		browser.Call(browser.Get(li, "classList"), "add", "cur")
		browser.Call(li, "setAttribute", "aria-current", "true")
	} else {
		browser.Call(browser.Get(li, "classList"), "remove", "cur")
		browser.Call(li, "removeAttribute", "aria-current")
	}
}

// claimsListHTML draws the listed claims (placed ones, only the filtered
// speaker's when a filter is on), one group per block, in document order.
// A group whose key is unchanged keeps its HTML.
func (p *Annotator) claimsListHTML() ([]groupDraw, int) {
	set := p.h.Set()
	groups, count := p.listedByBlock()
	colours := palette.Colours(set)
	names := make(map[string]string, len(set.Speakers))
	for _, sp := range set.Speakers {
		names[sp.ID] = sp.Name
	}
	// A group's key: everything its rows show, with the quote given by its
	// span (the document does not change under the list).
	common := []byte(p.vs.Filter)
	for _, sp := range set.Speakers {
		common = append(common, '|')
		common = append(common, sp.ID...)
		common = append(common, '=')
		common = append(common, sp.Name...)
	}
	out := make([]groupDraw, len(groups))
	var key []byte
	for bi, cs := range groups {
		sortClaimPtrs(cs)
		var cur string
		key, cur = groupKey(append(key[:0], common...), cs, p.vs.Cur)
		d := groupDraw{key: string(key), cur: cur}
		d.drawn = d.key + "#" + cur
		if bi < len(p.list.groups) && p.list.groups[bi].drawn == d.drawn {
			d.html = p.list.groups[bi].html
		} else {
			d.html = rowsHTML(cs, names, colours, cur)
		}
		out[bi] = d
	}
	return out, count
}

// listedByBlock puts the listed claims in the group of the block they
// start in.
func (p *Annotator) listedByBlock() ([][]*annotate.Claim, int) {
	set := p.h.Set()
	groups := make([][]*annotate.Claim, max(len(p.starts), 1))
	count := 0
	for i := range set.Claims {
		c := &set.Claims[i]
		if c.Orphan || (p.vs.Filter != "" && c.SpeakerID != p.vs.Filter) {
			continue
		}
		bi := min(max(sort.SearchInts(p.starts, c.Span.Start+1)-1, 0), len(groups)-1)
		groups[bi] = append(groups[bi], c)
		count++
	}
	return groups, count
}

// groupKey appends to key what each row of the group shows; cur is the
// group's claim open in the editor, if any.
func groupKey(key []byte, cs []*annotate.Claim, open string) (_ []byte, cur string) {
	for _, c := range cs {
		key = append(key, ';')
		key = append(key, c.ID...)
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(c.Span.Start), 10)
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(c.Span.End), 10)
		key = append(key, '/')
		key = append(key, c.SpeakerID...)
		key = append(key, '/')
		key = append(key, c.Attribution...)
		key = append(key, '/')
		key = append(key, c.Kind...)
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(len(c.Conflicts)), 10)
		if c.ID == open {
			cur = c.ID
		}
	}
	return key, cur
}

// rowsHTML is a group's rows.
func rowsHTML(cs []*annotate.Claim, names, colours map[string]string, cur string) string {
	var b strings.Builder
	b.Grow(len(cs)*400 + 48)
	// --rows: the height an off-screen group stands for until it is first
	// drawn (web/whosaid.css skips the layout and painting of groups off
	// screen).
	b.WriteString(`<div class="claim-group" role="none" style="--rows:` + strconv.Itoa(len(cs)) + `">`)
	for _, c := range cs {
		name, colour := names[c.SpeakerID], colours[c.SpeakerID]
		if name == "" {
			name, colour = "Unattributed", palette.Unattributed
		}
		writeClaimRow(&b, c, name, colour, c.ID == cur)
	}
	b.WriteString(`</div>`)
	return b.String()
}

// writeClaimRow is one entry: a button (speaker, tags, quote) in a list item.
func writeClaimRow(b *strings.Builder, c *annotate.Claim, name, colour string, cur bool) {
	b.WriteString(`<li role="listitem" class="claim-item`)
	if cur {
		b.WriteString(` cur`)
	}
	if len(c.Conflicts) > 0 {
		b.WriteString(` has-versions`)
	}
	b.WriteString(`" data-claim-id="`)
	articleview.EscapeHTML(b, c.ID)
	b.WriteString(`"`)
	if cur {
		b.WriteString(` aria-current="true"`)
	}
	b.WriteString(`><button type="button" class="claim-row" data-claim-id="`)
	articleview.EscapeHTML(b, c.ID)
	b.WriteString(`"><span class="claim-who"><span class="swatch" style="background: `)
	articleview.EscapeHTML(b, colour)
	b.WriteString(`;" aria-hidden="true"></span><span>`)
	articleview.EscapeHTML(b, name)
	b.WriteString(`</span>`)
	for _, tag := range []string{string(c.Attribution), string(c.Kind)} {
		if tag != "" {
			b.WriteString(`<span class="tag">`)
			articleview.EscapeHTML(b, tag)
			b.WriteString(`</span>`)
		}
	}
	if n := len(c.Conflicts); n > 0 {
		// Edited on two devices: marked until the user picks a version.
		b.WriteString(`<span class="tag versions-tag" title="Edited on another device too: pick a version in the editor">`)
		if n == 1 {
			b.WriteString(`1 other version`)
		} else {
			b.WriteString(strconv.Itoa(n) + ` other versions`)
		}
		b.WriteString(`</span>`)
	}
	b.WriteString(`</span><span class="claim-quote">`)
	articleview.EscapeHTML(b, wording.Clip(c.Span.Exact, 140))
	b.WriteString(`</span></button></li>`)
}

// sortClaimPtrs orders claims as annotate.Set.SortedClaims does: by start,
// longer first, then id.
func sortClaimPtrs(cs []*annotate.Claim) {
	slices.SortFunc(cs, func(a, b *annotate.Claim) int {
		if a.Span.Start != b.Span.Start {
			return a.Span.Start - b.Span.Start
		}
		if a.Span.End != b.Span.End {
			return b.Span.End - a.Span.End
		}
		return strings.Compare(a.ID, b.ID)
	})
}
