package suggest

import "whosaid/annotate"

// Reports in a clause about a noun before it (guidelines 2.3, annotators'
// conventions): "a device it has billed as its “most private doorbell
// yet”", "a project its backers call “the cheapest insurance”", "a change
// administrators say will help them recruit teachers". The thing described
// stands before the speaker, so the claim is what follows the verb: the
// quotation alone (direct), or the verb phrase after "say" (indirect).

// relativeConfidence: the speaker is named next to the verb, but the
// phrase is read backwards from it without knowing where the noun it
// describes ends, so these claims are proposed as low-confidence.
const relativeConfidence = 0.78

// namingVerbs name or describe what stands before them: "a scheme its
// critics call “…”".
var namingVerbs = &lexicon{verbs: true, words: `call describe dub+ bill brand term label tout hail`}

// sayingVerbs report a clause that follows them at once, without its
// subject: "a change administrators say will help".
var sayingVerbs = &lexicon{verbs: true, words: `say claim believe argue hope expect fear think insist predict warn`}

// auxiliaries open a verb phrase with no subject of its own.
var auxiliaries = &lexicon{words: `will would could can may might should must is are was were has have had`}

// relativeReport finds such a report in sentence s.
func (x *extractor) relativeReport(s sentence) bool {
	t := x.toks
	end := x.sentenceEnd(s)
	for v := s.from + 2; v+1 < end; v++ {
		if t[v].kind != tWord || t[v].capitalized() || x.nounContext(v) {
			continue
		}
		naming, saying := namingVerbs.has(t[v].lower), sayingVerbs.has(t[v].lower)
		if !naming && !saying {
			continue
		}
		p := x.subjectJustBefore(s.from, v)
		if p.empty() {
			continue
		}
		if naming {
			o := v + 1
			if t[o].is("as") {
				o++
			}
			if o < end && (isDeterminer(t[o]) || isPossessive(t[o])) {
				o++
			}
			c := -1
			if o < end && t[o].kind == tOpenQ {
				c = x.closeMark(o, s.to)
			}
			if c < 0 || !x.hasWords(o+1, c, 2) {
				continue
			}
			x.add(t[o].end, t[c].start, x.speakerOf(p), annotate.AttrDirect, x.span2(v, v+1), x.mentionSpan(p), relativeConfidence, "quotation describing what comes before its speaker")
			return true
		}
		if !auxiliaries.has(t[v+1].lower) || !x.hasWords(v+1, end, 3) {
			continue
		}
		x.add(t[v+1].start, t[end-1].end, x.speakerOf(p), x.attrOf(v+1, end), x.span2(v, v+1), x.mentionSpan(p), relativeConfidence, "report about what comes before its speaker")
		return true
	}
	return false
}

// subjectJustBefore reads the speaker of a relative clause backwards from
// its verb at v, after a noun it describes: a pronoun ("a device it has
// billed"), a proper name ("a shift Dr. Lena Morrow described") or a noun
// of people with its determiner ("a scheme its critics call",
// "a change administrators say").
func (x *extractor) subjectJustBefore(lo, v int) phrase {
	t := x.toks
	e := v
	for e > lo && t[e-1].is("has", "have", "had", "would", "will", "also", "now", "often") {
		e--
	}
	if e-1 <= lo || t[e-1].kind != tWord {
		return phrase{}
	}
	b := e - 1
	switch {
	case t[b].is("it", "they", "he", "she"):
	case t[b].capitalized():
		for b-1 > lo && (t[b-1].capitalized() || nameParticles.has(t[b-1].lower)) {
			b--
		}
	case isPluralPeople(t[b].lower) || isHeadNoun(t[b].lower):
		if b-1 > lo && (isDeterminer(t[b-1]) || isPossessive(t[b-1])) {
			b--
		}
	default:
		return phrase{}
	}
	// The noun described comes right before: a word, not a verb's subject
	// ("The council says…" has no noun before "council").
	if b-1 < lo || t[b-1].kind != tWord || t[b-1].capitalized() || isDeterminer(t[b-1]) || notSubject.has(t[b-1].lower) && !t[b-1].is("that", "which") || isPreposition(t[b-1].lower) {
		return phrase{}
	}
	return phrase{from: b, to: e}
}

// relativeSource: "…a report released in March by the National Oceanic and
// Atmospheric Administration, which estimated that the gulf would warm…":
// a relative clause whose verb reports, about the source named right
// before it. Which noun "which" attaches to is a guess (the report or its
// author), so these claims are low-confidence.
func (x *extractor) relativeSource(s sentence) bool {
	t := x.toks
	end := x.sentenceEnd(s)
	for k := s.from + 2; k+3 < end; k++ {
		if t[k].text != "," || !t[k+1].is("which", "who") {
			continue
		}
		v := x.skipAdverbials(k+2, end)
		if v >= end || !x.speechVerbAt(v) && !findingVerbs.has(t[v].lower) {
			continue
		}
		p := x.nameJustBefore(s.from, k)
		if p.empty() {
			continue
		}
		c, ok := x.contentAfter(v, end)
		if !ok {
			continue
		}
		x.clause(c, end, x.speakerOf(p), relativeConfidence, x.span2(v, v+1), x.mentionSpan(p), "reported clause of the source’s relative clause")
		return true
	}
	return false
}

// nameJustBefore is the proper name that ends at k: capitalized words and
// the connectors of an organization's name ("National Oceanic and
// Atmospheric Administration").
func (x *extractor) nameJustBefore(lo, k int) phrase {
	t := x.toks
	b := k
	for b-1 > lo && (t[b-1].capitalized() || b-2 > lo && t[b-1].is("and", "of", "for", "&") && t[b-2].capitalized()) {
		b--
	}
	if b == k || !t[b].capitalized() {
		return phrase{}
	}
	return phrase{from: b, to: k}
}
