package annotate

// ContextLen is how many code points of prefix and suffix a span keeps so
// that it can be found again in an edited text.
const ContextLen = 32

// Span is a stretch of the document text: code-point offsets (end exclusive)
// plus a quote of the text, so it can be re-anchored if the text changes.
type Span struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Exact  string `json:"exact"`
	Prefix string `json:"prefix,omitempty"`
	Suffix string `json:"suffix,omitempty"`
}

// Len is the span length in code points.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps tells whether two spans share at least one code point.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Contains tells whether o lies within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// MakeSpan builds the span start..end of the indexed text, with its quote and
// context. Offsets are clamped into the text and put in order.
func MakeSpan(ix *TextIndex, start, end int) Span {
	start = min(max(start, 0), ix.Len())
	end = min(max(end, 0), ix.Len())
	if end < start {
		start, end = end, start
	}
	exact, _ := ix.Slice(start, end)
	prefix, _ := ix.Slice(max(0, start-ContextLen), start)
	suffix, _ := ix.Slice(end, min(ix.Len(), end+ContextLen))
	return Span{Start: start, End: end, Exact: exact, Prefix: prefix, Suffix: suffix}
}

// Matches tells whether the span's quote is at its position in the text.
func (s Span) Matches(ix *TextIndex) bool {
	got, err := ix.Slice(s.Start, s.End)
	return err == nil && got == s.Exact
}
