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
		return
	}
	x.qa = make([]qaRole, n)
	x.qaColon = colon
	lastLabel := -1
	for b := range n {
		if labels[b] != "" {
			lastLabel = b
		}
	}
	role := qaNone
	for b := range n {
		switch {
		case labels[b] == asker:
			role = qaQuestion
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
	label := t[blockFirst[b]:x.qaColon[b]]
	var e *entity
	conf := 0.85
	if len(label) == 1 && label[0].is("a", "answer") {
		e, conf = x.reg.interviewee(), 0.7
	} else {
		sp, f, m := x.describe(phrase{from: blockFirst[b], to: x.qaColon[b]})
		if sp.Name != "" {
			e = x.reg.resolve(sp, f, m, label[0].start)
		}
	}
	if e == nil {
		return
	}
	x.add(t[from].start, t[end-1].end, e, annotate.AttrDirect, [2]int{}, x.span2(blockFirst[b], x.qaColon[b]), conf, "answer in a question-and-answer interview")
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
