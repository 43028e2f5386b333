package suggest

import (
	"strings"

	"whosaid/annotate"
)

// attribution is who a quote is given to, how surely and why.
type attribution struct {
	src          source
	form         float64 // what the quote's form is worth (source.confidence)
	cue, mention [2]int
	reason       string
	end          int // the closing mark of the claim (a later one when interrupted)
}

// directQuote proposes a claim for quote qi if it is speech and can be
// attributed: by the phrase after it (“…,” Lavrov said), before it (She
// warned “…”), or as the continuation of the previous speaker's words. It
// reports whether the quote was taken as speech (the sentence then gets no
// indirect claim).
func (x *extractor) directQuote(qi int) bool {
	q := &x.quotes[qi]
	t := x.toks
	n := x.words(q.o+1, q.c)
	if n < 2 {
		return false
	}
	sent := x.sents[x.sentOf[q.o]]
	speech := n >= 4 && (x.endsInPunct(*q) || n >= 8)
	a := x.attributedAfter(qi, sent, speech)
	if a == nil {
		a = x.attributedBefore(*q, sent, speech, n)
	}
	if a == nil {
		a = x.continued(*q, sent, speech, n)
	}
	if a == nil {
		a = x.signQuote(qi, sent)
	}
	if a == nil {
		// A quote that opens its sentence is speech nobody claimed; one
		// inside a sentence is a fragment of it (scare quote, title, term).
		return speech && q.o == sent.from
	}
	for k := q.o; k <= a.end; k++ {
		x.inQ[k] = qi + 1
	}
	x.add(t[q.o].end, t[a.end].start, a.src, annotate.AttrDirect, a.cue, a.mention, a.form, a.reason)
	last := x.last
	x.innerClaims(q.o, a.end, a.src.e)
	x.last = last
	return true
}

// attributedAfter: “…,” PHRASE [apposition] VERB | “…,” VERB PHRASE — only
// when the quote does not end its sentence (after “….” a new one starts).
// A short quote is an utterance only when it opens its sentence (“Storage
// helps,” said Ortiz); inside a sentence it is a nickname, title or term.
// “A,” he said, “B.” is one interrupted quote.
func (x *extractor) attributedAfter(qi int, sent sentence, speech bool) *attribution {
	q := x.quotes[qi]
	t := x.toks
	blockEnd := x.blockEnd(x.blockFirst, t[q.c].block)
	j := q.c + 1
	endsSentence := t[q.c-1].text == "." && !(j < blockEnd && t[j].text == ",")
	if j < blockEnd && t[j].text == "," {
		j++
	}
	if endsSentence || !speech && q.o != sent.from {
		return nil
	}
	v := x.verbWithin(j, blockEnd, 14)
	if v < 0 {
		return nil
	}
	p := x.subjectBefore(j, v)
	if v == j {
		p = x.phraseAfter(v+1, blockEnd)
	} else if p.empty() {
		p = x.someone(j, v)
	}
	if p.empty() {
		p = x.epithet(j, v) // "‘…,’ the centre-back said"
	}
	if p.empty() {
		return nil
	}
	a := &attribution{cue: x.span2(v, v+1), mention: x.mentionSpan(p), reason: "quotation attributed after the quote", end: q.c, form: 0.95}
	a.src = x.speakerOf(p)
	for k := max(v, p.to); k+1 < blockEnd && k < max(v, p.to)+16; k++ {
		if t[k].text == "." || t[k].kind == tCloseQ {
			break
		}
		if t[k].text == "," && t[k+1].kind == tOpenQ {
			for qj := qi + 1; qj < len(x.quotes); qj++ {
				if x.quotes[qj].o == k+1 {
					x.quotes[qj].done = true
					a.end, a.reason = x.quotes[qj].c, "interrupted quotation"
				}
			}
			break
		}
	}
	if a.src.e == nil {
		return nil
	}
	return a
}

// someone reads [from, to) before the verb of a quote's attribution as an
// unnamed individual when it is an indefinite article and a few lower-case
// words no list knows ("“…,” one user wrote", "a passer-by said"): after a
// quote, that frame leaves no other reading.
func (x *extractor) someone(from, to int) phrase {
	t := x.toks
	if to-from < 2 || to-from > 4 || !t[from].is("a", "an", "one", "another") || !x.plainWords(from+1, to) {
		return phrase{}
	}
	return phrase{from: from, to: to, anonymous: true}
}

// plainWords: [from, to) holds only lower-case words that are no function
// word or adverb: the nouns and adjectives of a description.
func (x *extractor) plainWords(from, to int) bool {
	for _, w := range x.toks[from:to] {
		if w.kind != tWord || w.capitalized() || notSubject.has(w.lower) || determiners.has(w.lower) || strings.HasSuffix(w.lower, "ly") {
			return false
		}
	}
	return true
}

// epithet reads [from, to) before the verb of a quote's attribution as a
// definite description of a person already in the story when it is "the"
// and a few lower-case words no list knows ("the centre-back said", "the
// 34-year-old said"): journalists name the same person again that way.
func (x *extractor) epithet(from, to int) phrase {
	if to-from < 2 || to-from > 3 || !x.toks[from].is("the") || !x.plainWords(from+1, to) {
		return phrase{}
	}
	return phrase{from: from, to: to, epithet: true}
}

// attributionFollows: the quote is followed by a comma and a reporting
// verb within a few words ("“…,” one regular grumbled"): someone is named
// as its speaker, even if the phrase could not be read, so it continues
// nobody's words.
func (x *extractor) attributionFollows(q quote) bool {
	t := x.toks
	j := q.c + 1
	if j < len(t) && t[j].text == "," {
		j++
	} else if t[q.c-1].text != "," {
		return false
	}
	hi := j
	for hi < len(t) && hi < j+6 && t[hi].block == t[q.c].block {
		hi++
	}
	return j < hi && x.verbWithin(j, hi, 6) >= 0
}

// attributedBefore: PHRASE [adv] VERB [object] [:,] “…” — a whole
// utterance, or a short one right after the verb and a colon or comma
// ("she said: “We already have.”"); "posted a message on Monday: ‘…’" too.
func (x *extractor) attributedBefore(q quote, sent sentence, speech bool, n int) *attribution {
	t := x.toks
	introduced := q.o-1 >= sent.from && (t[q.o-1].text == ":" || t[q.o-1].text == ",")
	if !speech && !(introduced && n >= 2) {
		return nil
	}
	i := q.o - 1
	if introduced {
		i--
	}
	for k := 0; k < 2 && i >= sent.from && objectWords.has(t[i].lower) && !reportingVerbs.has(t[i].lower); k++ {
		i--
	}
	if !(i >= sent.from && reportingVerbs.has(t[i].lower)) && speech && introduced && t[q.o-1].text == ":" {
		i = x.reportingVerbIn(x.subjectStart(sent)+1, q.o-1)
	}
	if i < sent.from || !reportingVerbs.has(t[i].lower) {
		return nil
	}
	p := x.subjectBefore(x.subjectStart(sent), i)
	if p.empty() {
		if b := x.skipAdverbialsBack(i-1, sent.from); b >= sent.from && pronouns.has(t[b].lower) {
			p = phrase{from: b, to: b + 1} // "Asked whether…, she said: “…”"
		}
	}
	if p.empty() {
		return nil
	}
	a := &attribution{cue: x.span2(i, i+1), mention: x.mentionSpan(p), reason: "quotation introduced by a reporting verb", end: q.c, form: 0.9}
	a.src = x.speakerOf(p)
	if a.src.e == nil {
		return nil
	}
	return a
}

// continued: an unattributed quote that opens its sentence belongs to the
// speaker of the claim just before it, in this paragraph or the last
// (guidelines 2.7); the further and the less direct, the less sure, and
// never surer than the attribution it continues.
func (x *extractor) continued(q quote, sent sentence, speech bool, n int) *attribution {
	t := x.toks
	if q.o != sent.from || x.last == nil || !(speech || n >= 2 && x.endsInPunct(q) && t[q.o].block == x.last.block) || x.attributionFollows(q) {
		return nil
	}
	if si := x.sentOf[q.o]; si > 0 && t[x.sents[si-1].from].block == t[q.o].block {
		if e := x.subjectOf[si-1]; e != nil && e != x.last.e {
			// "Pruitt rolls her eyes. “I yelled plenty.”": the quote is
			// the words of the person the sentence before is about.
			return &attribution{src: source{e: e, sure: 1, ev: EvidenceTopic}, form: 0.7, reason: "quotation after a sentence about its speaker", end: q.c}
		}
	}
	a := &attribution{src: source{e: x.last.e, sure: 1, ev: EvidenceContinuation}, reason: "continues the previous speaker's words", end: q.c}
	switch gap := t[q.o].block - x.last.block; {
	case gap == 0 && x.last.direct:
		a.form = 0.82
	case gap == 0:
		a.form = 0.7
	case gap == 1 && x.last.direct:
		a.form = 0.65
	case gap == 1:
		a.form = 0.6
	default:
		return nil
	}
	a.form = min(a.form, x.last.conf)
	return a
}

// endsInPunct: the quote's last word is followed by , . ! ? … or a dash.
func (x *extractor) endsInPunct(q quote) bool {
	last := x.toks[q.c-1]
	if last.kind != tPunct {
		return false
	}
	switch last.text {
	case ",", ".", "!", "?", "…", "—":
		return true
	}
	return false
}

// verbWithin finds the first reporting verb in [from, min(hi, from+n)),
// stopping at a sentence end or a quotation mark.
func (x *extractor) verbWithin(from, hi, n int) int {
	t := x.toks
	for k := from; k < hi && k < from+n; k++ {
		if t[k].text == "." || t[k].text == "!" || t[k].text == "?" || t[k].kind == tOpenQ || t[k].kind == tCloseQ {
			return -1
		}
		if t[k].kind == tWord && !t[k].capitalized() && in(reportingVerbs, t[k].lower) {
			return k
		}
		if t[k].kind == tWord && t[k].capitalized() && k == from && in(reportingVerbs, t[k].lower) {
			return k
		}
	}
	return -1
}

// signWords are things people carry or put up with words on them.
var signWords = &lexicon{words: `sign signs placard placards banner banners poster posters t-shirt t-shirts shirt
shirts billboard billboards board boards card cards`}

// signQuote: the words on a sign ("some holding signs reading “Cedar Is
// For Everyone”", "placards that read “…” and “…”", "A sign taped to the
// door by staff read: “…”") are a claim of whoever wrote it, or else of
// those who carry it: the sentence's subject (guidelines 1, written
// words). Who carries a sign is read from the sentence, not said, so it
// is low-confidence.
func (x *extractor) signQuote(qi int, sent sentence) *attribution {
	t := x.toks
	q := x.quotes[qi]
	i := q.o - 1
	if i > sent.from && t[i].is("and", "or") && t[i-1].kind == tCloseQ {
		for pj := qi - 1; pj >= 0; pj-- {
			if x.quotes[pj].c == i-1 { // the second of two signs: “…” and “…”
				if a := x.signQuote(pj, sent); a != nil {
					a.end = q.c
					return a
				}
				break
			}
		}
		return nil
	}
	if i > sent.from && t[i].text == ":" {
		i--
	}
	if i <= sent.from || !t[i].is("reading", "read", "reads", "saying") {
		return nil
	}
	j := i - 1
	if t[j].is("that", "which") {
		j--
	}
	sign := -1
	for k := j; k >= sent.from && k >= j-8 && sign < 0; k-- {
		if signWords.has(t[k].lower) {
			sign = k
		}
	}
	if sign < 0 {
		return nil
	}
	p := x.signAuthor(sent, sign, i, j)
	if p.empty() {
		return nil
	}
	a := &attribution{src: x.speakerOf(p), form: 0.75, cue: x.span2(i, i+1), mention: x.mentionSpan(p), reason: "words on a sign", end: q.c}
	if a.src.e == nil {
		return nil
	}
	return a
}

// signAuthor is who wrote or carries the sign at token sign, read before
// "read(ing)" at i: "by staff" (j ends the sign's phrase), else the
// sentence's subject, else the group named before the sign.
func (x *extractor) signAuthor(sent sentence, sign, i, j int) phrase {
	t := x.toks
	var p phrase
	for k := sign + 1; k < i; k++ {
		if t[k].is("by") {
			p = x.checkNP(k+1, j+1) // "taped to the front door by staff"
		}
	}
	if p.empty() {
		start := x.subjectStart(sent)
		v := start + 1
		for v < sign && !(t[v].kind == tWord && !t[v].capitalized() && (auxiliaries.has(t[v].lower) || irregularParticiples.has(t[v].lower) || len(t[v].lower) > 4 && strings.HasSuffix(t[v].lower, "ed"))) {
			v++ // the subject's verb: "Supporters of the plan filled…", "Opponents of the project held…"
		}
		p = x.phraseAfter(start, v)
	}
	for k := sign - 1; p.empty() && k >= sent.from; k-- {
		if t[k].kind == tWord && !t[k].capitalized() && isPluralPeople(t[k].lower) {
			p = phrase{from: k, to: k + 1} // "about 150 strikers were walking the line, some carrying signs"
		}
	}
	return p
}
