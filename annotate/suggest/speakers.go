package suggest

import (
	"slices"
	"strings"

	"whosaid/annotate"
)

// entity is a speaker the extractor has seen, with what pronoun
// resolution needs to know.
type entity struct {
	sp           annotate.Speaker
	female, male bool
	lastPos      int      // offset of its latest mention
	used         bool     // at least one suggestion is attributed to it
	inner        bool     // known only from inside a quote ("my doctor"): never a pronoun's antecedent
	named        bool     // a proper name of it was read (source.confidence)
	keys         []string // nameKey of the name, then of each alias (cached)
	words        []string // the words of keys[0] (cached)
	titleKey     string   // " " + the lower-case title (cached)
}

// refreshKeys caches the name keys after the name or aliases changed.
func (e *entity) refreshKeys() {
	e.titleKey = " " + strings.ToLower(e.sp.Title)
	e.keys = append(e.keys[:0], nameKey(e.sp.Name))
	e.words = strings.Fields(e.keys[0])
	for _, a := range e.sp.Aliases {
		e.keys = append(e.keys, nameKey(a))
	}
}

// registry merges repeated mentions ("Sergei Lavrov", "Lavrov") into one
// speaker with aliases.
type registry struct {
	ents  []*entity
	next  int
	topic *entity // the latest sentence subject
}

// mentioned: e is mentioned at pos in passing (not as a subject).
func (e *entity) mentioned(pos int) {
	e.lastPos = pos
}

// resolve finds or creates the entity for a described speaker; described
// tells that a definite description was taken for a speaker named before
// ("the department", "the fire chief").
func (r *registry) resolve(sp annotate.Speaker, female, male bool, pos int) (e *entity, described bool) {
	key := nameKey(sp.Name)
	var best *entity
	// A definite description ("the department", "the agency") refers to the
	// latest organization whose name ends with that word.
	if !strings.Contains(key, " ") && sp.Kind == annotate.SpeakerOrganization && sp.Name == strings.ToLower(sp.Name) { // a description, not a name: "China" is no "the china"
		for _, e := range r.ents {
			k := e.keys[0]
			if e.sp.Kind == sp.Kind && k != key && strings.HasSuffix(k, " "+key) && (best == nil || e.lastPos > best.lastPos) {
				best = e
			}
		}
		if best != nil {
			best.addAlias(sp.Name)
			best.refreshKeys()
			best.mentioned(pos)
			return best, true
		}
	}
	if best = r.shortForm(sp, key); best != nil {
		best.addAlias(sp.Name)
		best.refreshKeys()
		best.mentioned(pos)
		return best, sp.Name == strings.ToLower(sp.Name)
	}
	surname := !strings.Contains(key, " ")
	for _, e := range r.ents {
		if e.sp.Kind != sp.Kind && e.keys[0] != key {
			continue
		}
		if sameName(e, key, sp.Kind) {
			// A bare surname shared by two people ("Mendoza" after Rafael
			// and his wife Teresa Mendoza) is the one named first: news
			// style calls relatives by their first names.
			if best == nil || e.lastPos > best.lastPos && !(surname && best.sp.Kind == annotate.SpeakerPerson) {
				best = e
			}
		}
	}
	if best == nil {
		r.next++
		best = &entity{sp: annotate.Speaker{ID: "s" + itoa(r.next), Name: sp.Name, Kind: sp.Kind, Title: sp.Title}}
		best.refreshKeys()
		r.ents = append(r.ents, best)
	} else {
		best.merge(sp)
	}
	best.learn(sp.Aliases, female, male)
	best.mentioned(pos)
	return best, false
}

// merge takes in another mention's name, kind and title: the fullest name
// stays the name, the other becomes an alias.
func (e *entity) merge(sp annotate.Speaker) {
	if len(strings.Fields(sp.Name)) > len(strings.Fields(e.sp.Name)) && sp.Kind == e.sp.Kind {
		e.addAlias(e.sp.Name)
		e.sp.Name = sp.Name
	} else if nameKey(sp.Name) != nameKey(e.sp.Name) {
		e.addAlias(sp.Name)
	}
	if e.sp.Kind != sp.Kind && !e.used {
		e.sp.Kind = sp.Kind // a name met in passing, then described: "The developer, Eastfield Aggregates,"
	}
	if len(sp.Title) > len(e.sp.Title) {
		e.sp.Title = sp.Title
	}
	e.refreshKeys()
}

// learn adds what a new mention tells of e: aliases and gender (a
// contradiction is settled by the latest mention).
func (e *entity) learn(aliases []string, female, male bool) {
	for _, a := range aliases {
		e.addAlias(a)
	}
	e.refreshKeys()
	e.female = e.female || female
	e.male = e.male || male
	if e.female && e.male {
		e.female, e.male = female, male
	}
}

// shortForm finds the speaker a shorter mention stands for: the start of an
// organization's name ("Northern Crown" for "Northern Crown Railways"), or
// a role for the latest person holding it ("the fire chief" for "Walt
// Pomeroy, the fire chief").
func (r *registry) shortForm(sp annotate.Speaker, key string) *entity {
	if sp.Kind != annotate.SpeakerPerson && sp.Kind != annotate.SpeakerGroup && sp.Kind != annotate.SpeakerAnonymous {
		return nil
	}
	var best *entity
	lower := sp.Name == strings.ToLower(sp.Name)
	prefix, suffix := key+" ", " "+key
	for _, e := range r.ents {
		k := e.keys[0]
		switch {
		case !lower && sp.Kind == annotate.SpeakerPerson && e.sp.Kind == annotate.SpeakerOrganization && strings.HasPrefix(k, prefix):
		case lower && sp.Kind == annotate.SpeakerPerson && e.sp.Kind == annotate.SpeakerPerson && e.sp.Title != "" && k != key && strings.HasSuffix(e.titleKey, suffix):
		case lower && sp.Kind == annotate.SpeakerGroup && !strings.Contains(key, " ") && (e.sp.Kind == annotate.SpeakerGroup || e.sp.Kind == annotate.SpeakerAnonymous) && k != key && hasWord(k, key):
			// "the people" for "people familiar with the matter", "one of
			// the officials" for "two officials familiar with the talks"
		case lower && sp.Kind == annotate.SpeakerAnonymous && !strings.Contains(key, " ") && e.sp.Kind == annotate.SpeakerAnonymous && k != key && strings.HasSuffix(k, suffix):
			// "the diplomat" for "a Western diplomat who has followed the talks"
		default:
			continue
		}
		if best == nil || e.lastPos > best.lastPos {
			best = e
		}
	}
	return best
}

// unknownName: a name read as a person's that nothing shows to be one (no
// listed first name, no title): it may as well be a company's ("Brantwood
// Dairies"), so it is a rival for "it" and "the company".
func (e *entity) unknownName() bool {
	return e.sp.Kind == annotate.SpeakerPerson && !e.female && !e.male && e.sp.Title == "" && e.sp.Name != strings.ToLower(e.sp.Name)
}

// knownPerson is the first person named with the surname (the last word of
// the name) or alias w ("brooks" for Kayla Brooks), or nil.
func (r *registry) knownPerson(w string) *entity {
	if countries.has(w) {
		return nil
	}
	for _, e := range r.ents {
		if e.sp.Kind == annotate.SpeakerPerson && !e.inner && len(e.words) > 1 && (e.words[len(e.words)-1] == w || slices.Contains(e.keys, w)) {
			return e
		}
	}
	return nil
}

// companyNouns stand for a company named before: "Voltaris Energy said…
// The company said…".
var companyNouns = &lexicon{words: `company firm business retailer carrier airline lender insurer manufacturer
maker automaker chain startup developer operator publisher broadcaster supplier`}

// publicBodies are organization words no company is named with.
var publicBodies = &lexicon{words: `ministry department council court police government agency commission
authority office union university school hospital board committee parliament congress senate
administration assembly district city county state`}

// company finds the company "the company" (noun w) stands for: the latest
// organization named with a proper name that is no public body. It is sure
// only when no other such organization was mentioned since the paragraph
// before (since).
func (r *registry) company(w string, pos, since int) (*entity, float64) {
	var best *entity
	others := 0
	for _, e := range r.ents {
		if e.unknownName() && !e.inner && e.lastPos >= since && e.lastPos < pos {
			others++ // "Harlow Foods agreed to buy Brantwood Dairies": a name that may be a company's
		}
		if e.sp.Kind != annotate.SpeakerOrganization || e.inner || e.lastPos > pos || e.sp.Name == strings.ToLower(e.sp.Name) || slices.ContainsFunc(e.words, publicBodies.has) {
			continue
		}
		if e.lastPos >= since {
			others++
		}
		if best == nil || e.lastPos > best.lastPos {
			best = e
		}
	}
	if best == nil {
		return nil, 0
	}
	if t := r.topic; t != nil && t != best && t.sp.Kind == annotate.SpeakerOrganization && t.lastPos >= since && t.lastPos <= pos && t.sp.Name != strings.ToLower(t.sp.Name) && !slices.ContainsFunc(t.words, publicBodies.has) {
		best = t // the latest subject, as for pronouns: "Corvane offered to buy Tessaly… The company said"
	}
	conf := 1.0
	if others > 1 || best.lastPos < since {
		conf = 0.8
	}
	best.addAlias("the " + w)
	best.refreshKeys()
	best.mentioned(pos)
	return best, conf
}

// hasWord: w is a whole word of the name key k.
func hasWord(k, w string) bool {
	return slices.Contains(strings.Fields(k), w)
}

func (e *entity) addAlias(a string) {
	k := nameKey(a)
	if k == "" || k == nameKey(e.sp.Name) {
		return
	}
	for _, old := range e.sp.Aliases {
		if nameKey(old) == k {
			return
		}
	}
	e.sp.Aliases = append(e.sp.Aliases, a)
}

// sameName: equal names or aliases, or one person's one-word name is part of
// the other's ("Lavrov" and "Sergei Lavrov", "Wang" and "Wang Yi").
func sameName(e *entity, key string, kind annotate.SpeakerKind) bool {
	for _, k := range e.keys {
		if k == key {
			return true
		}
	}
	if e.sp.Kind != annotate.SpeakerPerson || kind != annotate.SpeakerPerson {
		return false
	}
	a := e.keys[0]
	short, long := key, a
	if strings.Contains(short, " ") {
		short, long = long, short
	}
	if short == "" || strings.Contains(short, " ") {
		return false
	}
	// A word of the longer name, without splitting it: "lavrov" in
	// "sergei lavrov".
	for i := strings.Index(long, short); i >= 0; {
		end := i + len(short)
		if (i == 0 || long[i-1] == ' ') && (end == len(long) || long[end] == ' ') {
			return true
		}
		j := strings.Index(long[i+1:], short)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func nameKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "’s")
	return s
}

// pronoun finds the entity a pronoun at pos most likely refers to: the most
// recent compatible speaker, preferring sentence subjects.
//
// It is sure only when the choice is unambiguous: the antecedent is near,
// of the pronoun's gender, and no other compatible speaker was mentioned
// since the start of the paragraph before (since gives the start of the
// paragraph before an offset) — or, when the antecedent was last mentioned
// further back, since the paragraph before that mention: a chain of "she
// says" across paragraphs about nobody is sure only if nobody else
// compatible was about where it was last renewed. With a rival about, the
// most recent one is a guess, however often it is right.
func (r *registry) pronoun(word string, pos int, since func(int) int, except *entity) (*entity, float64) {
	var best *entity
	bestScore := -1.0
	for _, e := range r.ents {
		if e.lastPos >= pos || e.inner || e == except {
			continue
		}
		// A known gender only rules candidates out: a listed first name
		// is no reason to prefer a more distant woman to one whose name
		// the lists lack.
		if ok, _ := compatible(word, e); !ok {
			continue
		}
		score := float64(e.lastPos)
		if e == r.topic && e.sp.Kind != annotate.SpeakerAnonymous {
			score += 600 // the latest subject beats a passing mention a sentence later
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	if best == nil {
		return nil, 0
	}
	// Another compatible speaker mentioned since the paragraph before, or
	// after the one chosen (which won as the subject), makes it a guess.
	ambiguous := false
	from := since(pos)
	if best.lastPos < from {
		from = since(best.lastPos)
	}
	for _, e := range r.ents {
		if ok, _ := compatible(word, e); (ok || word == "it" && e.unknownName()) && e != best && !e.inner && e.lastPos < pos && (e.lastPos >= from || e.lastPos > best.lastPos) {
			ambiguous = true
		}
	}
	_, certain := compatible(word, best)
	switch {
	case pos-best.lastPos > 1500:
		return best, 0.6 // far back: a guess
	case !certain:
		return best, 0.7
	case ambiguous:
		return best, 0.8 // "she" with another woman (or a person of unknown gender) just mentioned, "it" with another organization
	}
	return best, 1
}

func compatible(word string, e *entity) (ok, certain bool) {
	switch word {
	case "she":
		return (e.sp.Kind == annotate.SpeakerPerson || e.sp.Kind == annotate.SpeakerAnonymous) && !e.male, e.female
	case "he":
		return (e.sp.Kind == annotate.SpeakerPerson || e.sp.Kind == annotate.SpeakerAnonymous) && !e.female, e.male
	case "it":
		k := e.sp.Kind
		return k == annotate.SpeakerOrganization || k == annotate.SpeakerPublication, true
	case "they":
		k := e.sp.Kind
		return k == annotate.SpeakerGroup || k == annotate.SpeakerAnonymous || k == annotate.SpeakerOrganization, false
	case "person": // an epithet: "the centre-back"
		return e.sp.Kind == annotate.SpeakerPerson, false
	case "them": // "one of them": people
		k := e.sp.Kind
		return k == annotate.SpeakerGroup || k == annotate.SpeakerAnonymous, false
	}
	return false, false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
