package articleview

// View is the part of the annotator's state that changes how the article
// is drawn (besides the set itself).
type View struct {
	Cur    string // the claim open in the editor
	Filter string // show only this speaker's claims ("" = all)
	Kbd    Cursor
}

// Cursor is the keyboard cursor in the article: a caret, or a selection
// from Anchor to Cursor.
type Cursor struct {
	On             bool
	Anchor, Cursor int
}

// Span is the cursor's selection, in order.
func (k Cursor) Span() (int, int) { return min(k.Anchor, k.Cursor), max(k.Anchor, k.Cursor) }
