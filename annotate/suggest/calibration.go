package suggest

// Evidence is what a suggestion's speaker rests on: how the text links the
// claim to its source. Confidence follows from it (source.confidence), so
// that "accept all high-confidence" takes only suggestions whose kind of
// evidence has proved right on articles the rules were not written on.
type Evidence string

const (
	// EvidenceName: a proper name next to the cue in the same sentence
	// ("Lavrov said", "said Dana Ortiz"), or a surname of a person named
	// before. The phrase's head must be the name: a capital elsewhere in a
	// description ("the owner of a mill in northern England") is none. A
	// name closing a description's relative clause ("one woman, a teacher
	// who gave only her first name, Lena") is a reading, certainty 0.8.
	EvidenceName Evidence = "name"
	// EvidenceDescription: a common-noun phrase next to the cue that names
	// its own source: a group, a document, an unnamed individual, an
	// organization described ("Workers leaving the shift said", "a
	// spokesperson who declined to be named").
	EvidenceDescription Evidence = "description"
	// EvidenceDefinite: a definite description taken for a source named
	// before ("the department", "the company", "the fire chief", "one of
	// the officials").
	EvidenceDefinite Evidence = "definite description"
	// EvidenceRole: a person known only by a role the text gave nobody
	// ("“…,” the defender added"): someone new, or someone named, called
	// so; on every mention while nobody is named so ("the owner of the
	// mill", who the next sentence names), never high.
	EvidenceRole Evidence = "role"
	// EvidenceEpithet: a description after a quote taken for a person in
	// the story ("the 31-year-old said").
	EvidenceEpithet Evidence = "epithet"
	// EvidencePronoun: a pronoun resolved to an earlier speaker.
	EvidencePronoun Evidence = "pronoun"
	// EvidenceContinuation: an unattributed quote that continues the
	// previous claim's speaker.
	EvidenceContinuation Evidence = "continuation"
	// EvidenceTopic: an unattributed quote after a sentence about its
	// speaker.
	EvidenceTopic Evidence = "sentence about the speaker"
	// EvidenceInner: a report inside a quotation, by someone the quoted
	// speaker mentions.
	EvidenceInner Evidence = "inside a quotation"
	// EvidenceInterview: an interview answer's label, or the interviewee
	// of a Q&A without labels.
	EvidenceInterview Evidence = "interview label"
	// EvidenceRepeated: a headline's quotation whose words a speaker's
	// quotation in the body repeats.
	EvidenceRepeated Evidence = "repeated quotation"
)

// source is who a claim is attributed to and how surely: the link's own
// certainty (1 when the text leaves no other reading) and its evidence.
type source struct {
	e    *entity
	sure float64
	ev   Evidence
}

// unnamedSure is the most a link to a source the text has not named can
// be worth: below high with any form. Descriptions ("the bank's results
// statement", "a consensus compiled by the bank", "one woman"), and the
// pronouns and continuations that reach one, were right 35 times in 45
// among high suggestions on unseen articles (v5, v6): which document,
// which group, which unnamed person is a reading the text leaves open
// (docs/suggest.md, Confidence).
const unnamedSure = 0.8

// confidence of a claim whose form (where its cue and content stand) is
// worth form, attributed to s.
func (s source) confidence(form float64) float64 {
	sure := s.sure
	if s.e != nil && !s.e.named {
		sure = min(sure, unnamedSure)
	}
	return form * sure
}

// partNameSure is the certainty of a name that is only part of the
// proper-name run around it (partOfName): below high with any form. Among
// the high suggestions of the three sets scored blind (v5, v6, v7) such
// names were wrong all 6 times (v6 1, v7 5) and no right suggestion on any
// dev article has one; every other name was right 235 times in 237
// (docs/suggest.md, Confidence).
const partNameSure = 0.8
