package suggest

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Word classes the phrase reader needs, from the lexicon and from the form
// of a word: news English names its speakers with a small set of nouns
// (roles, groups, organizations, documents) and with agent nouns whose form
// tells what they are ("commuters", "groundskeeper", "retiree").

// bare is a word without a final possessive: "union’s" → "union".
func bare(w string) string {
	for _, suf := range []string{"’s", "'s", "’", "'"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// agentSuffixes end nouns of people and occupations (nouns in -ant and
// -ent are listed instead: most words with those endings are not people).
var agentSuffixes = []string{"er", "or", "ist", "ian", "man", "woman", "eer", "ee"}

// notAgents have an agent noun's ending but name no person.
var notAgents = &lexicon{words: `other another water paper number order matter letter winter summer later
never ever however whether either neither rather together under over after center centre corner
border chapter quarter dinner manner power tower river fever cancer murder weather error mirror
floor door major minor labor labour honor honour color colour favor favour harbor harbour neighbor
vapor tumor rumor humor behavior behaviour sector factor motor interior exterior anchor mayor
sooner longer larger smaller higher lower bigger better greater faster slower earlier further
farther wider deeper stronger shorter cheaper offer answer member cover shower computer
chamber december november october september register remember consider wonder gather
lecturer per free three tree degree agree coffee committee fee knee guarantee decree
jubilee toffee glee spree flee thee decor indoor outdoor mentor tractor meteor vendor corridor
trailer container printer monitor counter border browser poster banner filter platter
pillar collar dollar cellar cedar radar sugar solar polar lunar molecular particular regular
popular similar familiar spectacular median guardian civilian`}

// isAgentNoun tells whether a lower-case word looks like a noun for a
// person by its ending: farmer, pharmacist, librarian, retiree, resident.
func isAgentNoun(w string) bool {
	w = bare(w)
	if len(w) < 5 || isFirstName(w) || notAgents.has(w) {
		return false
	}
	for _, s := range agentSuffixes {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// isPluralPeople tells whether a lower-case word is a plural noun of
// people: listed ("residents") or an agent noun plus s ("commuters").
func isPluralPeople(w string) bool {
	w = bare(w)
	if groupHeads.has(w) {
		return true
	}
	if len(w) > 5 && strings.HasSuffix(w, "men") {
		return true // "lobstermen", "crewmen"
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	if strings.HasSuffix(w, "ies") && roleWords.has(strings.TrimSuffix(w, "ies")+"y") || roleWords.has(strings.TrimSuffix(w, "s")) {
		return true // the plural of a listed role: "deputies", "detectives"
	}
	return isAgentNoun(strings.TrimSuffix(w, "s")) && !strings.HasSuffix(w, "ics")
}

// isHeadNoun tells whether a lower-case word can head a speaker phrase:
// a listed noun, an agent noun or a plural ("patrons said").
func isHeadNoun(w string) bool {
	w = bare(w)
	return roleWords.has(w) || groupHeads.has(w) || anonymousHeads.has(w) || organizationWords.has(w) ||
		documentHeads.has(w) || publicationWords.has(w) || isPluralPeople(w) || isAgentNoun(w)
}

// isPlural: a lower-case word with a plural's form; after a determiner or
// an adjective it heads a group ("several patrons").
func isPlural(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && !notSubject.has(w)
}

// postAdjectives follow a head noun and open its attachment: "people
// familiar with the talks", "sources close to the club".
var postAdjectives = &lexicon{words: `familiar close aware involved responsible opposed loyal linked connected
knowledgeable briefed critical supportive`}

// isFirstName tells whether a word is a listed first name (accents
// aside: "Lucía", "José").
func isFirstName(w string) bool {
	w = foldAccents(w)
	return (femaleWords.has(w) || maleWords.has(w)) && !roleWords.has(w) && !pronouns.has(w) &&
		!strings.HasSuffix(w, ".") && w != "his" && w != "her" && w != "him"
}

// isTitleWord tells whether a word is a listed title or title modifier.
func isTitleWord(w string) bool {
	w = bare(w)
	return roleWords.has(w) || honorifics.has(w) || titleModifiers.has(w)
}

// isPreposition: the prepositions that attach a phrase to a noun ("officials
// at the ministry", "a spokeswoman for the union").
func isPreposition(w string) bool {
	switch w {
	case "at", "of", "for", "from", "with", "in", "on", "by", "near", "across", "outside", "inside",
		"within", "among", "behind", "under", "over", "along", "around", "to", "into", "about":
		return true
	}
	return false
}

// isParticiple tells whether a lower-case word is an -ing or -ed form that
// can follow a head noun ("workers leaving the shift", "a report released
// last week").
func isParticiple(t token) bool {
	if t.kind != tWord || t.capitalized() || isHeadNoun(t.lower) {
		return false
	}
	if irregularParticiples.has(t.lower) {
		return true // "researchers led by…", "a survey run by…"
	}
	if len(t.lower) < 5 {
		return false
	}
	return strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")
}

// irregularParticiples can follow a head noun like "released" does.
var irregularParticiples = &lexicon{words: `led held run made built written known shown taken given chosen paid sent
brought bought caught taught kept left sold set put cut seen drawn grown thrown done begun hidden
driven ridden spoken stolen struck sworn torn worn`}

// eventNouns follow a preposition that starts an adverbial of the
// attribution, not part of the speaker: "said at a briefing", "told in an
// interview", "said on Monday".
var eventNouns = &lexicon{words: `statement interview briefing conference meeting hearing rally event speech
debate letter post email e-mail phone call telephone tweet video message session summit forum
ceremony appearance broadcast podcast radio television tv court filing release op-ed column blog
vigil protest gathering trial address lecture sermon testimony deposition campaign visit tour
monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december week month year morning afternoon evening night
day weekend time hours minutes spring summer autumn fall winter date occasion public
x facebook instagram tiktok youtube linkedin social media website note notes memo essay article
newsletter notice message report filing submission blog podcast documentary book`}

// isAdverbialStart tells whether token i opens an adverbial that ends a
// speaker phrase: a time word ("Tuesday", "yesterday", "last week") or a
// preposition before an event or time noun ("at a briefing", "on Monday").
func (x *extractor) isAdverbialStart(i, hi int) bool {
	t := x.toks
	w := t[i].lower
	if calendarWords.has(w) || w == "yesterday" || w == "today" || w == "tonight" || w == "earlier" || w == "later" {
		return true
	}
	if w == "last" || w == "this" || w == "next" {
		return i+1 < hi && eventNouns.has(t[i+1].lower)
	}
	if !(isPreposition(w) || w == "during" || w == "via" || w == "after" || w == "before") || t[i].capitalized() {
		return false
	}
	for k := i + 1; k < hi && k <= i+4; k++ {
		if t[k].kind != tWord && t[k].kind != tNum {
			return false
		}
		if eventNouns.has(t[k].lower) {
			return true
		}
		if t[k].capitalized() || isPreposition(t[k].lower) {
			return false
		}
	}
	return false
}

// isAllCaps: an acronym such as "US" or "NHS", never a common word.
func isAllCaps(s string) bool {
	return len(s) > 1 && s == strings.ToUpper(s) && s != strings.ToLower(s)
}

// genderOf tells whether a word marks a woman or a man: a gendered title or
// a listed first name, accents aside.
func genderOf(w string) (female, male bool) {
	w = foldAccents(w)
	return femaleWords.has(w), maleWords.has(w)
}

// foldAccents drops the accents of a lower-case word ("lucía" → "lucia");
// an ASCII word is returned as it is, without allocating.
func foldAccents(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		ascii = ascii && w[i] < 0x80
	}
	if ascii {
		return w
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
