package articleview

import (
	"sort"
	"strconv"

	"whosaid/annotate"
	"whosaid/app/palette"
)

// A block's model is built in three steps: the layers (claims, mentions,
// cues, the keyboard cursor) are sorted into the blocks they overlap
// (index); a key names everything the block's model depends on (key); the
// model is drawn from the block's text and layers (segCtx.block). The
// cache keeps each block's key and model, so a change rebuilds only the
// blocks whose key changed.

// Build computes the model of every block.
func Build(s *annotate.Set, runes []rune, starts []int, vs View) []Para {
	return build(s, runes, starts, vs, nil)
}

// Cache keeps each block's model with the key of what it was built from.
type Cache struct {
	keys   []string
	models []Para
}

// Build is the package's Build, reusing the models of blocks whose key has
// not changed.
func (c *Cache) Build(s *annotate.Set, runes []rune, starts []int, vs View) []Para {
	return build(s, runes, starts, vs, c)
}

func build(s *annotate.Set, runes []rune, starts []int, vs View, cache *Cache) []Para {
	blocks := s.Document.Blocks
	ix := index(s, runes, starts, vs)
	sc := &segCtx{s: s, claims: ix.claims, colours: palette.Colours(s), vs: vs, badges: map[string]string{}, who: map[string]string{}}
	out := make([]Para, len(blocks))
	if cache != nil && len(cache.keys) != len(out) {
		cache.keys, cache.models = make([]string, len(out)), make([]Para, len(out))
	}
	k := keyer{common: commonKey(s, vs, len(runes)), buf: make([]byte, 0, 256)}
	for bi, blk := range blocks {
		key := k.block(blk.Kind, starts[bi], ix.layers[bi], ix.claims, vs.Cur)
		if cache != nil && cache.keys[bi] == string(key) {
			out[bi] = cache.models[bi]
			continue
		}
		out[bi] = sc.block(blk, starts[bi], ix.ends[bi], ix.layers[bi])
		if cache != nil {
			cache.keys[bi], cache.models[bi] = string(key), out[bi]
		}
	}
	return out
}

// layerIndex is the set's layers sorted into blocks.
type layerIndex struct {
	ends   []int              // each block's end offset
	layers [][]annotate.Layer // each block's layers, in drawing order
	claims map[string]*annotate.Claim
}

// index puts each layer straight into the blocks it overlaps (a binary
// search on the block starts), in drawing order: a claim, its mentions,
// its cue; then the keyboard cursor. Orphan claims have no place.
func index(s *annotate.Set, runes []rune, starts []int, vs View) layerIndex {
	blocks := s.Document.Blocks
	ix := layerIndex{ends: make([]int, len(blocks)), layers: make([][]annotate.Layer, len(blocks)),
		claims: make(map[string]*annotate.Claim, len(s.Claims))}
	for bi, blk := range blocks {
		ix.ends[bi] = starts[bi] + annotate.RuneLen(blk.Text)
	}
	add := func(l annotate.Layer) {
		bi := max(sort.SearchInts(starts, l.Start+1)-1, 0)
		for ; bi < len(blocks) && starts[bi] < l.End; bi++ {
			if l.Start < ix.ends[bi] {
				ix.layers[bi] = append(ix.layers[bi], l)
			}
		}
	}
	for i := range s.Claims {
		c := &s.Claims[i]
		if c.Orphan {
			continue
		}
		ix.claims[c.ID] = c
		add(annotate.Layer{ID: c.ID, Kind: "claim", Start: c.Span.Start, End: c.Span.End})
		for _, m := range c.Mentions {
			add(annotate.Layer{ID: c.ID, Kind: "mention", Start: m.Start, End: m.End})
		}
		if c.Cue != nil {
			add(annotate.Layer{ID: c.ID, Kind: "cue", Start: c.Cue.Start, End: c.Cue.End})
		}
	}
	if vs.Kbd.On {
		a, b := vs.Kbd.Span()
		if a == b {
			add(annotate.Layer{ID: "caret", Kind: "caret", Start: a, End: min(a+1, len(runes))})
		} else {
			add(annotate.Layer{ID: "kbd", Kind: "kbd", Start: a, End: b})
		}
	}
	return ix
}

// commonKey is what every block depends on besides its own layers: the
// speakers (names, colours), the filter, the text's length.
func commonKey(s *annotate.Set, vs View, textLen int) []byte {
	common := []byte(vs.Filter)
	for _, sp := range s.Speakers {
		common = append(common, '|')
		common = append(common, sp.ID...)
		common = append(common, '=')
		common = append(common, sp.Name...)
	}
	common = append(common, '#')
	return strconv.AppendInt(common, int64(textLen), 10)
}

// keyer writes block keys into one buffer (a long article has hundreds of
// blocks to key after every change).
type keyer struct {
	common, buf []byte
}

// block is the key of a block: the common key, the block's kind and
// place, and each layer with what of its claim shows (speaker, type, being
// the open one). Valid until the next call.
func (k *keyer) block(kind annotate.BlockKind, start int, layers []annotate.Layer, claims map[string]*annotate.Claim, cur string) []byte {
	key := append(k.buf[:0], k.common...)
	num := func(n int) {
		key = append(key, '/')
		key = strconv.AppendInt(key, int64(n), 10)
	}
	key = append(key, kind...)
	num(start)
	for _, l := range layers {
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
			if c.ID == cur {
				key = append(key, "/cur"...)
			}
		}
	}
	k.buf = key
	return key
}

// block draws one block's model from its layers.
func (sc *segCtx) block(blk annotate.Block, start, end int, layers []annotate.Layer) Para {
	m := Para{Kind: blk.Kind, Base: start}
	segs := annotate.Segments(start, end, layers)
	m.Segs = make([]Seg, 0, len(segs))
	at := textCursor{text: blk.Text, pos: start}
	for _, seg := range segs {
		m.Segs = append(m.Segs, sc.segFor(seg, at.slice(seg.Start, seg.End)))
	}
	return m
}
