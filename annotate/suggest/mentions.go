package suggest

import (
	"strings"

	"whosaid/annotate"
)

// noteSubject records the sentence subject as a mention, for pronouns: a
// speaker phrase followed by a verb ("Kim said", "The union has…").
func (x *extractor) noteSubject(s sentence) {
	defer x.noteMentions(s)
	i := x.subjectStart(s)
	p := x.phraseAfter(i, s.to)
	if p.empty() || pronouns.has(x.toks[p.from].lower) || p.to-p.from == 1 && x.weakName(p.from) || x.quoted[p.from] {
		return // "Black sea bass are…" names nobody; a quote's subjects are the quoted speaker's
	}
	v := p.to
	if v < s.to && x.toks[v].text == "," && p.title[1] > p.title[0] && p.title[1] <= p.from {
		v++ // the name was the apposition: "Her husband, Daniel, drives"
	} else if v < s.to && x.toks[v].text == "," {
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
	if sp.Name == "" || sp.Kind == annotate.SpeakerGroup && !x.peopleHead(p) {
		return // "The ovens are original": a plural, but no speakers
	}
	e := x.reg.resolve(sp, f, m, x.toks[p.from].start)
	x.markSubject(e)
	if e.sp.Kind == annotate.SpeakerPerson {
		x.subjectOf[x.sentOf[p.from]] = e
	}
}

// peopleHead: the phrase's head is a name or a noun of people.
func (x *extractor) peopleHead(p phrase) bool {
	us := x.units(p.from, p.to)
	h := us[x.headUnit(us)]
	return h.name || isHeadNoun(x.toks[h.from].lower)
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
			// A surname alone is a mention of the person already named so
			// ("For Brooks, who…"): the latest mention, for pronouns.
			if e := x.reg.knownPerson(t[u.from].lower); e != nil {
				e.lastPos = t[u.from].start
			}
			continue
		}
		if u.from > s.from && locativePrepositions.has(t[u.from-1].lower) && !isFirstName(t[n].lower) && !titled {
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
		if sp.Kind != annotate.SpeakerPerson || u.from > s.from && isDeterminer(t[u.from-1]) && n == u.from {
			continue // "the Palace", "its Haven Doorbell 3": people take no article
		}
		e := x.reg.resolve(sp, f, m, t[u.from].start)
		if x.clauseSubjectAt(u.to, s.to) {
			x.markSubject(e) // "the choice Aoife Moran has made": the subject of a clause
		}
	}
}

// clauseSubjectAt: a name ending at i is followed by what looks like its
// verb (a lower-case word that is no preposition or conjunction).
func (x *extractor) clauseSubjectAt(i, end int) bool {
	t := x.toks
	v := x.skipAdverbials(i, end)
	return v < end && t[v].kind == tWord && !t[v].capitalized() && !isPreposition(t[v].lower) && !t[v].is("and", "or", "who", "whose", "which")
}

// speakerOf turns a phrase into an entity, resolving pronouns. conf is how
// sure the attribution is.
func (x *extractor) speakerOf(p phrase) (*entity, float64) {
	t := x.toks[p.from]
	if p.to-p.from == 1 && (pronouns.has(t.lower) || t.is("them")) || p.epithet {
		since := x.sinceParagraphBefore(t)
		word := t.lower
		if p.epithet {
			word = "person" // "the centre-back": as "he" or "she", gender unknown
		}
		e, conf := x.reg.pronoun(word, t.start, since)
		if e != nil {
			// The pronoun is a mention: the next "she says" continues the
			// chain unless someone else is named in between.
			e.lastPos = t.start
			x.markSubject(e)
		}
		return e, conf
	}
	if p.to-p.from == 1 && t.capitalized() {
		if e := x.reg.knownPerson(bare(t.lower)); e != nil {
			// "Park told the Ledger" after "Mayor Steven Park": the person,
			// though "Park" could name a place.
			e.lastPos = t.start
			x.markSubject(e)
			return e, 1
		}
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" {
		return nil, 0
	}
	if w := nameKey(sp.Name); sp.Kind == annotate.SpeakerOrganization && companyNouns.has(w) {
		if e, conf := x.reg.company(w, t.start, x.sinceParagraphBefore(t)); e != nil {
			x.markSubject(e)
			return e, conf
		}
	}
	known := len(x.reg.ents)
	e := x.reg.resolve(sp, f, m, t.start)
	x.markSubject(e)
	if len(x.reg.ents) > known && sp.Kind == annotate.SpeakerPerson && sp.Name == strings.ToLower(sp.Name) && !(p.from > 0 && x.toks[p.from-1].is("a", "an")) {
		// "the defender added", "operator says": a new unnamed person, or
		// a person already named, called by a role the text has not given
		// them.
		return e, 0.8
	}
	return e, 1
}

// sinceParagraphBefore is where the paragraph before token t's starts: the
// reach of an unambiguous reference back.
func (x *extractor) sinceParagraphBefore(t token) int {
	if t.block == 0 {
		return 0
	}
	return x.toks[x.blockFirst[t.block-1]].start
}
