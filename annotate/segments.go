package annotate

import "sort"

// Layer is one stretch to draw over a block: a claim, a mention, a cue or a
// selection. Kind lets the caller tell them apart; offsets are code points
// into the document text, end exclusive.
type Layer struct {
	ID    string
	Kind  string
	Start int
	End   int
}

// Segment is a piece of a block over which the set of covering layers does
// not change. Cover lists those layers outermost first (earlier start, then
// longer); Ends lists the layers that end exactly where the segment ends, so
// a badge can be drawn once, at a layer's end.
type Segment struct {
	Start, End int
	Cover      []Layer
	Ends       []Layer
}

// IDs lists the ids of the covering layers of one kind, outermost first.
func (s Segment) IDs(kind string) []string {
	var out []string
	for _, l := range s.Cover {
		if l.Kind == kind {
			out = append(out, l.ID)
		}
	}
	return out
}

// Depth is how many layers of one kind cover the segment: its nesting depth.
func (s Segment) Depth(kind string) int {
	n := 0
	for _, l := range s.Cover {
		if l.Kind == kind {
			n++
		}
	}
	return n
}

// Segments splits the block start..end into segments at every layer edge.
// Layers are clipped to the block; empty and outside ones are ignored. The
// segments tile the block exactly, in order, none empty.
func Segments(start, end int, layers []Layer) []Segment {
	if end <= start {
		return nil
	}
	var in []Layer
	cuts := []int{start, end}
	for _, l := range layers {
		l.Start, l.End = max(l.Start, start), min(l.End, end)
		if l.End <= l.Start {
			continue
		}
		in = append(in, l)
		cuts = append(cuts, l.Start, l.End)
	}
	sort.SliceStable(in, func(i, j int) bool {
		if in[i].Start != in[j].Start {
			return in[i].Start < in[j].Start
		}
		return in[i].End > in[j].End
	})
	sort.Ints(cuts)
	var out []Segment
	for i := 0; i+1 < len(cuts); i++ {
		a, b := cuts[i], cuts[i+1]
		if a == b {
			continue
		}
		seg := Segment{Start: a, End: b}
		for _, l := range in {
			if l.Start <= a && b <= l.End {
				seg.Cover = append(seg.Cover, l)
				if l.End == b {
					seg.Ends = append(seg.Ends, l)
				}
			}
		}
		out = append(out, seg)
	}
	return out
}
