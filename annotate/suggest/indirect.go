package suggest

import "whosaid/annotate"

// bareClauseVerbs take a reported clause without "that" ("Lavrov said Russia
// and China agreed…"); other reporting verbs need "that".
var bareClauseVerbs = wordSet(
	"say", "says", "said", "told", "tells", "added", "adds", "reported", "reports", "wrote",
	"writes", "claimed", "claims", "insisted", "argued", "warned", "predicted", "believes",
	"estimated", "confirmed", "announced", "acknowledged", "admitted", "stated", "noted",
)

// participles introduce a clause whose speaker is the sentence subject:
// "…, saying that its banks should not…".
var participles = wordSet("saying", "adding", "warning", "noting", "arguing", "insisting", "claiming", "stressing", "explaining", "suggesting", "stating", "telling")

// notClauseStart are words after a verb that show no clause follows.
var notClauseStart = wordSet("to", "for", "about", "with", "of", "on", "at", "in", "by", "from", "up", "out", "as", "so", "it’s", "what", "how", "whether", "nothing", "anything", "goodbye", "hello", "yes", "no", "sorry", "thanks")

// indirect finds reported speech in a sentence without quoted speech.
func (x *extractor) indirect(s sentence) {
	if x.accordingTo(s) || x.trailingAttribution(s) || x.subjectVerb(s) || x.reportingNoun(s) {
		return
	}
	end := x.sentenceEnd(s)
	x.nested(x.subjectStart(s), end, end)
}

// sentenceEnd is the end of a sentence without its final punctuation.
func (x *extractor) sentenceEnd(s sentence) int {
	k := s.to
	for k > s.from && x.toks[k-1].kind != tWord && x.toks[k-1].kind != tNum && x.toks[k-1].kind != tCloseQ {
		k--
	}
	return k
}

// accordingTo: "…, according to the Interfax news service." and "According
// to X, …".
func (x *extractor) accordingTo(s sentence) bool {
	t := x.toks
	for k := s.from; k+1 < s.to; k++ {
		if !(t[k].is("according") && t[k+1].is("to")) {
			continue
		}
		// The source is everything up to the next comma or the sentence end.
		j := k + 2
		for j < s.to && j < k+12 && t[j].kind != tPunct && t[j].kind != tOpenQ {
			j++
		}
		p := phrase{from: k + 2, to: j}
		if p.empty() {
			return false
		}
		e, conf := x.speakerOf(p)
		cue := x.span2(k, k+2)
		end := x.sentenceEnd(s)
		if k == x.subjectStart(s) || k == s.from {
			c := p.to
			if c < s.to && t[c].text == "," {
				c++
			}
			if c < end {
				x.add(t[c].start, t[end-1].end, e, x.attrOf(c, end), cue, x.mentionSpan(p), 0.88*conf, "“according to” attribution")
			}
			return true
		}
		if k-1 > s.from && t[k-1].text == "," {
			start := x.subjectStart(s)
			x.add(t[start].start, t[k-2].end, e, x.attrOf(start, k-1), cue, x.mentionSpan(p), 0.88*conf, "“according to” attribution")
			return true
		}
	}
	return false
}

// trailingAttribution: "…, Lavrov said." / "…, Reuters reported last
// month, in what…" / "…, said Lavrov."
func (x *extractor) trailingAttribution(s sentence) bool {
	t := x.toks
	start := x.subjectStart(s)
	for k := start + 3; k < s.to; k++ {
		if t[k].text != "," {
			continue
		}
		var p phrase
		v := -1
		if k+1 < s.to && in(reportingVerbs, t[k+1].lower) {
			p, v = x.phraseAfter(k+2, s.to), k+1
		} else if p = x.phraseAfter(k+1, s.to); !p.empty() {
			p, v = x.extend(p, s.to)
		}
		if v < 0 || p.empty() {
			continue
		}
		// What follows the verb must end the attribution: the sentence end,
		// a comma, or an adverbial ("last month", "on Tuesday").
		after := x.skipAdverbials(max(v+1, p.to), s.to)
		if after < s.to && !(t[after].kind == tPunct || t[after].is("in", "on", "at", "during", "citing", "without", "after", "and")) {
			continue
		}
		e, conf := x.speakerOf(p)
		x.add(t[start].start, t[k-1].end, e, x.attrOf(start, k), x.span2(v, v+1), x.mentionSpan(p), 0.88*conf, "attribution after the reported statement")
		return true
	}
	return false
}

// subjectVerb: "SUBJECT [adv] VERB [object] [that] CLAUSE", a speech verb
// with a quoted fragment, or a participle ("…, saying that CLAUSE").
func (x *extractor) subjectVerb(s sentence) bool {
	t := x.toks
	start := x.subjectStart(s)
	subj := x.phraseAfter(start, s.to)
	end := x.sentenceEnd(s)
	if subj.empty() {
		return false
	}
	subj, v := x.extend(subj, s.to)
	if v >= 0 {
		if c, ok := x.clauseAfter(v, end); ok {
			e, conf := x.speakerOf(subj)
			x.clause(c, end, e, conf*0.88, x.span2(v, v+1), x.mentionSpan(subj), "reported clause after a reporting verb")
			return true
		}
		// A speech verb whose object holds a quoted fragment: "Wang
		// trumpeted a “new paradigm” in China’s ties with Russia".
		for k := v + 1; k < end && k <= v+4; k++ {
			if t[k].kind == tOpenQ {
				e, conf := x.speakerOf(subj)
				x.add(t[v+1].start, t[end-1].end, e, annotate.AttrMixed, x.span2(v, v+1), x.mentionSpan(subj), conf*0.7, "speech verb with a quoted fragment")
				return true
			}
		}
	}
	// A participle: "Yellen underscored …, saying that …".
	for k := start + 2; k < end; k++ {
		if t[k-1].text == "," && in(participles, t[k].lower) {
			c := k + 1
			for n := 0; n < 3 && c+n < end; n++ {
				if t[c+n].is("that") {
					c += n + 1
					break
				}
				if !(in(objectWords, t[c+n].lower) || t[c+n].capitalized()) {
					break
				}
			}
			if c < end {
				e, conf := x.speakerOf(subj)
				x.clause(c, end, e, conf*0.85, x.span2(k, k+1), x.mentionSpan(subj), "participle “"+t[k].text+"” of the sentence subject")
				return true
			}
		}
	}
	return false
}

// reportingNoun: "The department's statement that federal money would…",
// "The government’s claim that the NHS is…".
func (x *extractor) reportingNoun(s sentence) bool {
	t := x.toks
	end := x.sentenceEnd(s)
	for k := s.from + 1; k+1 < end; k++ {
		if !in(reportingNouns, t[k].lower) || !t[k+1].is("that") || !isPossessive(t[k-1]) {
			continue
		}
		// The possessor phrase: "The department's", "the government’s".
		j := k - 1
		for j > s.from && (t[j-1].capitalized() || npWord(t[j-1]) || isDeterminer(t[j-1])) {
			j--
		}
		p := phrase{from: j, to: k}
		e, conf := x.speakerOf(p)
		if e == nil {
			return false
		}
		x.add(t[k+2].start, t[end-1].end, e, x.attrOf(k+2, end), x.span2(k, k+1), x.mentionSpan(p), conf*0.6, "reporting noun “"+t[k].text+" that”")
		return true
	}
	return false
}

// clauseAfter finds where the reported clause after verb v starts.
func (x *extractor) clauseAfter(v, hi int) (int, bool) {
	t := x.toks
	c := x.skipAdverbials(v+1, hi)
	if c < hi && t[c].is("that") {
		return c + 1, c+1 < hi
	}
	// An object before "that": "warned allies that", "told the BBC that".
	for n := 1; n <= 3 && c+n < hi; n++ {
		if !(in(objectWords, t[c+n-1].lower) || t[c+n-1].capitalized()) {
			break
		}
		if t[c+n].is("that") {
			return c + n + 1, c+n+1 < hi
		}
	}
	// "told reporters the project would…"
	if t[v].is("told", "tells") && c < hi && in(objectWords, t[c].lower) && !isDeterminer(t[c]) {
		c++
	}
	if !in(bareClauseVerbs, t[v].lower) || c >= hi {
		return 0, false
	}
	if t[c].kind != tWord || in(notClauseStart, t[c].lower) || in(reportingVerbs, t[c].lower) {
		return 0, false
	}
	return c, x.words(c, hi) >= 3
}

// clause adds the claim [c, end) and splits off nested attributions.
func (x *extractor) clause(c, end int, e *entity, conf float64, cue, mention [2]int, reason string) {
	t := x.toks
	outerEnd := x.nested(c, end, end)
	if outerEnd <= c {
		return
	}
	x.add(t[c].start, t[outerEnd-1].end, e, x.attrOf(c, outerEnd), cue, mention, conf, reason)
}

// nested looks in [from, end) for "SUBORDINATOR PHRASE VERB [object] [that]
// CLAUSE"; it adds that claim and returns where the outer clause stops.
func (x *extractor) nested(from, end, fallback int) int {
	t := x.toks
	for k := from; k < end; k++ {
		if !in(subordinators, t[k].lower) {
			continue
		}
		// "and"/"but" join clauses only after a comma: "Russia and China
		// confirmed" is one subject.
		if t[k].is("and", "but") && !(k > from && t[k-1].text == ",") {
			continue
		}
		p := x.phraseAfter(k+1, end)
		if p.empty() {
			continue
		}
		p, v := x.extend(p, end)
		if v < 0 || !in(clauseVerbs, t[v].lower) {
			continue
		}
		c, ok := x.clauseAfter(v, end)
		if !ok {
			continue
		}
		e, conf := x.speakerOf(p)
		x.clause(c, end, e, conf*0.82, x.span2(v, v+1), x.mentionSpan(p), "nested reported clause")
		cut := k
		if cut > from && t[cut-1].text == "," {
			cut--
		}
		return cut
	}
	return fallback
}

// attrOf: a reported clause with quoted words in it is mixed, else indirect.
func (x *extractor) attrOf(from, to int) annotate.AttributionType {
	for k := from; k < to && k < len(x.toks); k++ {
		if x.toks[k].kind == tOpenQ {
			return annotate.AttrMixed
		}
	}
	return annotate.AttrIndirect
}
