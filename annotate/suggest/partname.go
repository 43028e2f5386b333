package suggest

import (
	"slices"
	"strings"

	"whosaid/annotate"
)

// partOfName tells whether the name sp read from phrase p is only a part of
// the proper-name run the text has there: a capitalized word before it that
// is no title ("Fair Fares Oakmont" read as "Fares Oakmont"), a name joined
// before it ("Castlegate and Union Provincial", "the University of
// California, Merced"), or after it an "of" with a capital ("Office of the
// Child Advocate", "Tour of the Dales") or a possessive before a common noun
// ("Japan’s agriculture ministry": the ministry speaks, not Japan). Which
// part names the speaker is then a reading of the rules, and on unseen
// articles it was wrong more often than right (docs/suggest.md,
// Confidence). A name holding a listed first name is a person's name
// whatever follows it or is joined before it ("from Quincy, Walter Simms").
func (x *extractor) partOfName(p phrase, sp annotate.Speaker) bool {
	words := strings.Fields(nameKey(sp.Name))
	a, b := x.nameTokens(p, words)
	if a < 0 {
		return false
	}
	t, s := x.toks, x.sents[x.sentOf[a]]
	from := p.from // with a title in apposition before the name
	if p.title[1] > p.title[0] {
		from = min(from, p.title[0])
	}
	// A capital that opens the sentence is no evidence ("Lobsterman Earl
	// Thibodeau").
	var prev token
	if a-1 > s.from && a-1 >= from {
		prev = t[a-1]
	}
	switch {
	case otherCapital(prev):
		return true // "Fair Fares Oakmont" (Fares is a first name too)
	case slices.ContainsFunc(words, isFirstName):
		return false
	case prev.is("and", "&", ",") && a-2 >= from && otherCapital(t[a-2]):
		return true // "Castlegate and Union Provincial", "California, Merced"
	case b >= p.to:
		return false
	case isPossessive(t[b-1]) && t[b].isWord() && !t[b].capitalized():
		// "Japan’s agriculture ministry"; but a document speaks for its
		// author: "Met Éireann’s long-range forecast".
		return !x.holdsDocument(b, p.to)
	}
	// "Office of the Child Advocate", "Tour of the Dales"
	c := b + 1
	if c < s.to && t[c].is("the") {
		c++
	}
	return t[b].is("of") && c < s.to && t[c].capitalized()
}

// nameTokens finds the tokens [a, b) of the name whose words (name keys)
// are words, last in phrase p; a is -1 when they are not there.
func (x *extractor) nameTokens(p phrase, words []string) (int, int) {
	if len(words) == 0 {
		return -1, -1
	}
	first, last := strings.Trim(words[0], ",."), strings.Trim(words[len(words)-1], ",.")
	for b := p.to; b > p.from; b-- {
		if bare(x.toks[b-1].lower) != last {
			continue
		}
		for a := b - 1; a >= p.from && a >= b-2*len(words); a-- {
			if bare(x.toks[a].lower) == first {
				return a, b
			}
		}
		return -1, -1
	}
	return -1, -1
}

// holdsDocument: a document's head among tokens [from, to).
func (x *extractor) holdsDocument(from, to int) bool {
	for _, t := range x.toks[from:to] {
		if documentHeads.has(bare(t.lower)) {
			return true
		}
	}
	return false
}

// otherCapital: a capitalized word that is no title, honorific, determiner
// or possessive ("Norway’s Financial Supervisory Authority" is the
// authority).
func otherCapital(t token) bool {
	return t.capitalized() && !isPossessive(t) && !isTitleWord(bare(t.lower)) && !honorifics.has(t.lower) && !determiners.has(t.lower)
}
