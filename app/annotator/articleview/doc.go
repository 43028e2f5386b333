// Package articleview draws the article in the annotator: for each block
// of the document, a model of its text runs and the highlights over them
// (claims, mentions, cues, the keyboard cursor), built from the set and
// the view state (Build); a cache that rebuilds only the blocks a change
// touches (Cache); and one component per block that draws its model as raw
// HTML (Block).
//
// Offsets are code points into the document text. Every block element
// carries data-base, its start offset, and holds only article text (the
// speaker badges are CSS pseudo-elements), so the browser's selection can
// be measured from there.
package articleview
