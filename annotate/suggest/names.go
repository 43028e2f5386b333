package suggest

import (
	"strings"

	"whosaid/annotate"
)

// unit is a piece of a speaker phrase: a proper name (a run of capitalized
// words with its particles and the connectors of an organization's name,
// "Department of Labor") or one lower-case word.
type unit struct {
	from, to int
	name     bool
}

// commonAtStart tells whether a capitalized word is only capitalized
// because it opens a sentence or a quote: its lower-case form is a noun of
// people, organizations or documents, or is used in lower case elsewhere in
// the article ("Officials at the ministry said", "Court filings show").
func (x *extractor) commonAtStart(k int) bool {
	t := x.toks[k]
	if !t.capitalized() || isAllCaps(t.text) {
		return false
	}
	start := k == x.sents[x.sentOf[k]].from || k > 0 && x.toks[k-1].kind == tOpenQ
	if !start {
		return false
	}
	w := bare(t.lower)
	if isPreposition(w) || notSubject.has(w) {
		return true // "On Haven’s forums, …": a preposition or conjunction, never a name's first word
	}
	if k+1 < len(x.toks) && x.toks[k+1].capitalized() && !determiners.has(w) && !isTitleWord(w) && !isFirstName(x.toks[k+1].lower) {
		return false // "Western Lakes …", "Passenger Voice North": a name opening the sentence
	}
	if x.weakName(k) && k+1 < len(x.toks) && x.toks[k+1].kind == tWord && !x.toks[k+1].capitalized() && isHeadNoun(x.toks[k+1].lower) {
		return true // "Ridership figures show…": a modifier, not a name
	}
	return determiners.has(w) || leadingAdverbials.has(w) || !isFirstName(w) && (isHeadNoun(w) || x.lowerSeen[w] ||
		strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "wards"))
}

// weakName: the capitalized word at k opens its sentence (or a quote) and
// nothing else tells it is a name: the article never capitalizes it
// elsewhere, and it is no listed first name, acronym, country, outlet or
// organization word ("Black sea bass are…", "Ridership figures show…").
func (x *extractor) weakName(k int) bool {
	t := x.toks[k]
	w := bare(t.lower)
	return t.capitalized() && !isAllCaps(t.text) && !x.capSeen[t.lower] && !isFirstName(w) && !countries.has(w) &&
		!publicationWords.has(w) && !organizationWords.has(w) && (k == x.sents[x.sentOf[k]].from || k > 0 && x.toks[k-1].kind == tOpenQ)
}

// units splits the phrase [from, to) into names and lower-case words.
func (x *extractor) units(from, to int) []unit {
	t := x.toks
	var us []unit
	for k := from; k < to; {
		if !t[k].capitalized() || x.commonAtStart(k) || calendarWords.has(t[k].lower) {
			us = append(us, unit{k, k + 1, false})
			k++
			continue
		}
		j := k + 1
		for j < to {
			switch {
			case t[j].capitalized() && !isPossessive(t[j-1]):
				j++
				continue
			case t[j].capitalized() && x.orgAhead(j, to):
				j++ // "Sheriff’s Office", "Huntington’s Disease Foundation"
				continue
			case x.particle(j, k, to):
				j++
				continue
			case j+1 < to && t[j].is("of", "for", "and", "&", "on") && (x.orgLike(t[k:j]) || isTitleWord(t[j-1].lower) || t[j].is("and", "&") && x.orgLike(t[j+1:to]) ||
				k > 0 && t[k-1].is("the") && x.orgAhead(j+1, to)):
				// "the Gulf of Maine Conservation Trust": after "the", a name
				// that runs on to an organization word is one organization.
				if t[j+1].capitalized() && !calendarWords.has(t[j+1].lower) { // not "Corvane Systems on Monday"
					j += 2
					continue
				}
				if j+2 < to && t[j+1].is("the") && t[j+2].capitalized() {
					j += 3
					continue
				}
			}
			break
		}
		us = append(us, unit{k, j, true})
		k = j
	}
	return us
}

// orgAhead: the capitalized words from j on end in an organization word.
func (x *extractor) orgAhead(j, to int) bool {
	for k := j; k < to && x.toks[k].capitalized(); k++ {
		if organizationWords.has(bare(x.toks[k].lower)) {
			return true
		}
	}
	return false
}

// particle tells whether token i is a name particle between capitalized
// words ("Willem de Boer", "Ursula von der Leyen").
func (x *extractor) particle(i, lo, hi int) bool {
	t := x.toks
	if i-1 < lo || i+1 >= hi || !nameParticles.has(t[i].lower) || t[i].capitalized() || !t[i-1].capitalized() {
		return false
	}
	return t[i+1].capitalized() || nameParticles.has(t[i+1].lower) && i+2 < hi && t[i+2].capitalized()
}

// headUnit is the unit the phrase is about: the last one before an
// attachment (a preposition, a participle, a relative pronoun).
func (x *extractor) headUnit(us []unit) int {
	for i := 1; i < len(us); i++ {
		u := us[i]
		if u.name {
			continue
		}
		t := x.toks[u.from]
		if isPreposition(t.lower) || isParticiple(t) || postAdjectives.has(t.lower) || t.is("who", "which", "that") {
			return i - 1
		}
	}
	return len(us) - 1
}

// orgLike: the run holds an organization word ("White House", "Foreign
// Ministry", "Chamber of Commerce") or is made of countries ("Kenya and
// Uganda").
func (x *extractor) orgLike(run []token) bool {
	places := len(run) > 0
	for i, t := range run {
		w := bare(t.lower)
		// The organization word ends the name or comes before its "of":
		// "Harbor Trust", "Bank of England"; not "Police Chief Ana Ruiz".
		last := i == len(run)-1 || run[i+1].is("of", "for", "and", "&", "on") || !run[i+1].capitalized()
		if t.capitalized() && organizationWords.has(w) && last {
			return true
		}
		if !countries.has(w) && !t.is("and") {
			places = false
		}
	}
	return places
}

// placeLike: a street, road, river or other place, or a date.
func placeLike(run []token) bool {
	if len(run) == 0 || len(run) > 1 && isFirstName(run[0].lower) {
		return false
	}
	last := run[len(run)-1]
	if last.capitalized() && placeWords.has(last.lower) {
		return true
	}
	if len(run) == 1 && calendarWords.has(last.lower) {
		return true
	}
	if len(run) <= 3 {
		key := run[0].lower
		for _, t := range run[1:] {
			key += "-" + t.lower
		}
		if regions.has(key) {
			return true // "South Dakota", "Ohio"
		}
	}
	return run[0].is("route", "highway", "interstate", "cape", "mount", "mt.", "lake", "fort", "isle")
}

// nameStart is where the name begins in a capitalized run: the words before
// it are a title. A word is a title when it is listed ("Mayor", "Police
// Chief", "Dr."), when the article uses it in lower case ("Baker …" where
// "the baker" occurs), or when it has the form of an agent noun before a
// full name ("Groundskeeper Wendell Ames"); a listed first name never is.
func (x *extractor) nameStart(from, to int) int {
	t := x.toks
	k := from
	// Everything up to the last listed role word is title: "Chief Financial
	// Officer Piet van Rooyen".
	for j := to - 2; j > from && isTitleWord(t[from].lower) && !isFirstName(t[from].lower); j-- {
		if w := bare(t[j].lower); (roleWords.has(w) || honorifics.has(w)) && !isFirstName(w) && !titleModifiers.has(w) {
			k = j + 1
			break
		}
	}
	for ; k < to-1; k++ {
		w := bare(t[k].lower)
		rest := to - k - 1
		switch {
		case honorifics.has(w):
		case isTitleWord(w) && !(isFirstName(w) && rest <= 1):
		case t[k].is("of", "for", "and") && k+1 < to && isTitleWord(t[k+1].lower):
		case !isFirstName(w) && x.lowerSeen[w] && !nameParticles.has(w) && isFirstName(t[k+1].lower):
		case !isFirstName(w) && rest >= 2 && isAgentNoun(w) && isFirstName(t[k+1].lower):
		default:
			return k
		}
	}
	return k
}

// describe turns a phrase into a speaker: its name, title and kind, and
// whether it is known to be female or male.
func (x *extractor) describe(p phrase) (annotate.Speaker, bool, bool) {
	var sp annotate.Speaker
	from, to := p.from, p.to
	for from < to-1 && determiners.has(x.toks[from].lower) {
		from++
	}
	if from >= to {
		return sp, false, false
	}
	female, male := x.gender(from, to, p.title)
	title := ""
	if p.title[1] > p.title[0] {
		a := p.title[0]
		for a < p.title[1]-1 && determiners.has(x.toks[a].lower) {
			a++
		}
		title = x.surface(x.toks[a:p.title[1]])
	}
	if p.anonymous {
		sp.Kind, sp.Name, sp.Title = annotate.SpeakerAnonymous, x.surface(x.toks[from:to]), title
		return sp, female, male
	}
	if x.commaName(from, to) {
		sp.Kind, sp.Name = annotate.SpeakerOrganization, x.surface(x.toks[from:to])
		return sp, false, false
	}
	us := x.units(from, to)
	if sp, ok := x.namedOrHeaded(p, from, us, title); ok {
		return sp, female, male
	}
	hw := bare(x.toks[us[x.headUnit(us)].from].lower)
	if !isHeadNoun(hw) && !(isPlural(hw) && (!x.toks[us[x.headUnit(us)].from].capitalized() || us[x.headUnit(us)].from > p.from)) {
		return sp, false, false // "This", "The bridge": not a source
	}
	if documentHeads.has(hw) {
		// A document by a named author speaks for the author: "a World Bank
		// report", "figures from the Office for National Statistics", "a
		// study by Dr. Lee", "a statement from the department".
		if a, ok := x.author(us, x.headUnit(us)); ok {
			return x.describe(a)
		}
		sp.Kind = annotate.SpeakerPublication
	}
	sp.Name = x.surface(x.toks[from:to])
	sp.Title = title
	switch {
	case sp.Kind == annotate.SpeakerPublication || publicationWords.has(hw):
		sp.Kind = annotate.SpeakerPublication // a document, "Russian state television"
	case isPluralPeople(hw) || hw == "police" || isPlural(hw):
		sp.Kind = annotate.SpeakerGroup
	case organizationWords.has(hw):
		sp.Kind = annotate.SpeakerOrganization
	case anonymousHeads.has(hw) || x.toks[from].is("a", "an", "another") || from > 0 && x.toks[from-1].is("a", "an", "another"):
		// an unnamed individual: "a sheriff’s deputy", "a man with a rifle"
		sp.Kind = annotate.SpeakerAnonymous
	default:
		sp.Kind = annotate.SpeakerPerson
	}
	return sp, female, male
}

// namedOrHeaded: a phrase whose speaker is a proper name: "a grandmother
// named Lorraine Ebbs", or a head that is a name ("Mayor Ellen Park", "the
// Palace" — no person takes an article).
func (x *extractor) namedOrHeaded(p phrase, from int, us []unit, title string) (annotate.Speaker, bool) {
	for i := 1; i+1 < len(us); i++ {
		if !us[i].name && x.toks[us[i].from].is("named", "called") && us[i+1].name && i+2 == len(us) {
			return x.describeName(us[i+1].from, us[i+1], strings.TrimSpace(x.surface(x.toks[from:us[i].from])+" "+title)), true
		}
	}
	if len(us) == 3 && us[0].name && us[2].name && x.toks[us[1].from].is("and", "&") && !x.orgLike(x.toks[us[0].from:us[2].to]) {
		// "Gus and Helen Papadakis", "Ann Marie Costa and Dolores Pike":
		// two people speaking together are one group.
		return annotate.Speaker{Name: x.surface(x.toks[us[0].from:us[2].to]), Kind: annotate.SpeakerGroup, Title: title}, true
	}
	h := us[x.headUnit(us)]
	if !h.name {
		// "the Interfax news service": an outlet's or organization's name
		// before the noun that says what it is.
		for _, u := range us[:x.headUnit(us)] {
			if run := x.toks[u.from:u.to]; u.name && (x.publication(run) || x.orgLike(run)) && organizationWords.has(bare(x.toks[h.from].lower)) {
				sp := x.describeName(u.from, u, "")
				sp.Title = x.surface(x.toks[u.to:h.to])
				return sp, true
			}
		}
		return annotate.Speaker{}, false
	}
	sp := x.describeName(from, h, title)
	if sp.Kind == annotate.SpeakerPerson && from > 0 && x.toks[from-1].is("the") && h.from == from && x.nameStart(h.from, h.to) == h.from && !isFirstName(x.toks[h.from].lower) {
		sp.Kind = annotate.SpeakerOrganization
	}
	return sp, true
}

// author finds the named author of a document headed by unit h: a name
// before the head, or the phrase after "by" or "from".
func (x *extractor) author(us []unit, h int) (phrase, bool) {
	for i := 0; i < h; i++ {
		if run := x.toks[us[i].from:us[i].to]; us[i].name && (x.orgLike(run) || !placeLike(run)) {
			return phrase{from: us[i].from, to: us[i].to}, true
		}
	}
	// After "by"/"from": a proper name, or whoever issued a statement.
	utterance := x.toks[us[h].from].is("statement", "release", "letter", "email", "e-mail", "memo", "post", "tweet")
	// The last "by": "a study commissioned by X and carried out by Y".
	for i := len(us) - 2; i > h; i-- {
		if !x.toks[us[i].from].is("by", "from") || !(i == h+1 || x.toks[us[i].from].is("by")) {
			continue
		}
		p := x.checkNP(us[i+1].from, us[len(us)-1].to)
		named := false
		for _, u := range us[i+1:] {
			named = named || u.name
		}
		if !p.empty() && (named || utterance) {
			return p, true
		}
		break
	}
	return phrase{}, false
}

// describeName is the speaker named by the proper-name unit u of a phrase
// starting at from: an organization, a publication or a person with the
// words before the name as a title.
func (x *extractor) describeName(from int, u unit, title string) annotate.Speaker {
	run := x.toks[u.from:u.to]
	n := x.nameStart(u.from, u.to)
	var sp annotate.Speaker
	switch {
	case placeLike(x.toks[n:u.to]):
		// A place that speaks stands for an organization: "Linden Park
		// confirmed" (a club), "Dunmore said" (a town).
		sp.Kind, sp.Name = annotate.SpeakerOrganization, x.surface(run)
		return sp
	case x.publication(run):
		sp.Kind, sp.Name = annotate.SpeakerPublication, x.surface(run)
		return sp
	case x.orgLike(run):
		sp.Kind, sp.Name = annotate.SpeakerOrganization, x.surface(run)
		if len(run) > 2 && isPossessive(run[0]) && (countries.has(bare(run[0].lower)) || regions.has(bare(run[0].lower))) {
			// "Norway’s Financial Supervisory Authority": the country says
			// whose it is; the name is the rest.
			sp.Name, sp.Aliases = x.surface(run[1:]), []string{sp.Name}
		}
		if len(run) > 1 && run[1].is("and") && countries.has(run[0].lower) {
			sp.Kind = annotate.SpeakerGroup // "Kenya and Uganda"
		}
		return sp
	}
	if title != "" && n == u.from && !isFirstName(run[0].lower) {
		f := strings.Fields(strings.ToLower(title))
		for i, w := range f {
			if i > 0 && isPreposition(w) {
				f = f[:i] // the head comes before its attachment
				break
			}
		}
		if organizationWords.has(f[len(f)-1]) || companyNouns.has(f[len(f)-1]) {
			// "Passenger Voice North, an independent watchdog", "The
			// developer, Eastfield Aggregates,": an organization.
			sp.Kind, sp.Name = annotate.SpeakerOrganization, x.surface(run)
			return sp
		}
	}
	sp.Kind, sp.Name = annotate.SpeakerPerson, x.surface(x.toks[n:u.to])
	before := strings.Trim(x.surface(x.toks[from:n]), " ,")
	sp.Title = strings.TrimSpace(before + " " + title)
	if before != "" && title != "" {
		sp.Title = before + ", " + title
	}
	return sp
}

// publication: a run holding a news outlet's word ("Reuters", "the Harbor
// Gazette") that does not start with a first name.
func (x *extractor) publication(run []token) bool {
	if isFirstName(run[0].lower) {
		return false
	}
	for _, t := range run {
		if t.capitalized() && publicationWords.has(bare(t.lower)) {
			return true
		}
	}
	return false
}

// gender tells whether the phrase (and its title) marks a woman or a man:
// a first name, a gendered title ("spokeswoman", "Mrs.").
func (x *extractor) gender(from, to int, title [2]int) (female, male bool) {
	check := func(a, b int) {
		for _, t := range x.toks[a:b] {
			if t.is("her", "his", "him", "she", "he") {
				continue
			}
			f, m := genderOf(t.lower)
			female, male = female || f, male || m
		}
	}
	check(from, to)
	check(title[0], title[1])
	if female && male {
		return false, false
	}
	return female, male
}

// surface is the text a run of tokens covers in the document, without a
// final possessive ("the government’s" → "the government").
func (x *extractor) surface(ts []token) string {
	if len(ts) == 0 {
		return ""
	}
	s := string(x.runes[ts[0].start:ts[len(ts)-1].end])
	for _, suf := range []string{"’s", "'s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}
