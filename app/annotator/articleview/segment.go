package articleview

import (
	"strings"
	"unicode/utf8"

	"whosaid/annotate"
	"whosaid/app/palette"
	"whosaid/app/wording"
)

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
	vs      View
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
		b = palette.Initials(sp.Name)
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
	w := name + " (" + wording.OrDash(string(c.Attribution)) + ")"
	sc.who[c.ID] = w
	return w
}

func (sc *segCtx) segFor(seg annotate.Segment, text string) Seg {
	sm := Seg{Text: text}
	var cls []string
	ids := sc.ids[:0]
	for _, l := range seg.Cover {
		if l.Kind == "claim" {
			ids = append(ids, l.ID)
		}
	}
	sc.ids = ids
	if len(ids) > 0 {
		cls = sc.mark(&sm, seg, ids)
	}
	for _, k := range [...]string{"mention", "cue", "kbd", "caret"} {
		if seg.Depth(k) > 0 {
			cls = append(cls, k)
		}
	}
	sm.Class = className(cls, len(ids))
	return sm
}

// mark draws a run covered by the claims ids (outermost first) as a
// <mark>: their ids, the innermost one's colour, who said each, the
// badges of those that end here; it returns its classes.
func (sc *segCtx) mark(sm *Seg, seg annotate.Segment, ids []string) []string {
	vs := sc.vs
	sm.Mark = true
	if len(ids) == 1 {
		sm.IDs = ids[0]
	} else {
		sm.IDs = strings.Join(ids, " ")
	}
	cls := []string{"hl", depthClass[min(len(ids), 3)]}
	inner := sc.claims[ids[len(ids)-1]]
	sm.Style = palette.Unattributed
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
	return cls
}

// className joins a run's classes; a plain highlight of depth (the
// commonest) uses a string made once.
func className(cls []string, depth int) string {
	switch len(cls) {
	case 0:
		return ""
	case 1:
		return cls[0]
	case 2:
		if cls[0] == "hl" {
			return hlClass[min(depth, 3)]
		}
		return cls[0] + " " + cls[1]
	}
	return strings.Join(cls, " ")
}

// hlClass is the class of a plain highlight of each depth.
var hlClass = [...]string{"hl d0", "hl d1", "hl d2", "hl d3"}

var depthClass = [...]string{"d0", "d1", "d2", "d3"}
