package suggest

import (
	"strings"

	"whosaid/annotate"
)

// noteSubject records the sentence subject as a mention, for pronouns: a
// speaker phrase followed by a verb ("Kim said", "The union has…").
func (x *extractor) noteSubject(s sentence) {
	x.noteMentions(s)
	i := x.subjectStart(s)
	p := x.phraseAfter(i, s.to)
	if p.empty() || pronouns.has(x.toks[p.from].lower) || p.to-p.from == 1 && x.weakName(p.from) || x.quoted[p.from] {
		return // "Black sea bass are…" names nobody; a quote's subjects are the quoted speaker's
	}
	v := x.verbAfterAppositions(p, s.to)
	if v >= s.to || x.toks[v].kind != tWord || x.toks[v].capitalized() || x.toks[v].is("who", "which", "that", "whose", "and", "or", "but") || isPreposition(x.toks[v].lower) || pronouns.has(x.toks[v].lower) {
		return // "The son of a trucker, he says…": a description of the pronoun's person, no subject of its own
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" || sp.Kind == annotate.SpeakerGroup && !x.peopleHead(p) {
		return // "The ovens are original": a plural, but no speakers
	}
	named := x.named(p, sp)
	if nsp, nf, nm, ok := x.identity(sp, v, s.to); ok {
		sp, f, m, named = nsp, nf, nm, true
	}
	var e *entity
	if w := nameKey(sp.Name); sp.Kind == annotate.SpeakerOrganization && companyNouns.has(w) {
		e, _ = x.reg.company(w, x.toks[p.from].start, x.sinceParagraphBefore(x.toks[p.from])) // as a speaker would be
	}
	if e == nil {
		e, _ = x.reg.resolve(sp, f, m, x.toks[p.from].start)
	}
	e.named = e.named || named
	x.markSubject(e)
	if e.sp.Kind == annotate.SpeakerPerson {
		x.subjectOf[x.sentOf[p.from]] = e
	}
}

// identity: a sentence that says who an unnamed person is ("The master
// glazier then was a Yorkshireman named Walter Prior", "Her lawyer is Ana
// Ruiz") makes the description a name of that person, not a person of its
// own: the named person is the subject, with the description as an alias.
func (x *extractor) identity(sp annotate.Speaker, v, end int) (annotate.Speaker, bool, bool, bool) {
	if sp.Kind != annotate.SpeakerPerson || sp.Name != strings.ToLower(sp.Name) || !x.toks[v].is("is", "was") {
		return sp, false, false, false
	}
	q := x.phraseAfter(x.skipAdverbials(v+1, end), end)
	if q.empty() {
		return sp, false, false, false
	}
	named, f, m := x.describe(q)
	if named.Kind != annotate.SpeakerPerson || named.Name == strings.ToLower(named.Name) {
		return sp, false, false, false
	}
	named.Aliases = append(named.Aliases, sp.Name)
	return named, f, m, true
}

// verbAfterAppositions is where the verb of the subject p should stand:
// past its appositions, ages and relative clauses ("Kim, the union’s
// leader, said", "A retired fisherman, Gordon Pell, 83, sits", "Her
// husband, Daniel, drives"). A segment between commas that opens with a
// lower-case word other than an article or a relative pronoun is the verb
// phrase itself.
func (x *extractor) verbAfterAppositions(p phrase, end int) int {
	t := x.toks
	v := p.to
	if v >= end || t[v].text != "," {
		return x.skipAdverbials(v, end)
	}
	for n := 0; n < 4; n++ {
		v++ // past the comma, at the start of a segment
		if v >= end {
			return end
		}
		if w := t[v]; w.kind == tWord && !w.capitalized() && !isDeterminer(w) && !w.is("who", "whose", "which", "whom") {
			return x.skipAdverbials(v, end)
		}
		for v < end && t[v].text != "," {
			v++
		}
		if v >= end {
			return end
		}
	}
	return end
}

// peopleHead: the phrase's head is a name or a noun of people.
func (x *extractor) peopleHead(p phrase) bool {
	us := x.units(p.from, p.to)
	h := us[x.headUnit(us)]
	return h.name || isHeadNoun(x.toks[h.from].lower)
}

// markSubject: e's latest mention is the latest sentence subject.
func (x *extractor) markSubject(e *entity) {
	x.reg.topic = e
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
		if !u.name || x.quoted[u.from] {
			continue
		}
		if u.from == s.from && u.to-u.from < 2 {
			x.surnameMention(u.from) // a sentence's first word is a name only if it is a known surname
			continue
		}
		if u.to-u.from == 1 && isFirstName(t[u.from].lower) && !x.lowerSeen[t[u.from].lower] {
			// A first name alone: "…by his first name, Ray."
			f, m := genderOf(t[u.from].lower)
			if f && m {
				f, m = false, false
			}
			e, _ := x.reg.resolve(annotate.Speaker{Name: t[u.from].text, Kind: annotate.SpeakerPerson}, f, m, t[u.from].start)
			e.named = true
			continue
		}
		run := t[u.from:u.to]
		if x.orgLike(run) && !placeLike(run) && len(run) > 1 {
			// Organizations named in passing: "the agency" and "Northern
			// Crown" later refer to them.
			e, _ := x.reg.resolve(annotate.Speaker{Name: x.surface(run), Kind: annotate.SpeakerOrganization}, false, false, t[u.from].start)
			e.named = true
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
			x.surnameMention(u.from)
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
		e, _ := x.reg.resolve(sp, f, m, t[u.from].start)
		e.named = true
		if x.clauseSubjectAt(u.to, s.to) {
			x.markSubject(e) // "the choice Aoife Moran has made": the subject of a clause
		}
	}
}

// surnameMention: the word at k, a surname alone ("For Brooks, who…",
// "Castellanos’s daughter…"), is a passing mention of the person named so.
func (x *extractor) surnameMention(k int) {
	if e := x.reg.knownPerson(bare(x.toks[k].lower)); e != nil {
		e.mentioned(x.toks[k].start)
	}
}

// clauseSubjectAt: a name ending at i is followed by what looks like its
// verb (a lower-case word that is no preposition or conjunction).
func (x *extractor) clauseSubjectAt(i, end int) bool {
	t := x.toks
	v := x.skipAdverbials(i, end)
	return v < end && t[v].kind == tWord && !t[v].capitalized() && !isPreposition(t[v].lower) && !t[v].is("and", "or", "who", "whose", "which")
}

// speakerOf turns a phrase into the source of a claim, resolving
// pronouns, epithets, surnames and definite descriptions.
func (x *extractor) speakerOf(p phrase) source {
	t := x.toks[p.from]
	if p.to-p.from == 1 && (pronouns.has(t.lower) || t.is("them")) || p.epithet {
		word, ev := t.lower, EvidencePronoun
		if p.epithet {
			word, ev = "person", EvidenceEpithet // "the centre-back": as "he" or "she", gender unknown
		}
		e, conf := x.reg.pronoun(word, t.start, x.paragraphBefore, nil)
		if e != nil {
			// The pronoun is a mention: the next "she says" continues the
			// chain unless someone else is named in between.
			e.lastPos = t.start
			x.markSubject(e)
		}
		return source{e: e, sure: conf, ev: ev}
	}
	if p.to-p.from == 1 && t.capitalized() {
		if e := x.reg.knownPerson(bare(t.lower)); e != nil {
			// "Park told the Ledger" after "Mayor Steven Park": the person,
			// though "Park" could name a place.
			e.lastPos = t.start
			e.named = true
			x.markSubject(e)
			return source{e: e, sure: 1, ev: EvidenceName}
		}
	}
	sp, f, m := x.describe(p)
	if sp.Name == "" {
		return source{}
	}
	if w := nameKey(sp.Name); sp.Kind == annotate.SpeakerOrganization && companyNouns.has(w) {
		if e, conf := x.reg.company(w, t.start, x.sinceParagraphBefore(t)); e != nil {
			x.markSubject(e)
			return source{e: e, sure: conf, ev: EvidenceDefinite}
		}
	}
	known := len(x.reg.ents)
	e, described := x.reg.resolve(sp, f, m, t.start)
	if p.late {
		e.named = true
		x.markSubject(e)
		return source{e: e, sure: 0.8, ev: EvidenceName}
	}
	x.markSubject(e)
	ev := EvidenceDescription
	named := x.named(p, sp)
	e.named = e.named || named
	switch {
	case described:
		ev = EvidenceDefinite
	case named:
		ev = EvidenceName
		if x.partOfName(p, sp) {
			return source{e: e, sure: partNameSure, ev: ev}
		}
	}
	if (len(x.reg.ents) > known || e.sp.Name == sp.Name) && sp.Kind == annotate.SpeakerPerson && !named && !(p.from > 0 && x.toks[p.from-1].is("a", "an")) {
		// "the defender added", "operator says": a new unnamed person, or
		// a person already named, called by a role the text has not given
		// them; "the owner of the factory" again, still unnamed: news
		// names its sources, so the role is probably someone's named
		// elsewhere (later, often).
		return source{e: e, sure: 0.8, ev: EvidenceRole}
	}
	return source{e: e, sure: 1, ev: ev}
}

// named: the speaker sp read from phrase p is a proper name ("Harcourt
// Foods", "Mayor Ellen Park", "a grandmother named Lorraine Ebbs"), not a
// common noun that a name only modifies or follows ("the owner of a
// factory in northern England"): a capital letter somewhere in a
// description makes it no name.
func (x *extractor) named(p phrase, sp annotate.Speaker) bool {
	if sp.Name == strings.ToLower(sp.Name) {
		return false
	}
	from := p.from
	for from < p.to-1 && determiners.has(x.toks[from].lower) {
		from++
	}
	us := x.units(from, p.to)
	if len(us) == 0 {
		return true
	}
	h := us[x.headUnit(us)]
	head := x.surface(x.toks[h.from:h.to])
	return h.name || !strings.HasPrefix(sp.Name, head) && !strings.Contains(sp.Name, " "+head)
}

// sinceParagraphBefore is where the paragraph before token t's starts: the
// reach of an unambiguous reference back.
func (x *extractor) sinceParagraphBefore(t token) int {
	if t.block == 0 {
		return 0
	}
	return x.toks[x.blockFirst[t.block-1]].start
}

// paragraphBefore is where the paragraph before the one holding offset
// starts.
func (x *extractor) paragraphBefore(offset int) int {
	return x.sinceParagraphBefore(x.toks[x.tokenAt(offset)])
}
