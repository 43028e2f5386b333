package suggest

import "strings"

// phrase is a speaker phrase found next to a reporting verb: the tokens
// [from, to) of the flat token list (the mention), and what else the text
// says of the speaker.
type phrase struct {
	from, to  int
	title     [2]int // tokens of a title given in apposition ("a retired teacher, Joan Pike")
	anonymous bool   // "a spokesperson who declined to be named"
	epithet   bool   // "the centre-back": a person already in the story, named again
	late      bool   // the name closes the description's clause ("one woman, a teacher who gave only her first name, Lena"): a reading, not sure
}

func (p phrase) empty() bool { return p.to <= p.from }

func isDeterminer(t token) bool {
	return t.kind == tWord && t.is("the", "a", "an", "his", "her", "its", "their", "our")
}

// possessive words end a phrase's modifier: "the company’s chief executive".
func isPossessive(t token) bool {
	return t.kind == tWord && bare(t.lower) != t.lower
}

// anonymityWords in a relative clause make its speaker anonymous: "who
// declined to be named", "who spoke on condition of anonymity".
var anonymityWords = &lexicon{words: `named identified anonymity publicly authorized authorised record`}

// subjectBefore reads the speaker phrase that fills [lo, v) before a
// reporting verb at v: "Workers leaving the afternoon shift said", "A
// retired teacher, Joan Pike, said", "Farid Osman, who runs a bakery,
// said", "The department on Monday said". It returns an empty phrase when
// [lo, v) is not a noun phrase (a clause, a list, a quote).
func (x *extractor) subjectBefore(lo, v int) phrase {
	t := x.toks
	end := v
	if v > lo && t[v-1].is("who", "which", "that") {
		return phrase{} // a verb of a relative clause: "Anybody who tells you…"
	}
	if e := x.skipAdverbialsBack(v-1, lo) + 1; e > lo && !isParticiple(t[e-1]) && !x.attached(lo, e, v) {
		end = e
	}
	for end > lo+1 && t[end-1].is("has", "had", "have", "also", "would", "will", "did", "does", "do", "then", "now", "always", "often", "sometimes", "usually", "still", "even", "once") {
		end--
	}
	if end > lo+2 && t[end-1].is("to") && t[end-2].is("used") {
		end -= 2 // "My grandfather used to say"
	}
	for end > lo && t[end-1].kind == tWord && (strings.HasSuffix(t[end-1].lower, "ly") && !t[end-1].capitalized() || t[end-1].is("himself", "herself", "itself", "themselves")) {
		end-- // "Students … mostly said", "Okafor himself posted"
	}
	if end > lo && t[end-1].text == ")" {
		for k := end - 2; k > lo; k-- { // "The Rail and Signal Workers’ Union (RSWU) said"
			if t[k].text == "(" {
				end = k
				break
			}
		}
	}
	if end <= lo {
		return phrase{}
	}
	if x.commaName(lo, end) {
		return phrase{from: lo, to: end} // "the Department of Agriculture, Food and the Marine"
	}
	if end-lo >= 2 && t[end-2].text == "," && t[end-1].kind == tWord && pronouns.has(t[end-1].lower) {
		return phrase{from: end - 1, to: end} // "A sheep farmer who…, she said"
	}
	if end-lo == 1 && t[lo].kind == tWord && pronouns.has(t[lo].lower) {
		return phrase{from: lo, to: lo + 1}
	}
	var segs [][2]int
	from := lo
	for k := lo; k < end; k++ {
		if t[k].text == "," {
			segs = append(segs, [2]int{from, k})
			from = k + 1
		}
	}
	if from < end {
		segs = append(segs, [2]int{from, end})
	} else if len(segs) > 0 {
		// "A, B," before the verb: B is an apposition or a clause about A.
		return x.apposition(segs)
	}
	if len(segs) == 1 {
		return x.checkNP(lo, end)
	}
	return phrase{}
}

// attached: the phrase [lo, e) has an attachment after its head ("Families
// at a support group meeting"), so the time words up to v belong to it
// ("… in Evanston on Friday evening said").
func (x *extractor) attached(lo, e, v int) bool {
	for k := lo + 1; k < e; k++ {
		w := x.toks[k]
		if w.text == "," {
			return false
		}
		prev := x.toks[k-1]
		if w.kind == tWord && !w.capitalized() && (!prev.capitalized() || x.commonAtStart(k-1)) && (isPreposition(w.lower) || isParticiple(w)) && !(w.is("on", "in", "at") && x.isAdverbialStart(k, e)) {
			return v > e
		}
	}
	return false
}

// commaName: [lo, end) is one organization's name written with commas:
// capitalized words, "and", "the", "of" ("Advisory, Conciliation and
// Arbitration Service").
func (x *extractor) commaName(lo, end int) bool {
	t := x.toks
	commas, and := 0, false
	for k := lo; k < end; k++ {
		switch {
		case t[k].text == ",":
			commas++
		case t[k].is("and", "&"):
			and = true
		case t[k].is("the", "of", "for") && k > lo, t[k].capitalized():
		default:
			return false
		}
	}
	return commas > 0 && and && t[end-1].capitalized() && t[end-1].text != ","
}

// apposition reads "A, B," (and "A, 62, B,"): a name and its description
// in either order, or a phrase with a relative clause or parenthetical.
func (x *extractor) apposition(segs [][2]int) phrase {
	t := x.toks
	if a := x.authorClause(segs); !a.empty() {
		return a
	}
	keep, anon := x.appositionParts(segs)
	if len(keep) == 1 {
		p := x.checkNP(keep[0][0], keep[0][1])
		p.anonymous = p.anonymous || anon
		return p
	}
	if len(keep) > 2 {
		return x.nameAmongAppositions(keep)
	}
	if len(keep) != 2 {
		return phrase{}
	}
	a, b := keep[0], keep[1]
	first := t[b[0]]
	if x.isOneOf(b[0], b[1]) {
		if pa := x.checkNP(a[0], a[1]); !pa.empty() {
			return pa // "The protesters, many of them from farming families,": an aside about the group
		}
	}
	switch {
	case first.is("who", "whose", "which", "where", "whom"):
		p := x.checkNP(a[0], a[1])
		p.anonymous = p.anonymous || x.anonymityIn(b[0], b[1])
		return p
	case isPreposition(first.lower) || x.isAdverbialStart(b[0], b[1]) || first.is("speaking", "citing", "asked", "also", "however"):
		return x.checkNP(a[0], a[1])
	}
	pa, pb := x.checkNP(a[0], a[1]), x.checkNP(b[0], b[1])
	if !pa.empty() && x.orgLike(t[b[0]:b[1]]) && organizationWords.has(bare(t[a[1]-1].lower)) && !organizationWords.has(bare(t[pa.from].lower)) {
		// "A spokesperson for the regional utility, Central Coast Power,":
		// the name is the utility's, the speaker the spokesperson.
		return pa
	}
	if !pa.empty() && (x.isNameRun(a[0], a[1]) || t[b[0]].is("a", "an")) && pb.empty() {
		pa.title = b // "Julie Navarro, a teacher at … and president of …,", "…, a body that audits…,"
		return pa
	}
	if pa.empty() && !x.isOneOf(a[0], a[1]) || pb.empty() {
		return phrase{}
	}
	if !pb.empty() && !x.isNameRun(a[0], a[1]) && !x.isCapRun(b[0], b[1]) && x.endsInPersonName(b[0], b[1]) {
		pb.title = [2]int{a[0], a[1]} // "Her challenger, businesswoman Claire Fenwick,": the name speaks
		return pb
	}
	if x.isCapRun(b[0], b[1]) && !x.isNameRun(a[0], a[1]) {
		if !x.isOneOf(a[0], a[1]) {
			pb.title = [2]int{a[0], a[1]}
		}
		return pb
	}
	if !pa.empty() {
		pa.title = [2]int{b[0], b[1]}
	}
	return pa
}

// nameAmongAppositions reads a subject given in three parts or more
// ("Castellanos’s daughter, Lucía Moreno, a paediatrician in Bristol,",
// "Her neighbour, a retired schoolteacher who gave only his first name,
// Bakyt,", "Its owners, Gus and Helen Papadakis, both in their 80s,"): the
// part that is a proper name is the speaker, the first part its title.
func (x *extractor) nameAmongAppositions(keep [][2]int) phrase {
	for i, k := range keep {
		if !x.isCapRun(k[0], k[1]) || x.orgLike(x.toks[k[0]:k[1]]) {
			continue
		}
		p := x.checkNP(k[0], k[1])
		if p.empty() {
			continue
		}
		if i > 0 {
			p.title = keep[0]
		} else {
			p.title = keep[1]
		}
		return p
	}
	return phrase{}
}

// appositionParts keeps the segments of "A, B," that may name the
// speaker: ages, states and the journalist's timing carry none, and a
// relative clause, parenthetical or participle clause ("The report,
// prepared for the committee,") runs to the verb (anon: it says the source
// is unnamed on purpose).
func (x *extractor) appositionParts(segs [][2]int) (keep [][2]int, anon bool) {
	t := x.toks
	for _, s := range segs {
		if s[1] <= s[0] || s[1]-s[0] == 1 && (t[s[0]].kind == tNum || isAbbrev(t[s[0]].text)) {
			continue // an age, a state: "Evanston, Ill."
		}
		if len(keep) > 0 && x.timingAside(s[0], s[1]) {
			continue // "Workers leaving the plant…, hours before the deadline, said"
		}
		relative := t[s[0]].is("who", "whose", "which", "where", "whom", "speaking") || s[1]-s[0] > 1 && t[s[0]].is("and", "but") && t[s[0]+1].is("who", "whose", "which")
		if len(keep) > 0 && (relative || isPreposition(t[s[0]].lower) || isParticiple(t[s[0]]) && !t[s[0]].is("asked")) {
			return keep, x.anonymityIn(s[0], segs[len(segs)-1][1])
		}
		keep = append(keep, s)
	}
	return keep, false
}

// authorClause reads "DOCUMENT, PARTICIPLE by AUTHOR," ("The memo,
// written by the agency’s chief engineer, Paula Grieve,", "The survey,
// conducted by Ipsos for the ministry,"): a document whose author the text
// names speaks for its author (the last one: "commissioned by X and carried
// out by Y" is Y's).
func (x *extractor) authorClause(segs [][2]int) phrase {
	t := x.toks
	if len(segs) < 2 || segs[1][1]-segs[1][0] < 3 || !isParticiple(t[segs[1][0]]) {
		return phrase{}
	}
	doc := x.checkNP(segs[0][0], segs[0][1])
	if doc.empty() {
		return phrase{}
	}
	us := x.units(doc.from, doc.to)
	if !documentHeads.has(bare(t[us[x.headUnit(us)].from].lower)) {
		return phrase{}
	}
	by := -1
	for k := segs[1][0]; k < segs[1][1]; k++ {
		if t[k].is("by") {
			by = k
		}
	}
	if by < 0 {
		return phrase{}
	}
	return x.subjectBefore(by+1, segs[len(segs)-1][1]+1)
}

// isOneOf: "one of them", "one of the organizers", which introduce a name.
func (x *extractor) isOneOf(from, to int) bool {
	return to-from >= 3 && x.toks[from].is("one", "two", "some", "many", "several") && x.toks[from+1].is("of")
}

func (x *extractor) anonymityIn(from, to int) bool {
	for k := from; k < to; k++ {
		if anonymityWords.has(x.toks[k].lower) {
			return true
		}
	}
	return false
}

// checkNP validates [from, to) as a speaker noun phrase, cutting a relative
// clause ("a spokesperson who declined to be named") off it. A phrase holds
// words, numbers and possessives only, no auxiliary, pronoun or
// conjunction, no reporting verb, at most 14 tokens, and a head: a
// capitalized word or a noun of people, organizations or documents.
func (x *extractor) checkNP(from, to int) phrase {
	t := x.toks
	p := phrase{from: from, to: to}
	for k := from; k < to; k++ {
		if t[k].is("who", "whose", "which", "whom", "that") && k > from {
			p.to = k
			p.anonymous = x.anonymityIn(k, to)
			break
		}
	}
	if p.to-p.from == 3 && x.isOneOf(p.from, p.to) && t[p.from+2].is("them") {
		return phrase{from: p.from + 2, to: p.to} // "many of them": the group just named
	}
	for p.from < p.to && determiners.has(t[p.from].lower) && p.to-p.from > 1 {
		if p.from+2 < p.to && t[p.from+1].is("of") { // "dozens of customers", "one of the nurses"
			p.from += 2
			continue
		}
		p.from++
	}
	limit := 14
	if p.from+1 < p.to && (documentHeads.has(t[p.from].lower) || documentHeads.has(t[p.from+1].lower)) {
		limit = 20 // "A study commissioned last year by X and carried out by Y"
	}
	if p.to-p.from < 1 || p.to-p.from > limit || p.to-p.from == 1 && determiners.has(t[p.from].lower) {
		return phrase{}
	}
	head, det := false, p.from > from
	for k := p.from; k < p.to; k++ {
		w := t[k]
		switch {
		case w.kind == tNum:
			continue
		case w.kind == tPunct && (w.text == "&" || w.text == "-" || w.text == "."):
			continue
		case w.kind != tWord:
			return phrase{}
		}
		if notSubject.has(w.lower) && !isAllCaps(w.text) && !(k > p.from && t[k-1].is("of")) {
			return phrase{}
		}
		if w.is("and") && !(k > p.from && k+1 < p.to && (t[k-1].capitalized() && t[k+1].capitalized() || isPluralPeople(t[k-1].lower) && isPluralPeople(t[k+1].lower) || isParticiple(t[k+1]))) {
			return phrase{} // "Kenya and Uganda", "parents and teachers", "commissioned by X and carried out by Y"; not a clause
		}
		if !w.capitalized() && (clauseVerbs.has(w.lower) || reportingVerbs.has(w.lower)) && !isHeadNoun(w.lower) && !x.nounContext(k) && !x.nounReading(k) {
			return phrase{}
		}
		if w.capitalized() && !calendarWords.has(w.lower) || !w.capitalized() && (isHeadNoun(w.lower) || isPlural(w.lower) && (k > p.from || det)) {
			head = true
		}
	}
	first := t[p.from]
	// A phrase never opens with a preposition or a participle taking an
	// object ("leaving the shift"); "retired teacher" is fine.
	takesObject := isParticiple(first) && p.from+1 < p.to && (determiners.has(t[p.from+1].lower) || isPreposition(t[p.from+1].lower))
	if !head || !first.capitalized() && (isPreposition(first.lower) || takesObject) {
		return phrase{}
	}
	return p
}

// phraseAfter reads a speaker phrase after a reporting verb, from start
// up to hi: "said Lavrov", "said workers leaving the afternoon shift", "said
// a 62-year-old retiree, Walt Embry, who…", "said Dana Ortiz, the chief
// executive". It stops at punctuation, a clause, an adverbial of the
// attribution ("on Monday", "at a briefing") or a relative clause.
func (x *extractor) phraseAfter(start, hi int) phrase {
	t := x.toks
	if start < hi && t[start].kind == tWord && pronouns.has(t[start].lower) {
		return phrase{from: start, to: start + 1}
	}
	i := x.npEnd(start, hi)
	p := x.checkNP(start, i)
	if i+1 >= hi || t[i].text != "," {
		if i < hi && t[i].is("who") {
			p.anonymous = x.anonymityIn(i, min(hi, i+12))
		}
		return p
	}
	// An apposition: ", Walt Embry," after a description, or ", the chief
	// executive," after a name.
	j := x.npEnd(i+1, hi)
	if j == i+1 || j < hi && !(t[j].text == "," || t[j].text == "." || t[j].kind == tCloseQ || t[j].is("who")) {
		return p
	}
	q := x.checkNP(i+1, j)
	if a, b := x.closingName(j, hi); b > a && !x.isNameRun(start, i) {
		return phrase{from: a, to: b, title: [2]int{start, i}, late: true}
	}
	if n := x.namedAt(i+1, j); n > 0 {
		// "The driver, a grandmother named Lorraine Ebbs, said"
		return phrase{from: n, to: j, title: [2]int{start, n}}
	}
	switch {
	case q.empty():
		return p
	case p.empty() && x.isOneOf(start, i), !p.empty() && x.isNameRun(i+1, j) && !x.isNameRun(start, i):
		q.title = [2]int{start, i}
		return q
	case !p.empty() && p.title == [2]int{}:
		p.title = [2]int{i + 1, j}
	}
	return p
}

// closingName: the sentence from k on is a relative clause about a
// described speaker that ends with the speaker's name in apposition ("…,
// a teacher who gave only her first name, Lena."): the name's tokens, or
// an empty range. The name is a listed first name or two capitalized
// words, and no quotation or reporting verb stands before it.
func (x *extractor) closingName(k, hi int) (int, int) {
	t := x.toks
	if k >= hi || !t[k].is("who") {
		return 0, 0
	}
	comma := -1
	for i := k + 1; i < hi && i < k+20; i++ {
		switch {
		case t[i].text == "," || t[i].text == "—":
			comma = i
		case t[i].text == "." || t[i].kind == tCloseQ && comma > 0:
			if comma < 0 || i-comma-1 < 1 || i-comma-1 > 3 || !x.isNameRun(comma+1, i) || placeLike(t[comma+1:i]) {
				return 0, 0
			}
			if i-comma-1 == 1 && !isFirstName(t[comma+1].lower) {
				return 0, 0
			}
			return comma + 1, i
		case t[i].kind != tWord && t[i].kind != tNum, reportingVerbs.has(t[i].lower) && !x.nounContext(i):
			return 0, 0
		}
	}
	return 0, 0
}

// namedAt: the description [from, to) ends with "named X" or "called X";
// it returns where X starts, or 0.
func (x *extractor) namedAt(from, to int) int {
	for k := from + 1; k+1 < to; k++ {
		if x.toks[k].is("named", "called") && x.isNameRun(k+1, to) {
			return k + 1
		}
	}
	return 0
}

// npEnd is where a noun phrase starting at start ends, going forward.
func (x *extractor) npEnd(start, hi int) int {
	t := x.toks
	i := start
	prep := false // an attachment began ("a man with a rifle")
	for i < hi && i-start < 14 {
		w := t[i]
		if prep && !w.capitalized() && len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed") && !(i+1 < hi && t[i+1].is("by")) {
			break // "a man with a rifle looked at…": the verb, after the attachment
		}
		if i > start && !w.capitalized() && len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed") && isHeadNoun(t[i-1].lower) && i+1 < hi && isDeterminer(t[i+1]) {
			break // "The Tajik foreign ministry rejected the accusation": a verb and its object
		}
		if i > start && !w.capitalized() && isHeadNoun(t[i-1].lower) && (pastForms.has(w.lower) || len(w.lower) > 4 && strings.HasSuffix(w.lower, "ed")) && i+1 < hi && t[i+1].is("me", "us", "him", "her", "them", "out", "up", "down", "over", "back", "around", "at", "into") {
			break // "My husband looked out the window…", "Our auditor sat me down…": a past verb after the head noun
		}
		prep = prep || i > start && isPreposition(w.lower)
		if w.kind == tNum || w.kind == tPunct && (w.text == "&" || w.text == "-") && i > start {
			i++
			continue
		}
		if w.kind != tWord || i > start && x.isAdverbialStart(i, hi) || w.is("who", "whose", "which") {
			break
		}
		if notSubject.has(w.lower) && !w.capitalized() && !(i > start && t[i-1].is("of")) {
			break
		}
		if !w.capitalized() && (clauseVerbs.has(w.lower) || reportingVerbs.has(w.lower)) && !isHeadNoun(w.lower) && !x.nounContext(i) && !x.nounReading(i) {
			break
		}
		if w.is("and") && !(i > start && t[i-1].capitalized() && i+1 < hi && t[i+1].capitalized()) {
			break
		}
		// After a proper name a lower-case word that is no noun and no
		// preposition is its verb: "The Bank of Canada held…".
		connector := (w.is("and", "&") || w.is("named", "called")) && i+1 < hi && t[i+1].capitalized() // "a Yorkshireman named Walter Prior"
		// A title modifier goes on with the phrase: "Kyrgyz state
		// television", "The Tajik foreign ministry".
		if i > start && t[i-1].capitalized() && !x.commonAtStart(i-1) && !w.capitalized() && !connector && !isPreposition(w.lower) && !isHeadNoun(w.lower) && !nameParticles.has(w.lower) && !isPossessive(t[i-1]) && !(titleModifiers.has(w.lower) && i+1 < hi && t[i+1].kind == tWord && isHeadNoun(t[i+1].lower)) {
			break
		}
		i++
	}
	return i
}

// isNameRun: [from, to) is a proper name, possibly with a title ("Walt
// Embry", "Dr. Amos Fell"): capitalized words and name particles only.
func (x *extractor) isNameRun(from, to int) bool {
	if to <= from {
		return false
	}
	for k := from; k < to; k++ {
		w := x.toks[k]
		if !(w.capitalized() || nameParticles.has(w.lower) && k > from) {
			return false
		}
	}
	return !x.orgLike(x.toks[from:to])
}

// isCapRun: [from, to) is a proper name of a person or an organization.
func (x *extractor) isCapRun(from, to int) bool {
	for k := from; k < to; k++ {
		w := x.toks[k]
		if !(w.capitalized() || k > from && (nameParticles.has(w.lower) || w.is("of", "for", "and", "the", "&"))) {
			return false
		}
	}
	return to > from
}

// endsInPersonName: [from, to) is a description ending in a person's name
// ("businesswoman Claire Fenwick", "retired nurse Ann Price").
func (x *extractor) endsInPersonName(from, to int) bool {
	us := x.units(from, to)
	if len(us) < 2 {
		return false
	}
	last := us[len(us)-1]
	if !last.name || last.to != to || x.orgLike(x.toks[last.from:last.to]) || placeLike(x.toks[last.from:last.to]) {
		return false
	}
	return last.to-x.nameStart(last.from, last.to) >= 2 || isFirstName(x.toks[last.from].lower)
}
