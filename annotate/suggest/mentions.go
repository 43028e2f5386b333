package suggest

import "whosaid/annotate"

// noteSubject records the sentence subject as a mention, for pronouns: a
// speaker phrase followed by a verb ("Kim said", "The union has…").
func (x *extractor) noteSubject(s sentence) {
	defer x.noteMentions(s)
	i := x.subjectStart(s)
	p := x.phraseAfter(i, s.to)
	if p.empty() || pronouns.has(x.toks[p.from].lower) {
		return
	}
	v := p.to
	if v < s.to && x.toks[v].text == "," {
		// past an apposition: "Kim, the union’s leader, said"
		for v++; v < s.to && v < p.to+16 && x.toks[v].text != ","; v++ {
		}
		v++
	}
	v = x.skipAdverbials(min(v, s.to), s.to)
	if v >= s.to || x.toks[v].kind != tWord || x.toks[v].capitalized() || x.toks[v].is("who", "which", "that", "whose") {
		return
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" {
		return
	}
	x.markSubject(x.reg.resolve(sp, f, m, x.toks[p.from].start))
}

func (x *extractor) markSubject(e *entity) {
	for _, o := range x.reg.ents {
		o.subject = false
	}
	e.subject = true
}

// noteMentions records people named anywhere in a sentence ("his Chinese
// counterpart Wang Yi", "met Mao Ning, a spokeswoman") so later short
// mentions ("Wang") merge with them and pronouns can find them. A name is
// two or more capitalized words, or one after a title; places, dates,
// organizations and names after a locative preposition ("in New Haven")
// are not people. Gender comes from the first name, a title or an
// apposition.
func (x *extractor) noteMentions(s sentence) {
	t := x.toks
	for _, u := range x.units(s.from, s.to) {
		if !u.name || u.from == s.from && u.to-u.from < 2 || x.quoted[u.from] {
			continue
		}
		if u.to-u.from == 1 && isFirstName(t[u.from].lower) && !x.lowerSeen[t[u.from].lower] {
			// A first name alone: "…by his first name, Ray."
			f, m := femaleWords.has(t[u.from].lower), maleWords.has(t[u.from].lower)
			if f && m {
				f, m = false, false
			}
			x.reg.resolve(annotate.Speaker{Name: t[u.from].text, Kind: annotate.SpeakerPerson}, f, m, t[u.from].start)
			continue
		}
		run := t[u.from:u.to]
		if x.orgLike(run) && !placeLike(run) && len(run) > 1 {
			// Organizations named in passing: "the agency" and "Northern
			// Crown" later refer to them.
			x.reg.resolve(annotate.Speaker{Name: x.surface(run), Kind: annotate.SpeakerOrganization}, false, false, t[u.from].start)
			continue
		}
		if placeLike(run) || x.orgLike(run) || x.publication(run) || titleModifiers.has(run[0].lower) && u.to-u.from == 1 {
			continue
		}
		n := x.nameStart(u.from, u.to)
		titled := n > u.from || u.from > s.from && isTitleWord(t[u.from-1].lower)
		if u.to-n < 2 && !titled {
			continue
		}
		if u.from > s.from && locativePrepositions.has(t[u.from-1].lower) && !isFirstName(t[n].lower) {
			continue
		}
		title := [2]int{}
		if u.to+2 < s.to && t[u.to].text == "," && isDeterminer(t[u.to+1]) {
			title = [2]int{u.to + 1, min(s.to, u.to+4)}
		}
		lo := u.from
		if lo > s.from {
			lo--
		}
		f, m := x.gender(lo, u.to, title)
		sp := x.describeName(u.from, u, "")
		if sp.Kind != annotate.SpeakerPerson || u.from > s.from && t[u.from-1].is("the") && n == u.from {
			continue // "the Palace": people take no article
		}
		e := x.reg.resolve(sp, f, m, t[u.from].start)
		if v := x.skipAdverbials(u.to, s.to); v < s.to && t[v].kind == tWord && !t[v].capitalized() && !isPreposition(t[v].lower) && !t[v].is("and", "or", "who", "whose", "which") {
			x.markSubject(e) // "the choice Aoife Moran has made": the subject of a clause
		}
	}
}

// speakerOf turns a phrase into an entity, resolving pronouns. conf is how
// sure the attribution is.
func (x *extractor) speakerOf(p phrase) (*entity, float64) {
	t := x.toks[p.from]
	if p.to-p.from == 1 && pronouns.has(t.lower) {
		return x.reg.pronoun(t.lower, t.start)
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" {
		return nil, 0
	}
	e := x.reg.resolve(sp, f, m, t.start)
	x.markSubject(e)
	return e, 1
}
