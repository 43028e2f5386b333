package w3c

import (
	"fmt"

	"whosaid/annotate"
)

// Readers for our "whosaid:" extension values, which hold native records.

func (im *importer) document(o object, path string) annotate.Document {
	r := im.r
	var d annotate.Document
	d.ID, _ = r.str(o, "id", path)
	d.Title, _ = r.str(o, "title", path)
	d.SourceURL, _ = r.str(o, "sourceUrl", path)
	d.Byline, _ = r.str(o, "byline", path)
	d.Published, _ = r.str(o, "published", path)
	d.Language, _ = r.str(o, "language", path)
	bv := o["blocks"]
	bl, ok := bv.([]any)
	if !ok {
		r.add(join(path, "blocks"), "want an array of blocks, got %s", kind(bv))
	}
	if len(bl) > annotate.MaxBlocks {
		r.add(join(path, "blocks"), "%d blocks is more than the limit of %d", len(bl), annotate.MaxBlocks)
		return d
	}
	for i, b := range bl {
		bp := fmt.Sprintf("%s.blocks[%d]", path, i)
		bo, ok := b.(object)
		if !ok {
			r.add(bp, "want a block object, got %s", kind(b))
			continue
		}
		var blk annotate.Block
		k, _ := r.str(bo, "kind", bp)
		blk.Kind = annotate.BlockKind(k)
		blk.Text, _ = r.str(bo, "text", bp)
		d.Blocks = append(d.Blocks, blk)
	}
	return d
}

func (im *importer) speaker(v any, path string) annotate.Speaker {
	r := im.r
	var sp annotate.Speaker
	o, ok := v.(object)
	if !ok {
		r.add(path, "want a speaker object, got %s", kind(v))
		return sp
	}
	sp.ID, _ = r.str(o, "id", path)
	sp.Name, _ = r.str(o, "name", path)
	k, _ := r.str(o, "kind", path)
	sp.Kind = annotate.SpeakerKind(k)
	sp.Title, _ = r.str(o, "title", path)
	sp.Affiliation, _ = r.str(o, "affiliation", path)
	if _, ok := o["aliases"]; ok {
		if len(list(o["aliases"])) > annotate.MaxAliases {
			r.add(join(path, "aliases"), "more than the limit of %d aliases", annotate.MaxAliases)
		} else {
			sp.Aliases = r.strs(o, "aliases", path)
		}
	}
	return sp
}

// span reads a cue or mention as written (native shape).
func (im *importer) span(v any, path string) annotate.Span {
	r := im.r
	var s annotate.Span
	o, ok := v.(object)
	if !ok {
		r.add(path, "want a span object, got %s", kind(v))
		return s
	}
	s.Start, _ = r.integer(o, "start", path)
	s.End, _ = r.integer(o, "end", path)
	s.Exact, _ = r.str(o, "exact", path)
	s.Prefix, _ = r.str(o, "prefix", path)
	s.Suffix, _ = r.str(o, "suffix", path)
	return s
}
