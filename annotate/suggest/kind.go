package suggest

import (
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

// claimKind is the kind of the claim [from, to) with the cue span cue,
// said by e.
func (x *extractor) claimKind(from, to int, cue [2]int, e *entity) annotate.ClaimKind {
	text := strings.ToLower(string(x.runes[from:to]))
	verb := strings.ToLower(string(x.runes[cue[0]:cue[1]]))
	words := strings.FieldsFunc(text, func(r rune) bool { return !isLetter(r) && r != '’' && r != '\'' })
	switch {
	case strings.HasSuffix(strings.TrimRight(text, " ”’\"'.,"), "?") || len(words) > 0 && (words[0] == "whether" || words[0] == "if") && strings.HasPrefix(verb, "ask"):
		return annotate.KindOther // a question, quoted or reported
	case promiseCues.has(verb) || containsAny(" "+text+" ", " will ", " would ", " set to ", " plans to ", " going to ", "’ll ", "'ll ", " likely "):
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
func personalPast(words []string) bool {
	me := -10
	for i, w := range words {
		if w == "i" || w == "we" || w == "my" || w == "our" || w == "me" || w == "us" {
			me = i
			continue
		}
		if i-me <= 3 && (pastForms.has(w) || strings.HasSuffix(w, "ed") && len(w) > 4) {
			return true
		}
	}
	return false
}

func anyIn(words []string, l *lexicon) bool {
	for _, w := range words {
		if l.has(w) {
			return true
		}
	}
	return false
}
