package suggest

import (
	"strings"
)

// indirect finds reported speech in a sentence without quoted speech.
func (x *extractor) indirect(s sentence) {
	if x.accordingTo(s) || x.interrupted(s) || x.trailingAttribution(s) || x.subjectVerb(s) || x.reportingNoun(s) || x.relativeReport(s) || x.relativeSource(s) {
		return
	}
	end := x.sentenceEnd(s)
	x.nested(x.subjectStart(s), end, end)
}

// sentenceEnd is the end of a sentence without its final punctuation.
func (x *extractor) sentenceEnd(s sentence) int {
	k := s.to
	for k > s.from && x.toks[k-1].kind != tWord && x.toks[k-1].kind != tNum && x.toks[k-1].kind != tCloseQ && x.toks[k-1].text != "%" {
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
		src := x.speakerOf(p)
		cue := x.span2(k, k+2)
		end := x.sentenceEnd(s)
		if k == x.subjectStart(s) || k == s.from {
			c := p.to
			if c < s.to && t[c].text == "," {
				c++
			}
			if c < end {
				x.add(t[c].start, t[end-1].end, src, x.attrOf(c, end), cue, x.mentionSpan(p), 0.88, "“according to” attribution")
			}
			return true
		}
		if k-1 > s.from && t[k-1].text == "," {
			start := x.statementStart(s)
			x.add(t[start].start, t[k-2].end, src, x.attrOf(start, k-1), cue, x.mentionSpan(p), 0.88, "“according to” attribution")
			// "…, according to the agency, which said geologists would…"
			if j+2 < end && t[j].text == "," && t[j+1].is("which", "who") {
				if v := x.reportingVerbIn(j+2, min(end, j+5)); v >= 0 {
					if c, ok := x.contentAfter(v, end); ok {
						x.clause(c, end, src, 0.85, x.span2(v, v+1), x.mentionSpan(p), "reported clause of the source’s relative clause")
					}
				}
			}
			return true
		}
	}
	return false
}

// interrupted: "The pool, the manager said, will stay closed until May."
// A statement broken by its attribution is one claim across the break
// (guidelines 2.2).
func (x *extractor) interrupted(s sentence) bool {
	t := x.toks
	start, end := x.subjectStart(s), x.sentenceEnd(s)
	for k := start + 1; k < end && k < start+12; k++ {
		if t[k].text != "," {
			continue
		}
		v := x.reportingVerbIn(k+1, min(end, k+14))
		if v < 0 {
			return false
		}
		c := x.skipAdverbials(v+1, end)
		if c+2 >= end || t[c].text != "," || t[c+1].kind != tWord || t[c+1].capitalized() || !x.hasWords(c+1, end, 2) {
			return false
		}
		if !x.bareNP(start, k) || t[c+1].is("and", "but", "or", "which", "who", "in", "as", "so") {
			return false
		}
		p := x.subjectBefore(k+1, v)
		if v == k+1 {
			p = x.phraseAfter(v+1, c)
		}
		if p.empty() || !x.canReport(p, v) {
			return false // "…, a body that certifies carbon projects, said": "projects" reports nothing
		}
		x.add(t[start].start, t[end-1].end, x.speakerOf(p), x.attrOf(start, end), x.span2(v, v+1), x.mentionSpan(p), 0.85, "statement interrupted by its attribution")
		return true
	}
	return false
}

// bareNP: [from, to) holds no verb-like word: "The pool", "Damaged seagrass
// beds", not "Flu cases have doubled".
func (x *extractor) bareNP(from, to int) bool {
	if to-from < 1 || to-from > 10 {
		return false
	}
	for k := from; k < to; k++ {
		w := x.toks[k]
		if w.kind != tWord && w.kind != tNum || notSubject.has(w.lower) && !(k == from && pronouns.has(w.lower)) || reportingVerbs.has(w.lower) && !x.nounContext(k) {
			return false
		}
	}
	return true
}

// nounPhrasesOnly: [from, to) is a subject with its appositions and
// relative clauses ("Detective Sgt. Laura Prentiss, who is leading the
// investigation"), not a statement.
func (x *extractor) nounPhrasesOnly(from, to int) bool {
	commas := 0
	for k := from; k < to; k++ {
		if x.toks[k].text == "," {
			commas++
		}
	}
	if commas == 0 {
		return false
	}
	seg := from
	for k := from; k <= to; k++ {
		if k < to && x.toks[k].text != "," {
			continue
		}
		if k > seg && !x.bareNP(seg, k) && !x.toks[seg].is("who", "which", "whose") {
			return false
		}
		seg = k + 1
	}
	return true
}

// nameBeforeComma: [from, to) is a capitalized noun phrase with no verb,
// the first part of a name with commas ("The Department for Environment,
// Food and Rural Affairs said"), not a statement.
func (x *extractor) nameBeforeComma(from, to int) bool {
	return x.toks[to-1].capitalized() && x.bareNP(from, to) && !x.hasVerb(from, to)
}

// commaIn tells whether a comma lies in [from, to).
func (x *extractor) commaIn(from, to int) bool {
	for k := from; k < to; k++ {
		if x.toks[k].text == "," {
			return true
		}
	}
	return false
}

// statementStart is where a statement attributed at its end starts: the
// sentence after a dateline and a leading conjunction; adverbials stay
// ("So far, pledges cover…, the agency said").
func (x *extractor) statementStart(s sentence) int {
	i := x.afterDateline(s)
	if i < s.to && x.toks[i].is("but", "and", "yet") {
		i++
	}
	return i
}

// trailingAttribution: "…, Lavrov said." / "…, Reuters reported last
// month, in what…" / "…, said Lavrov."
func (x *extractor) trailingAttribution(s sentence) bool {
	t := x.toks
	start := x.statementStart(s)
	for k := start + 3; k < s.to; k++ {
		if t[k].text != "," {
			continue
		}
		var p phrase
		v := x.reportingVerbIn(k+1, min(s.to, k+16))
		switch {
		case v < 0:
			continue
		case v == k+1:
			if !finiteForm(t[v].lower) || t[v].is("called", "described", "dubbed", "named", "termed") {
				continue // ", adding tortilla chips to…", ", called MV Flex,": no attribution
			}
			p = x.phraseAfter(v+1, s.to)
		default:
			p = x.subjectBefore(k+1, v)
		}
		if p.empty() || x.negated(v) || x.nounPhrasesOnly(start, k) || x.nameBeforeComma(start, k) || t[start].is("asked") || !x.canReport(p, v) {
			continue // "Asked whether…, she said": the journalist's question
		}
		if t[v-1].text == "," && x.bareNP(start, k) {
			continue // "The club's captain, Owen Hale, wrote…": a subject and its apposition
		}
		// What follows must end the attribution: the sentence end, a comma,
		// or an adverbial ("last month", "on Tuesday").
		after := x.skipAdverbials(max(v+1, p.to), s.to)
		if p.title[1] > after {
			after = x.skipAdverbials(p.title[1], s.to)
		}
		if after < s.to && !(t[after].kind == tPunct || x.isAdverbialStart(after, s.to) || t[after].is("in", "on", "at", "during", "citing", "without", "after", "and", "who")) {
			continue
		}
		if end := x.sentenceEnd(s); after+1 < end && t[after].text == "," && x.continuesAfter(after+1, end) {
			// "In the 1980s, she says, broken pieces were thrown away": the
			// sentence goes on past its attribution, one claim (2.2).
			x.add(t[start].start, t[end-1].end, x.speakerOf(p), x.attrOf(start, end), x.span2(v, v+1), x.mentionSpan(p), 0.85, "statement interrupted by its attribution")
			return true
		}
		x.add(t[start].start, t[k-1].end, x.speakerOf(p), x.attrOf(start, k), x.span2(v, v+1), x.mentionSpan(p), 0.88, "attribution after the reported statement")
		if after+2 < s.to && t[after].text == "," && t[after+1].is("and", "but") {
			// "…, the club said, and Brammer admitted she feared…": a
			// second report, with its own subject.
			x.subjectVerb(sentence{after + 2, s.to})
		}
		return true
	}
	return false
}

// continuesAfter: the words from i on go on with the statement broken by
// an attribution ("…, she says, broken pieces were thrown away", "…, Raman
// said, the damage would last", "…, she says, but on her terms"), not the
// journalist's addition ("…, in what would be…", "…, citing…", "…, who
// runs…") nor a second report ("…, and the coach admitted that…").
func (x *extractor) continuesAfter(i, end int) bool {
	t := x.toks
	w := t[i]
	if w.kind != tWord || w.capitalized() || isPreposition(w.lower) || isParticiple(w) || !x.hasWords(i, end, 2) ||
		w.is("who", "whose", "which", "where", "when", "as", "while", "after", "before", "because", "although", "though", "citing", "according", "adding", "saying", "a", "an") {
		return false
	}
	for k := i; k < end && k < i+4; k++ {
		if t[k].is("before", "after", "ago") {
			return false // "…, five days before the primary": the journalist's timing
		}
	}
	if w.is("and", "but", "or") {
		return x.reportingVerbIn(i+1, end) < 0
	}
	return true
}

// reportingVerbIn is the first reporting verb in [from, hi) that is not
// an infinitive ("declined to say"), stopping at a quotation mark or a
// sentence end.
func (x *extractor) reportingVerbIn(from, hi int) int {
	t := x.toks
	for k := from; k < hi; k++ {
		if t[k].kind == tOpenQ || t[k].kind == tCloseQ || t[k].text == "." || t[k].text == ";" {
			return -1
		}
		if t[k].kind == tWord && !t[k].capitalized() && (reportingVerbs.has(t[k].lower) || clauseVerbs.has(t[k].lower) || infinitiveVerbs.has(t[k].lower) || t[k].is("see", "sees", "saw")) && !x.nounContext(k) && !x.nounReading(k) {
			return k
		}
	}
	return -1
}

// nounContext: the word at k is used as a noun or an infinitive, not as a
// finite verb: after a determiner, a possessive or an adjective-like title
// word ("the state Department", "a report", "his claim"), or after "to".
func (x *extractor) nounContext(k int) bool {
	if k == 0 {
		return false
	}
	p := x.toks[k-1]
	if p.is("to") && k >= 2 && x.toks[k-2].is("used", "going", "want", "wants", "wanted") {
		return false // "used to say"
	}
	if k+1 < len(x.toks) && x.toks[k+1].is("tank", "tanks", "television", "media", "broadcaster", "card", "centre", "center", "agency") {
		return true // "think tank", "state television"
	}
	return p.kind == tWord && (isDeterminer(p) || isPossessive(p) || p.is("to", "this", "that", "each", "every", "no", "any", "some", "news", "press"))
}

// nounLike verbs are as often nouns: "state transportation officials",
// "report cards", "call centre".
var nounLike = &lexicon{words: `state report reports claim claims note notes comment comments reply replies call
calls promise promises estimate estimates forecast forecasts post posts tweet tweets question
questions show shows hope hopes fear fears view views doubt doubts remark remarks vow vows pledge
pledges demand demands answer answers plan plans warning`}

// nounReading: a noun-like verb form not followed by what a verb takes
// (that, a determiner, a pronoun, to, punctuation) is read as a noun.
func (x *extractor) nounReading(k int) bool {
	if !nounLike.has(x.toks[k].lower) || k+1 >= len(x.toks) {
		return false
	}
	if k > 0 {
		// After a noun that can be its subject it is a verb: "figures show
		// exports fell"; after "and", a comma or a name, a modifier.
		if p := x.toks[k-1]; p.kind == tWord && !p.capitalized() && !p.is("and", "or") {
			return false
		}
	}
	n := x.toks[k+1]
	return n.kind == tWord && !n.is("that", "to", "the", "a", "an", "his", "her", "their", "its", "our", "this", "it", "he", "she", "they", "we", "i", "you", "me", "us", "them", "him", "on", "in", "at", "for", "of", "about", "whether", "if", "what", "how", "why", "when", "nothing", "no")
}

// negated: the verb at v is denied or refused ("did not say", "declined to
// comment", "would never confirm"): nothing is stated.
func (x *extractor) negated(v int) bool {
	t := x.toks
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		w := t[k].lower
		if w == "not" || w == "never" || strings.HasSuffix(w, "n’t") || strings.HasSuffix(w, "n't") || w == "declined" || w == "refused" || w == "cannot" {
			return true
		}
		if t[k].kind != tWord || !(adverbials.has(w) || w == "to" || w == "did" || w == "would" || w == "could") {
			return false
		}
	}
	return false
}

// subjectVerb: "SUBJECT [adv] VERB [object] [that] CLAUSE", an infinitive
// ("vowed to appeal", "urged residents to stay indoors"), a speech verb
// with a quoted fragment, or a participle ("…, saying that CLAUSE").
func (x *extractor) subjectVerb(s sentence) bool {
	t := x.toks
	start := x.subjectStart(s)
	end := x.sentenceEnd(s)
	// The first reporting verb with a subject and a content; a verb in a
	// parenthetical ("Castellano, asked after the meeting whether…,
	// said…") gives way to the next.
	for from, n := start+1, 0; n < 4; n++ {
		v := x.reportingVerbIn(from, end)
		if v < 0 {
			break
		}
		from = v + 1
		subj := x.subjectBefore(start, v)
		if subj.empty() && v-1 > start && t[v-1].is("and", "but") {
			subj = x.phraseAfter(start, end) // "Weston … cited the report but said…"
		}
		if subj.empty() {
			if b := x.skipAdverbialsBack(v-1, start); b > start && pronouns.has(t[b].lower) && !x.subordinateBefore(start, b) {
				subj = phrase{from: b, to: b + 1} // "Throughout the trial she argued"
			}
		}
		if subj.empty() {
			continue
		}
		if x.negated(v) {
			return true
		}
		if !x.canReport(subj, v) {
			continue
		}
		if c, ok := x.contentAfter(v, end); ok {
			end := end
			if sub := x.afterDateline(s); x.toks[sub].is("when", "after", "as", "while", "because", "if", "although", "though", "once", "since", "before", "until") && !x.commaIn(sub, v) {
				// "When the fire chief asked whether…, it was her husband
				// who answered": the content ends with the clause.
				for k := c; k < end; k++ {
					if t[k].text == "," {
						end = k
						break
					}
				}
			}
			src := x.speakerOf(subj)
			form := x.verbConfidence(v)
			reason := "reported clause after a reporting verb"
			if _, clause := x.clauseAfter(v, end); !clause {
				form, reason = form*0.9, "promise, request or description"
			}
			x.clause(c, end, src, form, x.span2(v, v+1), x.mentionSpan(subj), reason)
			return true
		}
		// A speech verb whose object holds a quoted fragment: "Wang
		// trumpeted a “new paradigm” in China’s ties with Russia".
		for k := v + 1; k < end && k <= v+4; k++ {
			if t[k].kind == tOpenQ {
				x.clause(x.skipAdverbials(v+1, end), end, x.speakerOf(subj), 0.8, x.span2(v, v+1), x.mentionSpan(subj), "speech verb with a quoted fragment")
				return true
			}
		}
	}
	return x.participleClaim(start, end)
}

// subordinateBefore: a relative clause or a subordinate clause opens in
// [from, to), so a pronoun at to is its subject, not the sentence's: "A
// younger worker, who asked not to be named because she feared losing her
// package, said…" reports the worker, not what she feared. A pronoun right
// after the relative word reports inside it ("The ovens, which he said
// cost…").
func (x *extractor) subordinateBefore(from, to int) bool {
	for k := from; k < to; k++ {
		if x.toks[k].is("because", "since", "although", "though", "while", "whereas", "unless") ||
			x.toks[k].is("who", "which", "whose") && k < to-1 {
			return true
		}
	}
	return false
}

// participleClaim: "Yellen underscored …, saying that …": a participle
// reports for the sentence subject.
func (x *extractor) participleClaim(start, end int) bool {
	t := x.toks
	subj := x.phraseAfter(start, end)
	if subj.empty() {
		return false
	}
	for k := start + 2; k < end; k++ {
		if t[k-1].text == "," && participles.has(t[k].lower) {
			if c, ok := x.contentAfter(k, end); ok {
				x.clause(c, end, x.speakerOf(subj), 0.85, x.span2(k, k+1), x.mentionSpan(subj), "participle “"+t[k].text+"” of the sentence subject")
				return true
			}
		}
	}
	return false
}

// canReport: verbs of finding ("found", "show") report only for documents,
// research and those who investigate, or with "that"; verbs of position
// ("fear", "expect") only for a speaker the text identifies.
func (x *extractor) canReport(subj phrase, v int) bool {
	t := x.toks
	w := t[v].lower
	if subj.to == v && (t[subj.from].is("a", "an", "one", "each", "every") || subj.from > 0 && t[subj.from-1].is("a", "an", "each", "every")) &&
		nounLike.has(w) && !strings.HasSuffix(w, "s") {
		return false // "A city staff report released last month found…": a singular subject takes no base form, so "report" is a noun
	}
	if findingVerbs.has(w) && !reportingVerbs.has(w) || w == "found" || w == "finds" || w == "find" {
		c := x.skipAdverbials(v+1, len(t))
		if c < len(t) && t[c].is("that") {
			return true
		}
		us := x.units(subj.from, subj.to)
		h := bare(t[us[x.headUnit(us)].from].lower)
		return documentHeads.has(h) || h == "researchers" || h == "scientists" || h == "investigators" || h == "inspectors" || h == "auditors" || h == "analysis"
	}
	return true
}

// verbConfidence: "said" and its like are sure reporting verbs; verbs of
// position or finding less so.
func (x *extractor) verbConfidence(v int) float64 {
	w := x.toks[v].lower
	switch {
	case positionVerbs.has(w):
		return 0.8
	case findingVerbs.has(w) && !reportingVerbs.has(w):
		return 0.82
	}
	return 0.88
}

// nounClauseEnd: a "that" clause of a subject ("The claim that the NHS is
// ready was rejected") ends before the sentence's verb: the second
// auxiliary after its start.
func (x *extractor) nounClauseEnd(c, end int) int {
	seen := 0
	for k := c; k < end; k++ {
		if x.toks[k].is("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may", "might", "should", "must") {
			seen++
			if seen == 2 {
				for k > c && x.toks[k-1].kind == tCloseQ {
					k--
				}
				return k
			}
		}
	}
	return end
}

// reportingNoun: "The department's statement that federal money would…",
// "The government’s claim that the NHS is…".
func (x *extractor) reportingNoun(s sentence) bool {
	t := x.toks
	end := x.sentenceEnd(s)
	for k := s.from + 1; k+2 < end; k++ { // a word after "that", at least
		if !in(reportingNouns, t[k].lower) || !t[k+1].is("that") || !isPossessive(t[k-1]) {
			continue
		}
		// The possessor phrase: "The department's", "the government’s".
		p := x.subjectBefore(x.subjectStart(s), k)
		if p.empty() {
			return false
		}
		src := x.speakerOf(p)
		if src.e == nil {
			return false
		}
		end := x.nounClauseEnd(k+2, end)
		x.add(t[k+2].start, t[end-1].end, src, x.attrOf(k+2, end), x.span2(k, k+1), x.mentionSpan(p), 0.6, "reporting noun “"+t[k].text+" that”")
		return true
	}
	return false
}
