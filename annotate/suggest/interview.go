package suggest

import "whosaid/annotate"

// Interviews printed as questions and answers (guidelines 2.8): each answer
// is one direct claim of the interviewee, without quotation marks, from its
// first word to its last, over the paragraphs it runs on, without the label
// ("Moss:", "A:"); the questions are the journalist's.

// qaRole is what a paragraph is in an interview.
type qaRole uint8

const (
	qaNone     qaRole = iota
	qaQuestion        // "Q: …" or the interviewer's label, and what follows it
	qaAnswer          // "A: …" or the interviewee's label
	qaMore            // an unlabelled paragraph continuing an answer
)

// qaLabel is the label that opens block b ("Q:", "A:", "Moss:", "Ana
// Ruiz:"): the index of its colon token, or -1.
func (x *extractor) qaLabel(first, end int) int {
	t := x.toks
	for k := first; k < end && k < first+4; k++ {
		if t[k].text == ":" && k > first {
			return k
		}
		if !t[k].capitalized() && !isAllCaps(t[k].text) {
			return -1
		}
	}
	return -1
}

// findInterview marks the paragraphs of a question-and-answer interview:
// at least three labelled paragraphs, with "Q"/"Question" labels or two
// alternating name labels (the interviewer's being the one whose
// paragraphs end in a question mark).
func (x *extractor) findInterview(blockFirst []int) {
	t := x.toks
	n := len(blockFirst)
	labels := make([]string, n)
	colon := make([]int, n)
	questions := map[string]int{}
	count := map[string]int{}
	for b := range n {
		end := len(t)
		if b+1 < n {
			end = blockFirst[b+1]
		}
		colon[b] = -1
		if blockFirst[b] >= end {
			continue
		}
		if c := x.qaLabel(blockFirst[b], end); c > 0 {
			colon[b] = c
			labels[b] = x.surface(t[blockFirst[b]:c])
			count[labels[b]]++
			if t[end-1].text == "?" {
				questions[labels[b]]++
			}
		}
	}
	asker := ""
	for l, c := range count {
		if l == "Q" || l == "Question" || c >= 2 && questions[l]*2 > c && (asker == "" || questions[l] > questions[asker]) {
			asker = l
		}
	}
	if asker == "" || count[asker] < 2 || len(count) < 2 {
		x.findUnlabelledInterview(blockFirst)
		return
	}
	x.qaColon = colon
	x.labelledRoles(labels, asker, blockFirst)
}

// labelledRoles gives each paragraph of a labelled interview its role: the
// asker's labels are questions, other labels answers, and unlabelled
// paragraphs go on with the answer before them.
func (x *extractor) labelledRoles(labels []string, asker string, blockFirst []int) {
	n := len(labels)
	x.qa = make([]qaRole, n)
	lastLabel := -1
	for b := range n {
		if labels[b] != "" {
			lastLabel = b
		}
	}
	role, asked := qaNone, false
	for b := range n {
		switch {
		case labels[b] == asker:
			role, asked = qaQuestion, true
		case labels[b] != "" && !asked:
			// A label before the first question answers nothing: a
			// headline ("Jane Roe: ‘Every family has a secret’") or an
			// introduction, whatever paragraphs follow it.
			role = qaNone
		case labels[b] != "":
			role = qaAnswer
		case b > lastLabel && !(role == qaAnswer || role == qaMore) || b > lastLabel && !x.firstPerson(blockFirst, b):
			// After the last labelled paragraph the article resumes, unless
			// the last answer runs on in the interviewee's own voice.
			role = qaNone
		case role == qaAnswer || role == qaMore:
			role = qaMore
		}
		x.qa[b] = role
	}
}

// findUnlabelledInterview marks a question-and-answer interview printed
// without labels (the questions set in bold): at least three short
// paragraphs without quotation marks that ask (end in "?" or address
// "you"), each followed by a paragraph in the first person (then any such
// paragraph is a question, whatever follows it). The paragraphs
// after a question are its answer until the next question, except
// narration: a paragraph with a reporting verb outside quotes ("…,’
// Makinde says"); after the last answer only first-person paragraphs go on.
func (x *extractor) findUnlabelledInterview(blockFirst []int) {
	n := len(blockFirst)
	question := make([]bool, n)
	count := 0
	for b := 0; b+1 < n; b++ {
		if x.asks(blockFirst, b) {
			question[b] = true
			if x.speaksAsI(blockFirst, b+1) {
				count++
			}
		}
	}
	if count < 3 {
		return
	}
	x.qa = make([]qaRole, n)
	x.qaColon = make([]int, n)
	last := 0
	for b := range n {
		x.qaColon[b] = blockFirst[b] - 1 // no label: the answer starts at the paragraph
		if question[b] {
			last = b
		}
	}
	role := qaNone
	for b := range n {
		switch {
		case question[b]:
			role = qaQuestion
		case role == qaQuestion:
			role = qaAnswer
		case role == qaNone || x.narrates(blockFirst, b) || b > last && !x.firstPerson(blockFirst, b):
			role = qaNone
		default:
			role = qaMore
		}
		x.qa[b] = role
	}
}

// blockEnd is where block b's tokens end.
func (x *extractor) blockEnd(blockFirst []int, b int) int {
	if b+1 < len(blockFirst) {
		return blockFirst[b+1]
	}
	return len(x.toks)
}

// asks: block b is a short paragraph without quotation marks that ends in
// a question mark or speaks to "you".
func (x *extractor) asks(blockFirst []int, b int) bool {
	from, end := blockFirst[b], x.blockEnd(blockFirst, b)
	if end <= from || x.hasWords(from, end, 41) {
		return false
	}
	you := x.toks[end-1].text == "?"
	for _, t := range x.toks[from:end] {
		if t.kind == tOpenQ || t.kind == tCloseQ {
			return false
		}
		you = you || t.is("you", "your", "yours")
	}
	return you
}

// speaksAsI: block b holds a first-person word outside quotation marks.
func (x *extractor) speaksAsI(blockFirst []int, b int) bool {
	from, end := blockFirst[b], x.blockEnd(blockFirst, b)
	for k := from; k < end; k++ {
		if !x.quoted[k] && x.toks[k].is("i", "we", "my", "our", "me", "us", "i’m", "i'm", "i’ve", "i've", "i’d", "i'd", "i’ll", "i'll") {
			return true
		}
	}
	return false
}

// narrates: block b reports someone's words with a verb outside quotation
// marks: the journalist's narration between answers.
func (x *extractor) narrates(blockFirst []int, b int) bool {
	from, end := blockFirst[b], x.blockEnd(blockFirst, b)
	for k := from; k < end; k++ {
		if !x.quoted[k] && x.toks[k].is("says", "said") {
			return true
		}
	}
	return false
}

// firstPerson: block b speaks in the first person and quotes nobody.
func (x *extractor) firstPerson(blockFirst []int, b int) bool {
	end := len(x.toks)
	if b+1 < len(blockFirst) {
		end = blockFirst[b+1]
	}
	me := false
	for _, t := range x.toks[blockFirst[b]:end] {
		if t.kind == tOpenQ {
			return false
		}
		me = me || t.is("i", "we", "my", "our", "me", "us", "i’m", "i'm", "we’re", "we're", "i’ve", "we’ve")
	}
	return me
}

// interviewAnswer proposes the answer that starts in block b: a direct
// claim from after the label to the end of the last paragraph it runs on.
func (x *extractor) interviewAnswer(b int, blockFirst []int) {
	t := x.toks
	from := x.qaColon[b] + 1
	last := b
	for last+1 < len(x.qa) && x.qa[last+1] == qaMore {
		last++
	}
	end := len(t)
	if last+1 < len(blockFirst) {
		end = blockFirst[last+1]
	}
	for end > from && t[end-1].kind == tPunct && t[end-1].text != "." && t[end-1].text != "?" && t[end-1].text != "!" {
		end--
	}
	if from >= end {
		return
	}
	var label []token
	if x.qaColon[b] >= blockFirst[b] {
		label = t[blockFirst[b]:x.qaColon[b]]
	}
	var e *entity
	conf := 0.85
	if len(label) == 0 || len(label) == 1 && label[0].is("a", "answer") {
		e, conf = x.reg.interviewee(), 0.7
	} else {
		p := phrase{from: blockFirst[b], to: x.qaColon[b]}
		sp, f, m := x.describe(p)
		if sp.Name != "" {
			e, _ = x.reg.resolve(sp, f, m, label[0].start)
			e.named = e.named || x.named(p, sp)
		}
	}
	if e == nil {
		return
	}
	x.add(t[from].start, t[end-1].end, source{e: e, sure: 1, ev: EvidenceInterview}, annotate.AttrDirect, [2]int{}, x.span2(blockFirst[b], x.qaColon[b]), conf, "answer in a question-and-answer interview")
	x.innerClaims(from-1, end, e)
}

// interviewee is the person an interview's "A:" answers belong to: the
// first person the article names.
func (r *registry) interviewee() *entity {
	for _, e := range r.ents {
		if e.sp.Kind == annotate.SpeakerPerson && !e.inner {
			return e
		}
	}
	return nil
}
