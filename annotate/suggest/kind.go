package suggest

import (
	"sort"
	"strings"

	"whosaid/annotate"
)

// The claim kind (guidelines 5 and the annotators' conventions), guessed
// from the cue and the words of the claim, in the guidelines' order:
// prediction, experience, opinion, fact; questions are "other".

// promiseCues report what the speaker will do: a prediction.
var promiseCues = &lexicon{verbs: true, words: `vow pledge promise threaten predict forecast expect plan+ project`}

// judgementCues report a request or a judgement: "urged residents to",
// "called the ruling…", "recommended that": an opinion.
var judgementCues = &lexicon{verbs: true, words: `urge call recommend demand advise encourage describe criticize
criticise praise accuse dismiss condemn hail tout warn insist argue believe think feel`}

// pastForms are irregular past tenses that tell a personal account ("I
// saw", "we lost").
var pastForms = &lexicon{words: `was were had saw lost went came got left took found told felt knew heard
thought made gave kept spent paid ran grew began fell sat stood slept woke drove`}

// opinionWords judge rather than state.
var opinionWords = &lexicon{words: `should must need needs important believe think wrong unacceptable good bad
best worst great terrible unfair fair mistake disaster shame ridiculous excellent deserve deserves
outrageous absurd better worse too enough nice awful wonderful proud`}

// claimKind is the kind of the claim [from, to) (code points) with the
// cue span cue, said by e.
func (x *extractor) claimKind(from, to int, cue [2]int, e *entity) annotate.ClaimKind {
	t := x.toks
	a := sort.Search(len(t), func(i int) bool { return t[i].start >= from })
	b := a
	for b < len(t) && t[b].end <= to {
		b++
	}
	c := sort.Search(len(t), func(i int) bool { return t[i].start >= cue[0] })
	verb := ""
	if cue[1] > cue[0] && c < len(t) {
		verb = t[c].lower
	}
	words := t[a:b]
	question := b > a && (t[b-1].text == "?" || b-1 > a && t[b-2].text == "?" && t[b-1].kind == tCloseQ) || to < len(x.runes) && x.runes[to] == '?'
	switch {
	case question || b > a && t[a].is("whether", "if") && strings.HasPrefix(verb, "ask"):
		return annotate.KindOther // a question, quoted or reported
	case promiseCues.has(verb) || hasAny(words, "will", "would", "likely", "’ll", "'ll") || hasPair(words, "going", "to") || hasPair(words, "set", "to") || hasPair(words, "plans", "to"):
		return annotate.KindPrediction
	case e.sp.Kind != annotate.SpeakerOrganization && e.sp.Kind != annotate.SpeakerPublication && personalPast(words):
		return annotate.KindExperience // "I waited six hours": what happened to the speaker
	case judgementCues.has(verb) || anyIn(words, opinionWords):
		return annotate.KindOpinion
	}
	return annotate.KindFact
}

// personalPast: a first-person account in the past ("I waited", "my rent
// doubled", "we were told").
func personalPast(words []token) bool {
	me := -10
	for i, w := range words {
		if w.is("i", "we", "my", "our", "me", "us") {
			me = i
			continue
		}
		if i-me <= 3 && (pastForms.has(w.lower) || strings.HasSuffix(w.lower, "ed") && len(w.lower) > 4) {
			return true
		}
	}
	return false
}

// hasAny: a word of the claim is one of ws ("I’ll" counts as "’ll").
func hasAny(words []token, ws ...string) bool {
	for _, w := range words {
		for _, s := range ws {
			if w.lower == s || strings.HasPrefix(s, "’") && strings.HasSuffix(w.lower, s) || strings.HasPrefix(s, "'") && strings.HasSuffix(w.lower, s) {
				return true
			}
		}
	}
	return false
}

// hasPair: two words follow each other ("set to", "plans to").
func hasPair(words []token, a, b string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i].lower == a && words[i+1].lower == b {
			return true
		}
	}
	return false
}

func anyIn(words []token, l *lexicon) bool {
	for _, w := range words {
		if l.has(w.lower) {
			return true
		}
	}
	return false
}
