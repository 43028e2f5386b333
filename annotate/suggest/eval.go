package suggest

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"whosaid/annotate"
)

// Scores compares suggestions with a hand-made gold set.
type Scores struct {
	Gold, Predicted int
	Exact           int // pairs whose normalized spans are equal
	Overlap         int // pairs whose spans overlap
	SpeakerRight    int // overlapping pairs with the right speaker
	High            int // high-confidence suggestions
	HighRight       int // of those, paired with a gold claim and with its speaker
}

// Add sums scores, for an overall figure.
func (s Scores) Add(o Scores) Scores {
	return Scores{s.Gold + o.Gold, s.Predicted + o.Predicted, s.Exact + o.Exact, s.Overlap + o.Overlap,
		s.SpeakerRight + o.SpeakerRight, s.High + o.High, s.HighRight + o.HighRight}
}

// HighPrecision is the share of high-confidence suggestions that are right
// (what "accept all high-confidence" gets right); 1 when there are none.
func (s Scores) HighPrecision() float64 {
	if s.High == 0 {
		return 1
	}
	return float64(s.HighRight) / float64(s.High)
}

func prf(hit, pred, gold int) (p, r, f float64) {
	if pred > 0 {
		p = float64(hit) / float64(pred)
	}
	if gold > 0 {
		r = float64(hit) / float64(gold)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// ExactPRF is precision, recall and F1 of exact span matches.
func (s Scores) ExactPRF() (p, r, f float64) { return prf(s.Exact, s.Predicted, s.Gold) }

// OverlapPRF is precision, recall and F1 of overlapping span matches.
func (s Scores) OverlapPRF() (p, r, f float64) { return prf(s.Overlap, s.Predicted, s.Gold) }

// Attribution is the share of overlapping pairs with the right speaker.
func (s Scores) Attribution() float64 {
	if s.Overlap == 0 {
		return 0
	}
	return float64(s.SpeakerRight) / float64(s.Overlap)
}

// Evaluate pairs suggestions with gold claims one to one, largest overlap
// first (ties: document order), after trimming white space, punctuation and
// quotation marks at the span edges.
func Evaluate(gold *annotate.Set, r Result) Scores {
	s, _ := evaluate(gold, r)
	return s
}

// Outcome is how one suggestion fared against the gold set: Right when it
// overlaps the gold claim it is paired with and has that claim's speaker.
type Outcome struct {
	Evidence Evidence
	Reason   string
	High     bool
	Right    bool
	Gold     int // index of the gold claim it is paired with; -1 for none
}

// Judge is the outcome of each suggestion, in the order of r.Suggestions.
func Judge(gold *annotate.Set, r Result) []Outcome {
	_, out := evaluate(gold, r)
	return out
}

// overlapPair is a gold claim and a suggestion whose trimmed spans overlap
// by ov code points.
type overlapPair struct{ g, p, ov int }

// overlapPairs lists the overlapping pairs of gold spans gs and suggested
// spans ps, largest overlap first (ties: document order).
func overlapPairs(gs, ps [][2]int) []overlapPair {
	var pairs []overlapPair
	for gi, g := range gs {
		for pi, p := range ps {
			if ov := min(g[1], p[1]) - max(g[0], p[0]); ov > 0 {
				pairs = append(pairs, overlapPair{gi, pi, ov})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].ov != pairs[j].ov {
			return pairs[i].ov > pairs[j].ov
		}
		if pairs[i].g != pairs[j].g {
			return pairs[i].g < pairs[j].g
		}
		return pairs[i].p < pairs[j].p
	})
	return pairs
}

func evaluate(gold *annotate.Set, r Result) (Scores, []Outcome) {
	text := []rune(gold.Document.Text())
	gs := make([][2]int, len(gold.Claims))
	for i, c := range gold.Claims {
		gs[i] = trimSpan(text, c.Span.Start, c.Span.End)
	}
	ps := make([][2]int, len(r.Suggestions))
	out := make([]Outcome, len(r.Suggestions))
	for i, s := range r.Suggestions {
		ps[i] = trimSpan(text, s.Claim.Span.Start, s.Claim.Span.End)
		out[i] = Outcome{Evidence: s.Evidence, Reason: s.Reason, High: s.High(), Gold: -1}
	}
	pairs := overlapPairs(gs, ps)
	s := Scores{Gold: len(gold.Claims), Predicted: len(r.Suggestions)}
	for _, sg := range r.Suggestions {
		if sg.High() {
			s.High++
		}
	}
	usedG, usedP := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		if usedG[pr.g] || usedP[pr.p] {
			continue
		}
		usedG[pr.g], usedP[pr.p] = true, true
		out[pr.p].Gold = pr.g
		s.Overlap++
		if gs[pr.g] == ps[pr.p] {
			s.Exact++
		}
		gsp, _ := gold.Speaker(gold.Claims[pr.g].SpeakerID)
		var psp *annotate.Speaker
		for i := range r.Speakers {
			if r.Speakers[i].ID == r.Suggestions[pr.p].Claim.SpeakerID {
				psp = &r.Speakers[i]
			}
		}
		if gsp != nil && psp != nil && SameSpeaker(*gsp, *psp) {
			s.SpeakerRight++
			out[pr.p].Right = true
			if r.Suggestions[pr.p].High() {
				s.HighRight++
			}
		}
	}
	return s, out
}

func trimSpan(text []rune, a, b int) [2]int {
	a, b = max(0, min(a, len(text))), max(0, min(b, len(text)))
	edge := func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("“”‘’\"'«»", r)
	}
	for a < b && edge(text[a]) {
		a++
	}
	for b > a && edge(text[b-1]) {
		b--
	}
	return [2]int{a, b}
}

// SameSpeaker tells whether two speakers are the same: a name of one
// (name, alias or title+name) equals a name of the other, case- and
// accent-insensitively, or a one-word name is a word of the other's name.
func SameSpeaker(a, b annotate.Speaker) bool {
	na, nb := speakerNames(a), speakerNames(b)
	for _, x := range na {
		for _, y := range nb {
			if x == y {
				return true
			}
			xw, yw := strings.Fields(x), strings.Fields(y)
			if a.Kind == annotate.SpeakerPerson && b.Kind == annotate.SpeakerPerson && len(xw) > 0 && len(yw) > 0 && xw[len(xw)-1] == yw[len(yw)-1] {
				return true
			}
		}
	}
	return false
}

func speakerNames(s annotate.Speaker) []string {
	out := []string{foldName(s.Name)}
	for _, a := range s.Aliases {
		out = append(out, foldName(a))
	}
	if s.Title != "" {
		out = append(out, foldName(s.Title+" "+s.Name))
	}
	return out
}

// foldName lower-cases, strips accents, a leading "the" and possessives.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(strings.ToLower(s)) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(r)
	}
	out := strings.TrimSpace(b.String())
	out = strings.TrimPrefix(out, "the ")
	out = strings.ReplaceAll(out, "’s", "")
	out = strings.ReplaceAll(out, "'s", "")
	return strings.Join(strings.Fields(out), " ")
}

// Named is one gold article's scores, for the quality table, and the
// outcome of each suggestion, for the table by evidence.
type Named struct {
	Name string
	Scores
	Outcomes []Outcome
}

// Table formats per-article and overall scores as a text table headed by
// title: exact-span and overlap P/R/F1, attribution accuracy on overlapping
// pairs, and the share of high-confidence suggestions that are right.
func Table(title string, rows []Named) string {
	var b strings.Builder
	width := 13
	for _, r := range rows {
		width = max(width, len(r.Name)+1)
	}
	b.WriteString(title + "\n")
	b.WriteString(padRight("article", width) + " gold  pred  exact P/R/F1        overlap P/R/F1      attribution      high-conf right\n")
	var all Scores
	line := func(name string, s Scores) {
		ep, er, ef := s.ExactPRF()
		op, or, of := s.OverlapPRF()
		b.WriteString(padRight(name, width))
		b.WriteString(strings.Join([]string{
			pad(itoa(s.Gold), 5), pad(itoa(s.Predicted), 5),
			"  " + f2(ep) + "/" + f2(er) + "/" + f2(ef),
			"    " + f2(op) + "/" + f2(or) + "/" + f2(of),
			"    " + padRight(f2(s.Attribution())+" ("+itoa(s.SpeakerRight)+"/"+itoa(s.Overlap)+")", 16),
			f2(s.HighPrecision()) + " (" + itoa(s.HighRight) + "/" + itoa(s.High) + ")",
		}, " "))
		b.WriteString("\n")
	}
	for _, r := range rows {
		line(r.Name, r.Scores)
		all = all.Add(r.Scores)
	}
	line("OVERALL", all)
	return b.String()
}

func f2(v float64) string {
	n := int(v*100 + 0.5)
	return itoa(n/100) + "." + string(rune('0'+n%100/10)) + string(rune('0'+n%10))
}

func pad(s string, n int) string {
	for len(s) < n {
		s = " " + s
	}
	return s
}

func padRight(s string, n int) string {
	for k := utf8.RuneCountInString(s); k < n; k++ {
		s += " "
	}
	return s
}

// EvidenceTable is the precision of the suggestions by what their speaker
// rests on (and, with byReason, by the form of the claim), in each group of
// outcomes (the dev halves): of all suggestions of a kind, how many are
// right, and of the high-confidence ones. It is how the confidence of each
// kind of evidence is calibrated (docs/suggest.md).
func EvidenceTable(title string, groups []string, outcomes [][]Outcome, byReason bool) string {
	type count struct{ n, right, high, highRight int }
	keyOf := func(o Outcome) string {
		if byReason {
			return o.Reason
		}
		return string(o.Evidence)
	}
	counts := map[string][]count{}
	var keys []string
	for g, os := range outcomes {
		for _, o := range os {
			k := keyOf(o)
			if counts[k] == nil {
				counts[k] = make([]count, len(outcomes))
				keys = append(keys, k)
			}
			c := &counts[k][g]
			c.n++
			if o.Right {
				c.right++
			}
			if o.High {
				c.high++
				if o.Right {
					c.highRight++
				}
			}
		}
	}
	sort.Strings(keys)
	width := 13
	for _, k := range keys {
		width = max(width, utf8.RuneCountInString(k)+1)
	}
	var b strings.Builder
	b.WriteString(title + " (right/all, high-confidence right/high)\n")
	b.WriteString(padRight("kind", width))
	for _, g := range groups {
		b.WriteString(padRight(" "+g, 34))
	}
	b.WriteString("\n")
	frac := func(a, n int) string {
		if n == 0 {
			return padRight("-", 16)
		}
		return padRight(f2(float64(a)/float64(n))+" ("+itoa(a)+"/"+itoa(n)+")", 16)
	}
	for _, k := range keys {
		b.WriteString(padRight(k, width))
		for _, c := range counts[k] {
			b.WriteString(" " + frac(c.right, c.n) + " " + frac(c.highRight, c.high))
		}
		b.WriteString("\n")
	}
	return b.String()
}
