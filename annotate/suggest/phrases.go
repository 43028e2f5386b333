package suggest

import (
	"strings"
)

// phrase is a speaker phrase found next to a reporting verb: the tokens
// [from, to) of the flat token list, and what they make.
type phrase struct {
	from, to  int
	anonymous bool // "a spokesperson who declined to be named"
}

func (p phrase) empty() bool { return p.to <= p.from }

// npWord tells whether a token can belong to a speaker phrase.
func npWord(t token) bool {
	if t.kind != tWord {
		return false
	}
	if t.capitalized() {
		return !in(reportingVerbs, t.lower) || in(titleWords, t.lower)
	}
	return in(roleWords, t.lower) || in(nationalities, t.lower) || in(groupHeads, t.lower) || in(anonymousHeads, t.lower) || in(organizationWords, t.lower) ||
		strings.HasSuffix(t.lower, "’s") && in(roleWords, strings.TrimSuffix(t.lower, "’s"))
}

// nameParticles join the parts of a name: "Willem de Boer", "Ursula von
// der Leyen".
var nameParticles = wordSet("de", "van", "von", "der", "den", "al", "bin", "da", "di", "le", "la", "du", "dos", "del", "ter", "ten")

// particle tells whether token i is a name particle between capitalized words.
func (x *extractor) particle(i, lo, hi int) bool {
	t := x.toks
	if i-1 < lo || i+1 >= hi || !in(nameParticles, t[i].lower) || t[i].capitalized() || !t[i-1].capitalized() {
		return false
	}
	return t[i+1].capitalized() || in(nameParticles, t[i+1].lower) && i+2 < hi && t[i+2].capitalized()
}

// modifierBeforeRole: a lower-case word inside a phrase when a role word
// follows it ("chief financial officer", "transportation department").
func (x *extractor) modifierBeforeRole(i, hi int) bool {
	t := x.toks
	return t[i].kind == tWord && !t[i].capitalized() && !in(reportingVerbs, t[i].lower) && !isDeterminer(t[i]) &&
		i+1 < hi && t[i+1].kind == tWord && !t[i+1].capitalized() && in(roleWords, t[i+1].lower)
}

func isDeterminer(t token) bool {
	return t.kind == tWord && t.is("the", "a", "an", "his", "her", "its", "their", "our")
}

// possessive words end a phrase's modifier: "the company’s chief executive".
func isPossessive(t token) bool {
	return t.kind == tWord && (strings.HasSuffix(t.lower, "’s") || strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "s’"))
}

// phraseBefore reads a speaker phrase ending just before index end
// (exclusive), going backwards, not past lo. It understands apposition
// ("the company’s chief executive, Dana Ortiz,") and an anonymity clause
// ("a spokesperson who declined to be named").
func (x *extractor) phraseBefore(lo, end int) phrase {
	t := x.toks
	i := end - 1
	anon := false
	// Skip a trailing comma of an apposition: "Dana Ortiz, said".
	if i >= lo && t[i].text == "," {
		i--
	}
	// An anonymity clause: "… who declined to be named said".
	if i >= lo && t[i].kind == tWord && t[i].is("named", "identified", "anonymity", "publicly", "authorized", "record") {
		for k := i; k >= lo && k > i-12; k-- {
			if t[k].is("who", "speaking") {
				anon = true
				i = k - 1
				if i >= lo && t[i].text == "," {
					i--
				}
				break
			}
		}
	}
	if i >= lo && t[i].kind == tWord && in(pronouns, t[i].lower) {
		return phrase{from: i, to: i + 1}
	}
	to := i + 1
	for i >= lo {
		w := t[i]
		switch {
		case npWord(w) || isPossessive(w) && (w.capitalized() || i+1 < to && (npWord(t[i+1]) || x.modifierBeforeRole(i+1, to))) || x.modifierBeforeRole(i, to) || x.particle(i, lo, to):
			i--
			continue
		case w.is("of", "for", "and") && i-1 >= lo && t[i-1].capitalized() && i+1 < to && t[i+1].capitalized():
			i--
			continue
		case isDeterminer(w) && i+1 < to:
			i--
		case w.text == "," && i+1 < to && i-1 >= lo && (npWord(t[i-1]) || isPossessive(t[i-1])) && t[i+1].capitalized():
			// apposition: "the company’s chief executive, Dana Ortiz"
			j := i - 1
			for j >= lo && (npWord(t[j]) || isPossessive(t[j])) {
				j--
			}
			if j >= lo && isDeterminer(t[j]) {
				j--
			}
			if j+1 < i && x.hasRole(j+1, i) {
				i = j
			}
		}
		break
	}
	p := phrase{from: i + 1, to: to, anonymous: anon}
	// A phrase must hold a capitalized word, a role or a group head.
	if !x.phraseHasHead(p) {
		return phrase{}
	}
	return p
}

// phraseAfter reads a speaker phrase starting at index start, going forward
// not past hi: "said Lavrov", "Russian Foreign Minister Sergei Lavrov said".
func (x *extractor) phraseAfter(start, hi int) phrase {
	t := x.toks
	i := start
	if i < hi && t[i].kind == tWord && in(pronouns, t[i].lower) {
		return phrase{from: i, to: i + 1}
	}
	if i < hi && isDeterminer(t[i]) {
		i++
	}
	for i < hi {
		w := t[i]
		switch {
		case npWord(w) || isPossessive(w) || x.modifierBeforeRole(i, hi) || x.particle(i, start, hi):
			i++
			continue
		case w.is("of", "for") && i+1 < hi && t[i+1].capitalized() && i > start && t[i-1].capitalized():
			i++
			continue
		case w.text == "," && i+1 < hi && t[i+1].capitalized() && x.hasRole(start, i):
			// apposition: ", the company’s chief executive, Dana Ortiz, said"
			j := i + 1
			for j < hi && npWord(t[j]) {
				j++
			}
			if j < hi && t[j].text == "," {
				i = j + 1
				return x.checkPhrase(phrase{from: start, to: j})
			}
			i = j
			return x.checkPhrase(phrase{from: start, to: j})
		}
		break
	}
	p := phrase{from: start, to: i}
	// "… who declined to be named, said"
	if i < hi && t[i].is("who") {
		for k := i; k < hi && k < i+12; k++ {
			if t[k].is("named", "identified", "anonymity", "publicly", "authorized") {
				p.anonymous = true
				break
			}
		}
	}
	return x.checkPhrase(p)
}

func (x *extractor) checkPhrase(p phrase) phrase {
	if !x.phraseHasHead(p) {
		return phrase{}
	}
	return p
}

func (x *extractor) phraseHasHead(p phrase) bool {
	for k := p.from; k < p.to; k++ {
		w := x.toks[k]
		if w.capitalized() || in(anonymousHeads, w.lower) || in(groupHeads, w.lower) || in(pronouns, w.lower) || in(organizationWords, w.lower) {
			return true
		}
	}
	return false
}

func (x *extractor) hasRole(from, to int) bool {
	for k := from; k < to; k++ {
		if in(roleWords, x.toks[k].lower) || in(titleWords, x.toks[k].lower) {
			return true
		}
	}
	return false
}

// skipAdverbials moves forward over words such as "also", "on Monday",
// "Tuesday", "last month" that sit between a speaker and a verb.
func (x *extractor) skipAdverbials(i, hi int) int {
	for i < hi && x.toks[i].kind == tWord && (in(adverbials, x.toks[i].lower) || isMonth(x.toks[i].lower)) {
		if x.toks[i].is("on", "in", "at", "last", "this") && !(i+1 < hi && (in(adverbials, x.toks[i+1].lower) || isMonth(x.toks[i+1].lower))) {
			break
		}
		i++
	}
	return i
}

// skipAdverbialsBack moves backward over the same words.
func (x *extractor) skipAdverbialsBack(i, lo int) int {
	for i >= lo && x.toks[i].kind == tWord && (in(adverbials, x.toks[i].lower) || isMonth(x.toks[i].lower)) && !x.toks[i].capitalized() || i >= lo && isWeekday(x.toks[i].lower) {
		i--
	}
	return i
}

func isWeekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

func isMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december":
		return true
	}
	return false
}
