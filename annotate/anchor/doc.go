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
// and marked an orphan (Orphan), with the reason in Result.Reason.
// Ambiguity orphans rather than guesses: an unchanged copy of the words
// elsewhere must not win over the edited original.
//
// Word boundaries. A quote whose ends fell between words (or next to
// punctuation) keeps that property: its new bounds come from aligning the
// remembered prefix, quote and suffix, word by word, with the text around
// the place found (align.go). A word replaced at the quote's edge stays in
// it, a word inserted next to it stays out, and no bound ever falls inside
// a word; white space is not compared, so a text whose paragraphs are
// separated by one line break matches context remembered from one with a
// blank line. Such a word-level alignment also rescues a short quote whose
// characters changed beyond the edit budget when most of its words and its
// context are still there where it was expected. A quote that itself began
// or ended inside a word is placed character by character (refine.go).
//
// The expected place. Reanchor takes claims in document order and expects
// each where the last placed claim's shift puts it. Being there is evidence
// of its own: a stock phrase repeated through the text does not make a
// claim found at its expected place doubtful unless a distant copy's
// context agrees clearly better (the text was reorganized).
//
// Cue and mention spans are then looked for near their placed claim; one
// that cannot be placed is removed from the claim and counted in
// Result.Lost.
//
// Build an Index once per document text (NewIndex, IndexOf) when
// re-anchoring repeatedly; Reanchor and Locate build or reuse one.
//
// testdata/bench holds the shared bench's re-anchoring task (1,000 quotes,
// about 5% of the words edited); fixture_test.go grades it and `make bench`
// reports exact / mid-word / wrong / orphan counts.
package anchor
