package suggest

import "whosaid/annotate"

// directQuote proposes a claim for quote qi if it is speech and can be
// attributed: by the phrase after it (“…,” Lavrov said), before it (She
// warned “…”), or as the continuation of the previous speaker's quote. It
// reports whether the quote was taken as speech (the sentence then gets no
// indirect claim).
func (x *extractor) directQuote(qi int) bool {
	q := &x.quotes[qi]
	t := x.toks
	n := x.words(q.o+1, q.c)
	if n < 2 {
		return false
	}
	from, to := t[q.o].end, t[q.c].start
	end := q.c
	sent := x.sents[x.sentOf[q.o]]
	blockEnd := q.c + 1
	for blockEnd < len(t) && t[blockEnd].block == t[q.c].block {
		blockEnd++
	}
	var e *entity
	var conf float64
	var cue, mention [2]int
	reason := ""

	// After: “…,” PHRASE [apposition] VERB | “…,” VERB PHRASE — only when
	// the quote does not end its sentence (after “….” a new one starts).
	j := q.c + 1
	endsSentence := t[q.c-1].text == "." && !(j < blockEnd && t[j].text == ",")
	if j < blockEnd && t[j].text == "," {
		j++
	}
	speech := n >= 4 && (x.endsInPunct(*q) || n >= 8)
	// A short quote is an utterance only when it opens its sentence
	// (“Storage helps,” said Ortiz); inside a sentence it is a nickname,
	// title or term ("the Rattler").
	if !endsSentence && (speech || q.o == sent.from) {
		if v := x.verbWithin(j, blockEnd, 14); v >= 0 {
			var p phrase
			if v == j {
				p = x.phraseAfter(v+1, blockEnd)
			} else {
				p = x.subjectBefore(j, v)
			}
			if !p.empty() {
				e, conf = x.speakerOf(p)
				conf *= 0.95
				cue, mention = x.span2(v, v+1), x.mentionSpan(p)
				reason = "quotation attributed after the quote"
				// Interrupted: “A,” he said, “B.” — the words after the
				// attribution continue the same quote.
				for k := max(v, p.to); k+1 < blockEnd && k < max(v, p.to)+16; k++ {
					if t[k].text == "." || t[k].kind == tCloseQ {
						break
					}
					if t[k].text == "," && t[k+1].kind == tOpenQ {
						for qj := qi + 1; qj < len(x.quotes); qj++ {
							if x.quotes[qj].o == k+1 {
								x.quotes[qj].done = true
								end = x.quotes[qj].c
								to = t[end].start
								reason = "interrupted quotation"
							}
						}
						break
					}
				}
			}
		}
	}
	// Before: PHRASE [adv] VERB [object] [:,] “…” — a whole utterance, or
	// a short one right after the verb and a colon or comma ("she said:
	// “We already have.”"); "posted a message on Monday: ‘…’" too.
	introduced := q.o-1 >= sent.from && (t[q.o-1].text == ":" || t[q.o-1].text == ",")
	if e == nil && (speech || introduced && n >= 2) {
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
		if i >= sent.from && reportingVerbs.has(t[i].lower) {
			p := x.subjectBefore(x.subjectStart(sent), i)
			if p.empty() {
				if b := x.skipAdverbialsBack(i-1, sent.from); b >= sent.from && pronouns.has(t[b].lower) {
					p = phrase{from: b, to: b + 1} // "Asked whether…, she said: “…”"
				}
			}
			if !p.empty() {
				e, conf = x.speakerOf(p)
				conf *= 0.9
				cue, mention = x.span2(i, i+1), x.mentionSpan(p)
				reason = "quotation introduced by a reporting verb"
			}
		}
	}
	// Continuation: an unattributed quote that opens its sentence belongs
	// to the speaker of the claim just before it, in this paragraph or the
	// last (guidelines 2.7); the further and the less direct, the less sure.
	if e == nil && q.o == sent.from && x.last != nil && (speech || n >= 2 && x.endsInPunct(*q) && t[q.o].block == x.last.block) {
		switch gap := t[q.o].block - x.last.block; {
		case gap == 0 && x.last.direct:
			e, conf = x.last.e, 0.82
		case gap == 0:
			e, conf = x.last.e, 0.7
		case gap == 1 && x.last.direct:
			e, conf = x.last.e, 0.65
		case gap == 1:
			e, conf = x.last.e, 0.6
		}
		reason = "continues the previous speaker's words"
		cue, mention = [2]int{}, [2]int{}
		conf = min(conf, x.last.conf) // no surer than the attribution it continues
	}
	if e == nil {
		// A quote that opens its sentence is speech nobody claimed; one
		// inside a sentence is a fragment of it (scare quote, title, term).
		return speech && q.o == sent.from
	}
	for k := q.o; k <= end; k++ {
		x.inQ[k] = qi + 1
	}
	x.add(from, to, e, annotate.AttrDirect, cue, mention, conf, reason)
	last := x.last
	x.innerClaims(q.o, end, e)
	x.last = last
	return true
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
