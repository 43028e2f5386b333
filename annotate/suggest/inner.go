package suggest

import "whosaid/annotate"

// Claims inside a direct quote (guidelines 2.5): when the quoted speaker
// reports what someone else said — “The inspector told us, ‘…,’ so we…”,
// “My doctor told me I had six months” — that report is a claim of its
// own, by the other person. A speaker quoting themselves ("I told them")
// makes none; "my doctor" is the quoted speaker's doctor.

// innerConfidence: inner claims rest on a reading of the speaker's own
// words, so they are proposed as low-confidence suggestions.
const innerConfidence = 0.75

// innerClaims proposes the claims inside the direct quote between the
// marks at tokens o and c, spoken by outer.
func (x *extractor) innerClaims(o, c int, outer *entity) {
	t := x.toks
	for k := o + 1; k < c; k++ {
		if !x.innerClauseStart(k, o) {
			continue
		}
		v := x.reportingVerbIn(k+1, min(c, k+16))
		if v < 0 || !x.speechVerbAt(v) || x.negated(v) || positionVerbs.has(t[v].lower) {
			continue // "People think restoration means…": what others think is no report
		}
		p := x.subjectBefore(k, v)
		if p.empty() && pronouns.has(t[v-1].lower) {
			p = phrase{from: v - 1, to: v}
		}
		if p.empty() && t[v-1].is("and", "but") || !p.empty() && p.from > k && t[p.from-1].is("and") && pronouns.has(t[p.from].lower) {
			p = x.phraseAfter(k, v) // "Sal looked up … and he said"
		}
		if p.empty() || !x.canReport(p, v) {
			continue // "my daughter found me on the floor", "these clips show kids": no speech
		}
		e := x.innerSpeaker(o, k, p, outer)
		if e == nil {
			continue
		}
		end := x.innerSentenceEnd(v, c)
		// "My cousin called me … and told me, ‘…’": the verb with content.
		for n := 0; n < 2 && x.innerContent(v, end) < 0; n++ {
			if w := x.reportingVerbIn(v+1, end); w > 0 && t[w-1].is("and") && x.speechVerbAt(w) {
				v = w
			}
		}
		j := x.innerContent(v, end)
		if j >= 0 && t[j].kind == tOpenQ {
			if ic := x.closeMark(j, c); ic > 0 {
				x.add(t[j].end, t[ic].start, source{e: e, sure: 1, ev: EvidenceInner}, annotate.AttrDirect, x.span2(v, v+1), x.mentionSpan(p), innerConfidence, "quotation inside a quotation")
				k = ic
			}
			continue
		}
		if cl, ok := x.clauseAfter(v, end); ok {
			for i := cl + 1; i+1 < end; i++ {
				if t[i].text == "," && t[i+1].is("and", "but", "so") {
					end = i // "…it wants good data, and the housing numbers…"
					break
				}
			}
			x.add(t[cl].start, t[end-1].end, source{e: e, sure: 1, ev: EvidenceInner}, x.attrOf(cl, end), x.span2(v, v+1), x.mentionSpan(p), innerConfidence*0.9, "report inside a quotation")
			k = end - 1
		}
	}
	x.innerQuotesAttributedAfter(o, c, outer)
}

// innerContent is where what the verb at v reports starts inside a
// quote: an inner quotation after the audience ("told us, ‘…’") or a
// reported clause; -1 when there is none.
func (x *extractor) innerContent(v, end int) int {
	t := x.toks
	j := x.skipAdverbials(v+1, end)
	j = x.skipAdverbials(x.audienceEnd(j, end), end)
	for j < end && (t[j].text == "," || t[j].text == ":") {
		j++
	}
	if j < end && t[j].kind == tOpenQ {
		return j
	}
	if c, ok := x.clauseAfter(v, end); ok {
		return c
	}
	return -1
}

// innerQuotesAttributedAfter: “‘Pay now,’ my landlord said, and…” — an
// inner quote followed by its attribution.
func (x *extractor) innerQuotesAttributedAfter(o, c int, outer *entity) {
	t := x.toks
	for io := o + 1; io < c; io++ {
		if t[io].kind != tOpenQ {
			continue
		}
		ic := x.closeMark(io, c)
		if ic < 0 {
			continue
		}
		j := ic + 1
		if t[ic-1].text != "," && !(j < c && t[j].text == ",") {
			io = ic
			continue
		}
		if j < c && t[j].text == "," {
			j++
		}
		v := x.reportingVerbIn(j, min(c, j+6))
		if v < 0 {
			io = ic
			continue
		}
		var p phrase
		if v == j {
			p = x.phraseAfter(v+1, c)
		} else {
			p = x.subjectBefore(j, v)
		}
		if e := x.innerSpeaker(o, j, p, outer); e != nil && x.hasWords(io+1, ic, 2) {
			x.add(t[io].end, t[ic].start, source{e: e, sure: 1, ev: EvidenceInner}, annotate.AttrDirect, x.span2(v, v+1), x.mentionSpan(p), innerConfidence, "quotation inside a quotation")
		}
		io = ic
	}
}

// innerClauseStart: token k can open a clause inside the quote that starts
// at o: first word, or after sentence punctuation, a comma or a
// conjunction.
func (x *extractor) innerClauseStart(k, o int) bool {
	t := x.toks
	if t[k].kind != tWord {
		return false
	}
	if k == o+1 {
		return true
	}
	p := t[k-1]
	return p.kind == tOpenQ || p.kind == tPunct && (p.text == "." || p.text == "!" || p.text == "?" || p.text == ";" || p.text == "—" || p.text == ",") ||
		p.kind == tWord && p.is("and", "but", "so", "then", "when", "after", "because", "until", "once")
}

// innerSpeaker is the speaker of an inner report: nobody for the quoted
// speaker's own "I"/"we" or any other pronoun, "X’s doctor" for "my
// doctor", else the phrase's speaker.
func (x *extractor) innerSpeaker(o, k int, p phrase, outer *entity) *entity {
	if p.empty() {
		return nil
	}
	t := x.toks
	if p.to-p.from == 1 && pronouns.has(t[p.from].lower) {
		if t[p.from].is("he", "she", "it") {
			return x.innerPronoun(o, p.from, t[p.from].lower, outer)
		}
		return nil // the speaker's own "I", "we"; a "they" of anyone
	}
	if first := t[k]; first.is("my", "our") && k < p.from {
		name := outer.sp.Name + "’s " + x.surface(t[p.from:p.to])
		e, _ := x.reg.resolve(annotate.Speaker{Name: name, Kind: annotate.SpeakerPerson}, false, false, t[p.from].start)
		e.inner = true
		return e
	}
	for i := k; i < p.to; i++ {
		if t[i].is("your", "his", "her", "their", "its") {
			return nil // someone the quote does not name
		}
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" {
		return nil
	}
	known := len(x.reg.ents)
	e, _ := x.reg.resolve(sp, f, m, t[p.from].start)
	if len(x.reg.ents) > known {
		e.inner = true // first met inside a quote: no antecedent for pronouns outside it
	}
	return e
}

// kinWords are what a speaker calls a relation by ("Dad would have hated
// it"): the relation they name.
var kinWords = map[string]string{"dad": "father", "daddy": "father", "mum": "mother", "mom": "mother", "mam": "mother",
	"mummy": "mother", "grandma": "grandmother", "gran": "grandmother", "nan": "grandmother", "granny": "grandmother",
	"grandpa": "grandfather", "grandad": "grandfather", "granddad": "grandfather"}

// innerPronoun is who "he", "she" or "it" at k, the subject of a report
// inside the quote opened at o, stands for: the latest compatible mention
// earlier in the paragraph, a sentence's subject first — a name, the
// speaker's relation ("my wife", "Dad"), a document for "it" ("an
// advertisement in the local paper") — or, with none, the latest
// compatible person outside it other than the quoted speaker (who says
// "I").
func (x *extractor) innerPronoun(o, k int, word string, outer *entity) *entity {
	t := x.toks
	var any *mentionAt
	for i := k - 1; i >= x.blockFirst[t[k].block] && i > k-150; i-- { // a paragraph's reach, bounded for very long ones
		m := x.innerMention(i, k, word, outer)
		if m == nil {
			continue
		}
		if m.from == x.blockFirst[t[k].block] || t[m.from-1].kind == tOpenQ || t[m.from-1].is(".", "!", "?") {
			return x.resolveMention(m, outer) // the subject of a sentence before: "Dr. Mendoza drew…. He told us"
		}
		if any == nil {
			any = m
		}
	}
	if any != nil {
		return x.resolveMention(any, outer)
	}
	if word == "it" {
		return nil
	}
	e, _ := x.reg.pronoun(word, t[o].start, x.paragraphBefore, outer)
	return e
}

// mentionAt is a mention inside a quote that a pronoun may stand for: the
// speaker it names and where the mention starts.
type mentionAt struct {
	sp       annotate.Speaker
	f, m     bool
	from     int
	relation bool // the quoted speaker's relation ("my wife"): known only from the quote
}

// resolveMention makes the chosen mention an entity; a person first met
// in a quote is no antecedent outside it.
func (x *extractor) resolveMention(m *mentionAt, outer *entity) *entity {
	known := len(x.reg.ents)
	e, _ := x.reg.resolve(m.sp, m.f, m.m, x.toks[m.from].start)
	if m.relation || len(x.reg.ents) > known {
		e.inner = true
	}
	if e == outer {
		return nil
	}
	return e
}

// innerMention reads token i as a mention that "he", "she" or "it" (word)
// at k may stand for: a document, the speaker's relation, a name.
func (x *extractor) innerMention(i, k int, word string, outer *entity) *mentionAt {
	t := x.toks
	w := t[i]
	if w.kind != tWord || i == 0 {
		return nil
	}
	fits := func(f, m bool) bool { return word == "he" && !f || word == "she" && !m }
	rel, kin := kinWords[w.lower]
	switch {
	case word == "it":
		if documentHeads.has(w.lower) && t[i-1].is("a", "an", "the") {
			return &mentionAt{sp: annotate.Speaker{Name: x.surface(t[i:x.npEnd(i, k)]), Kind: annotate.SpeakerPublication}, from: i - 1}
		}
	case kin && w.capitalized() || t[i-1].is("my", "our") && (isHeadNoun(w.lower) || kin):
		from := i
		if !kin || !w.capitalized() {
			from, rel = i-1, w.lower
			if kin {
				rel = kinWords[w.lower]
			}
		}
		if f, m := genderOf(rel); fits(f, m) {
			return &mentionAt{sp: annotate.Speaker{Name: outer.sp.Name + "’s " + rel, Kind: annotate.SpeakerPerson}, f: f, m: m, from: from, relation: true}
		}
	case w.capitalized() && !pronouns.has(w.lower):
		from := i
		for from-1 >= 0 && t[from-1].block == w.block && t[from-1].capitalized() {
			from--
		}
		midSentence := from > 0 && t[from-1].kind == tWord
		if !(isFirstName(w.lower) || x.reg.knownPerson(bare(w.lower)) != nil || i > from && (honorifics.has(t[from].lower) || isFirstName(t[from].lower) || midSentence)) {
			return nil // "Dr. Okonjo", "Walter", "Mendoza", "showed Packie Boyle"; not any capitalized word
		}
		if sp, f, m := x.describe(phrase{from: from, to: i + 1}); sp.Kind == annotate.SpeakerPerson && fits(f, m) {
			return &mentionAt{sp: sp, f: f, m: m, from: from}
		}
	}
	return nil
}

// innerSentenceEnd is where the sentence holding v ends inside the quote
// that closes at c.
func (x *extractor) innerSentenceEnd(v, c int) int {
	t := x.toks
	for k := v + 1; k < c; k++ {
		if t[k].kind == tPunct && (t[k].text == "." || t[k].text == "!" || t[k].text == "?") {
			return k
		}
	}
	end := c
	for end > v+1 && t[end-1].kind == tPunct {
		end--
	}
	return end
}

// closeMark is the mark closing the quotation mark at io, before c.
func (x *extractor) closeMark(io, c int) int {
	t := x.toks
	for k := io + 1; k < c && k < io+400; k++ {
		if t[k].kind == tCloseQ && t[k].single == t[io].single {
			return k
		}
		if t[k].kind == tOpenQ && t[k].single == t[io].single {
			return -1
		}
	}
	return -1
}
