// Package anchor re-anchors annotation spans when the text they were made on
// changes (a corrected article, a re-import).
//
// Each span is found again in four steps: at its old position if the quote
// still matches there (Exact); by exact quote search, where context and
// nearness pick among the occurrences (Moved); by approximate search with
// Myers' bit-vector algorithm (Fuzzy); and if no place is convincing, the
// claim is kept with its old span and marked an orphan (Orphan). A span is
// never moved to a place that cannot be told apart from another equally
// plausible one: ambiguity orphans rather than guesses.
package anchor
