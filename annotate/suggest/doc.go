// Package suggest is the attribution assistant: it proposes claims, their
// speakers, cues and attribution types for an article, in pure Go so that it
// runs inside the WebAssembly app, offline, with no model to download.
//
// It is a rule-based extractor tuned for precision: direct quotes are paired
// from quotation marks (apostrophes are told apart), attributed by the
// speaker phrase and reporting verb next to them; indirect speech is found
// from a curated list of reporting verbs and nouns (lexicon.go, documented in
// docs/suggest.md). Pronouns are resolved to the most recent compatible
// speaker. Every suggestion carries a confidence; low ones are marked so.
package suggest
