package suggest

import (
	"sort"
	"strings"

	"whosaid/annotate"
)

// HighConfidence is the confidence at and above which a suggestion counts
// as high-confidence ("accept all high-confidence" takes these).
const HighConfidence = 0.8

// Suggestion is one proposed claim. Its SpeakerID refers to Result.Speakers.
type Suggestion struct {
	Claim      annotate.Claim
	Confidence float64  // 0..1
	Reason     string   // why it was proposed, for the reviewer
	Evidence   Evidence // what its speaker rests on
}

// High tells whether the suggestion is high-confidence.
func (s Suggestion) High() bool { return s.Confidence >= HighConfidence }

// Result is what the extractor proposes for a document.
type Result struct {
	Speakers    []annotate.Speaker
	Suggestions []Suggestion // in document order
}

// extractor holds the state of one run over a document.
type extractor struct {
	runes  []rune
	toks   []token
	sents  []sentence // token ranges over toks, in document order
	sentOf []int      // sentence index of each token
	reg    registry
	quotes []quote
	inQ    []int // for each token, index+1 of the speech quote holding it
	out    []Suggestion
	ents   []*entity // entity of each suggestion in out
	last   *lastClaim
	// quoted marks the tokens inside quotation marks: names there are not
	// noted for pronouns.
	quoted []bool
	// lowerSeen holds the words the article uses in lower case: a
	// capitalized "Baker" before a name is a title when "baker" occurs.
	lowerSeen map[string]bool
	// capSeen holds the words the article capitalizes where no sentence
	// or quote starts: the evidence that a sentence-initial word is a name.
	capSeen map[string]bool
	starts  map[int]bool // start offsets of the claims proposed so far
	// subjectOf is the person each sentence is about (its subject outside
	// quotes), for a bare quotation right after it.
	subjectOf []*entity
	// blockFirst is the first token of each block; qa and qaColon mark an
	// interview's questions and answers and their labels (interview.go).
	blockFirst []int
	qa         []qaRole
	qaColon    []int
}

type quote struct {
	o, c     int  // token indices of the opening and closing marks
	reopened bool // spans paragraphs
	done     bool // consumed (merged into an interrupted quote)
}

// lastClaim remembers the speaker of the latest claim, for an
// unattributed quote that continues it.
type lastClaim struct {
	e      *entity
	block  int
	direct bool
	conf   float64
}

// Suggest proposes claims, speakers and cues for a document.
func Suggest(doc annotate.Document) Result {
	x := &extractor{runes: []rune(doc.Text())}
	starts := doc.BlockStarts()
	for bi, b := range doc.Blocks {
		bt := tokenize([]rune(b.Text), starts[bi], bi)
		base := len(x.toks)
		x.blockFirst = append(x.blockFirst, base)
		x.toks = append(x.toks, bt...)
		for _, s := range splitSentences(bt) {
			x.sents = append(x.sents, sentence{s.from + base, s.to + base})
		}
	}
	x.lowerSeen = make(map[string]bool)
	x.starts = make(map[int]bool)
	for _, t := range x.toks {
		if t.kind == tWord && !t.capitalized() {
			x.lowerSeen[t.lower] = true
		}
	}
	x.sentOf = make([]int, len(x.toks))
	x.capSeen = make(map[string]bool)
	for si, s := range x.sents {
		for k := s.from; k < s.to; k++ {
			x.sentOf[k] = si
			if k > s.from && x.toks[k].capitalized() && x.toks[k-1].kind != tOpenQ {
				x.capSeen[x.toks[k].lower] = true
			}
		}
	}
	x.subjectOf = make([]*entity, len(x.sents))
	x.findQuotes()
	x.quoted = make([]bool, len(x.toks))
	for _, q := range x.quotes {
		for k := q.o; k <= q.c; k++ {
			x.quoted[k] = true
		}
	}
	x.findInterview(x.blockFirst)
	for si := range x.sents {
		x.sentenceClaims(si)
	}
	x.repeatedQuotes()
	return x.result()
}

// repeatedQuotes: a quotation in the headline or standfirst that nobody
// is named for ("‘After Friday, the nearest bank is a bus ride away’: a
// town loses its branch") is the speaker's whose quotation in the body
// holds the same words (guidelines 2.7).
func (x *extractor) repeatedQuotes() {
	t := x.toks
	for qi, q := range x.quotes {
		if t[q.o].block > 1 || x.inQ[q.o] != 0 || !x.hasWords(q.o+1, q.c, 3) {
			continue
		}
		words := strings.Join(strings.Fields(strings.Trim(string(x.runes[t[q.o].end:t[q.c].start]), " ,.!?…")), " ")
		for i, s := range x.out {
			if s.Claim.Attribution != annotate.AttrDirect || s.Claim.Span.Start < t[q.c].end || x.blockAt(s.Claim.Span.Start) <= t[q.o].block {
				continue
			}
			if body := strings.Join(strings.Fields(string(x.runes[s.Claim.Span.Start:s.Claim.Span.End])), " "); strings.Contains(body, words) {
				x.inQ[q.o] = qi + 1
				x.add(t[q.o].end, t[q.c].start, source{e: x.ents[i], sure: 1, ev: EvidenceRepeated}, annotate.AttrDirect, [2]int{}, [2]int{}, 0.75, "headline quotation repeated in the body")
				break
			}
		}
	}
}

// findQuotes pairs quotation marks. Double marks pair at the top level;
// single marks only where no double quote is open (nested single quotes
// stay inside their double quote). A paragraph that ends inside a quote and
// a next paragraph that reopens it make one quote.
func (x *extractor) findQuotes() {
	var stack []int // open marks, outermost first
	reopened := false
	for i := 0; i < len(x.toks); i++ {
		t := x.toks[i]
		if len(stack) > 0 && i > stack[0] && t.block != x.toks[i-1].block {
			// New paragraph while a quote is open: continue it only if the
			// paragraph reopens with the outer mark.
			if t.kind == tOpenQ && t.single == x.toks[stack[0]].single {
				stack, reopened = stack[:1], true
				continue
			}
			stack = nil
		}
		switch t.kind {
		case tOpenQ:
			if len(stack) == 0 {
				reopened = false
			}
			stack = append(stack, i)
		case tCloseQ:
			// Close the innermost open mark of the same kind, and any
			// unclosed mark inside it: “… ‘… “Jaws” …’ …”.
			for d := len(stack) - 1; d >= 0; d-- {
				if x.toks[stack[d]].single == t.single {
					if d == 0 {
						x.quotes = append(x.quotes, quote{o: stack[0], c: i, reopened: reopened})
					}
					stack = stack[:d]
					break
				}
			}
		}
	}
	x.inQ = make([]int, len(x.toks))
}

// words counts word and number tokens in [from, to).
func (x *extractor) words(from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if x.toks[k].kind == tWord || x.toks[k].kind == tNum {
			n++
		}
	}
	return n
}

// hasWords tells whether [from, to) holds at least n words or numbers,
// looking no further than it must (a content may run to the end of a very
// long sentence).
func (x *extractor) hasWords(from, to, n int) bool {
	for k := from; k < to && n > 0; k++ {
		if x.toks[k].kind == tWord || x.toks[k].kind == tNum {
			n--
		}
	}
	return n <= 0
}

// speechLike tells a quoted utterance from a scare quote, a title or a
// quoted term: at least four words, ending in punctuation or long.
func (x *extractor) speechLike(q quote) bool {
	n := x.words(q.o+1, q.c)
	last := x.toks[q.c-1]
	punct := last.kind == tPunct && strings.ContainsAny(last.text, ",.!?…—")
	return n >= 4 && (punct || n >= 8)
}

// sentenceClaims finds the claims that start in sentence si.
func (x *extractor) sentenceClaims(si int) {
	s := x.sents[si]
	x.noteSubject(s)
	if x.qa != nil {
		switch b := x.toks[s.from].block; x.qa[b] {
		case qaQuestion, qaMore:
			return // the journalist's question; an answer's later paragraph
		case qaAnswer:
			if s.from == x.blockFirst[b] {
				x.interviewAnswer(b, x.blockFirst)
			}
			return
		}
	}
	hasSpeech := false
	for qi := range x.quotes {
		q := &x.quotes[qi]
		if q.o < s.from || q.o >= s.to || q.done {
			continue
		}
		if x.directQuote(qi) {
			hasSpeech = true
		}
	}
	for k := s.from; k < s.to; k++ {
		if x.inQ[k] != 0 {
			hasSpeech = true
		}
	}
	if !hasSpeech {
		x.indirect(s)
	}
}

// subjectStart skips a leading adverbial ("At a regular press conference
// in Beijing on Tuesday,", "In March,") and conjunctions.
func (x *extractor) subjectStart(s sentence) int {
	i := s.from
	t := x.toks
	i = x.afterDateline(s)
	for n := 0; n < 3; n++ {
		if i < s.to && t[i].is("but", "and", "yet", "so", "still", "meanwhile", "however", "instead", "separately", "now", "then", "also") {
			i++
			if i < s.to && t[i].text == "," {
				i++
			}
		}
		if i >= s.to || !leadingAdverbials.has(t[i].lower) {
			break
		}
		comma, reach := -1, 20
		if !isPreposition(t[i].lower) && !t[i].is("speaking", "asked", "told", "pressed", "when", "while", "as", "after", "before", "during", "since", "despite", "amid", "following", "until", "although", "though", "because", "if", "once", "unlike", "like", "among", "beyond", "behind", "within", "throughout", "through", "without", "last", "next", "this", "back") {
			reach = 4 // "Yesterday, …", "Monday, …"
		}
		for k := i; k < s.to && k < i+reach; k++ {
			if t[k].text == "," {
				comma = k
				break
			}
			clauseLike := t[i].is("asked", "told", "pressed", "speaking", "when", "while", "as", "if", "after", "before", "because", "although", "though", "since", "once", "following")
			if t[k].kind == tOpenQ || t[k].kind == tCloseQ || !clauseLike && t[k].kind == tWord && !t[k].capitalized() && reportingVerbs.has(t[k].lower) && !x.nounContext(k) && k > i {
				break
			}
		}
		if comma < 0 {
			break
		}
		i = comma + 1
		if i < s.to && t[i].is("which", "where", "who", "whose") {
			// "At St. Luke’s, which has treated 14 of the patients, doctors
			// said": the adverbial's relative clause runs to its comma.
			for k := i + 1; k < s.to && k < i+20; k++ {
				if t[k].text == "," {
					i = k + 1
					break
				}
			}
		}
	}
	return i
}

// afterDateline skips a dateline at the start of a sentence: "LONDON —",
// "ADRÉ, Chad —", "MANCHESTER, N.H. —", "OTTAWA (Reuters) -".
func (x *extractor) afterDateline(s sentence) int {
	t := x.toks
	i := s.from
	if i >= s.to || !isAllCaps(t[i].text) || t[i].kind != tWord {
		return i
	}
	for k := i + 1; k < s.to && k < i+8; k++ {
		switch {
		case t[k].kind == tPunct && (t[k].text == "—" || t[k].text == "–" || t[k].text == "-"):
			return k + 1
		case t[k].kind == tWord && (t[k].capitalized() || isAbbrev(t[k].text)), t[k].kind == tNum, t[k].text == ",", t[k].text == "(", t[k].text == ")", t[k].text == ".":
			continue
		}
		break
	}
	return i
}

// leadingAdverbials open an adverbial phrase ended by a comma before the
// subject: "Across the river in Dunmore, …", "Last year, …", "Asked about
// the fire, …".
var leadingAdverbials = &lexicon{words: `at in on after during since last earlier later before speaking asked
when while as across outside inside near despite amid following from for with without under over
through throughout by until unlike like among beyond behind within once if although though because
yesterday today this next back by monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december in addition
according writing responding testifying appearing interviewed reached contacted told pressed`}

// add records a suggestion attributed to src; form is what the claim's
// form is worth (source.confidence).
func (x *extractor) add(from, to int, src source, attr annotate.AttributionType, cue, mention [2]int, form float64, reason string) {
	e, conf := src.e, src.confidence(form)
	// Trim edge punctuation and white space.
	for from < to && strings.ContainsRune(" ,;:—–-\n", x.runes[from]) {
		from++
	}
	for to > from && strings.ContainsRune(" ,;:—–-\n", x.runes[to-1]) {
		to--
	}
	// A mixed claim ends with its fragment's last word: "the vote “a
	// betrayal of every family farm”." → "the vote “a betrayal of every
	// family farm" (guidelines 2.3).
	for attr == annotate.AttrMixed && to > from && strings.ContainsRune("”’\"'.,", x.runes[to-1]) {
		to--
	}
	if to-from < 3 || e == nil {
		return
	}
	if x.starts[from] {
		return // already proposed
	}
	x.starts[from] = true
	e.used = true
	c := annotate.Claim{
		ID:          "g" + itoa(len(x.out)+1),
		Span:        annotate.Span{Start: from, End: to},
		SpeakerID:   e.sp.ID,
		Attribution: attr,
		Kind:        x.claimKind(from, to, cue, e),
	}
	if cue[1] > cue[0] {
		c.Cue = &annotate.Span{Start: cue[0], End: cue[1]}
	}
	if mention[1] > mention[0] {
		c.Mentions = []annotate.Span{{Start: mention[0], End: mention[1]}}
	}
	x.out = append(x.out, Suggestion{Claim: c, Confidence: conf, Reason: reason, Evidence: src.ev})
	x.last = &lastClaim{e: e, block: x.blockAt(from), direct: attr == annotate.AttrDirect, conf: conf}
	x.ents = append(x.ents, e)
}

// blockAt is the block holding the code point at offset.
func (x *extractor) blockAt(offset int) int {
	return x.toks[x.tokenAt(offset)].block
}

// tokenAt is the token holding (or first after) the code point at offset.
func (x *extractor) tokenAt(offset int) int {
	i := sort.Search(len(x.toks), func(i int) bool { return x.toks[i].end > offset })
	if i == len(x.toks) {
		i--
	}
	return i
}

// result builds the output: speakers in order of first use, spans with
// quotes and context, suggestions in document order.
func (x *extractor) result() Result {
	ix := annotate.NewTextIndex(string(x.runes))
	fix := func(s annotate.Span) annotate.Span { return annotate.MakeSpan(ix, s.Start, s.End) }
	var r Result
	ids := map[string]string{}
	for i := range x.out {
		e := x.ents[i]
		if _, ok := ids[e.sp.ID]; !ok {
			id := "s" + itoa(len(ids)+1)
			ids[e.sp.ID] = id
			sp := e.sp
			sp.ID = id
			r.Speakers = append(r.Speakers, sp)
		}
	}
	for _, s := range x.out {
		s.Claim.SpeakerID = ids[s.Claim.SpeakerID]
		s.Claim.Span = fix(s.Claim.Span)
		if s.Claim.Cue != nil {
			c := fix(*s.Claim.Cue)
			s.Claim.Cue = &c
		}
		for i := range s.Claim.Mentions {
			s.Claim.Mentions[i] = fix(s.Claim.Mentions[i])
		}
		r.Suggestions = append(r.Suggestions, s)
	}
	sort.SliceStable(r.Suggestions, func(i, j int) bool {
		return annotate.ClaimLess(r.Suggestions[i].Claim, r.Suggestions[j].Claim)
	})
	// Speakers must be up to date with aliases learned after first use.
	for _, e := range x.reg.ents {
		if id, ok := ids[e.sp.ID]; ok {
			i := sort.Search(len(r.Speakers), func(i int) bool {
				return len(r.Speakers[i].ID) > len(id) || len(r.Speakers[i].ID) == len(id) && r.Speakers[i].ID >= id
			})
			sp := e.sp
			sp.ID = id
			r.Speakers[i] = sp
		}
	}
	return r
}

// span2 is a [start, end) pair of code points.
func (x *extractor) span2(from, to int) [2]int {
	if to <= from {
		return [2]int{}
	}
	return [2]int{x.toks[from].start, x.toks[to-1].end}
}

// mentionSpan is the phrase without a leading determiner.
func (x *extractor) mentionSpan(p phrase) [2]int {
	from := p.from
	for from < p.to && isDeterminer(x.toks[from]) {
		from++
	}
	return x.span2(from, p.to)
}
