// Package anchor re-anchors annotation spans when the text they were made on
// changes (a corrected article, a re-import).
//
// Each span is found again in four steps: at its old position if the quote
// and its context are still there (Exact); by exact quote search through a
// word index, where context and nearness pick among the occurrences
// (Moved); by approximate search with Myers' bit-vector algorithm around
// the places the quote's rarest words vote for and around the expected
// place (Fuzzy); and if no place scores at least MinScore, or two distinct
// places score too close to tell apart, the claim is kept with its old spans
// and marked an orphan (Orphan). Ambiguity orphans rather than guesses: an
// unchanged copy of the words elsewhere must not win over the edited
// original.
//
// Reanchor takes claims in document order and expects each where the last
// placed claim's shift puts it. Cue and mention spans are then looked for
// near their placed claim; one that cannot be placed is removed from the
// claim and counted in Result.Lost.
//
// Build an Index once per document text (NewIndex, IndexOf) when
// re-anchoring repeatedly; Reanchor and Locate build or reuse one.
package anchor
