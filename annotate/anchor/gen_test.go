package anchor

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"whosaid/annotate"
)

// A synthetic news corpus for accuracy tests and benchmarks. News text
// repeats names and formulas, so the generator mixes Zipf-distributed words
// with stock phrases: many claims then have an unchanged copy of some of
// their words elsewhere, the trap a re-anchorer must not fall into.

var functionWords = strings.Fields(`the the the of of to to and and a a in in that is was for on with as
by at from it its his her their has have had be been will would not but an or this which who
said says told also after before over more than about into against during since while`)

var formulas = []string{
	"Foreign Minister Sergei Lavrov said",
	"according to the Interfax news service",
	"at a news conference in Beijing on Tuesday",
	"the White House National Security Council spokesperson said",
	"Chinese President Xi Jinping",
	"Russian President Vladimir Putin",
	"U.S. Treasury Secretary Janet Yellen",
	"did not immediately respond to a request for comment",
	"Reuters reported last month",
	"Ukraine’s allies see China’s presence as important",
	"“double counteracting” the European-Atlantic alliance",
	"Außenministerin Annalena Baerbock said",
	"Zürich-based analysts",
	"spokeswoman Mao Ning — speaking in Beijing —",
	"the so-called “no limits” partnership 🤝",
}

var syllables = strings.Fields(`ka to ri mu sen la vor pi de an ko ste mar lin gu ba re tion ex pro
con ver al is ur ne mo ga chi sa tu el on ber ta`)

type corpusGen struct {
	r     *rand.Rand
	vocab []string
	zipf  *rand.Zipf
}

func newCorpusGen(seed uint64) *corpusGen {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	g := &corpusGen{r: r}
	seen := map[string]bool{}
	for len(g.vocab) < 4000 {
		var b strings.Builder
		for n := 1 + r.IntN(3); n > 0; n-- {
			b.WriteString(syllables[r.IntN(len(syllables))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			g.vocab = append(g.vocab, w)
		}
	}
	g.zipf = rand.NewZipf(r, 1.1, 2, uint64(len(g.vocab)-1))
	return g
}

func (g *corpusGen) word() string {
	if g.r.IntN(3) == 0 {
		return functionWords[g.r.IntN(len(functionWords))]
	}
	return g.vocab[g.zipf.Uint64()]
}

// token is a word with the separator that follows it (" " or "\n\n").
type token struct {
	text string
	sep  string
}

// paragraphs generates about n words of text as tokens.
func (g *corpusGen) tokens(n int) []token {
	var out []token
	for len(out) < n {
		for s := 3 + g.r.IntN(4); s > 0; s-- { // sentences per paragraph
			var words []string
			for len(words) < 8+g.r.IntN(20) {
				if g.r.IntN(5) == 0 {
					words = append(words, strings.Fields(formulas[g.r.IntN(len(formulas))])...)
				} else {
					words = append(words, g.word())
				}
			}
			words[0] = strings.ToUpper(words[0][:1]) + words[0][1:]
			words[len(words)-1] += "."
			for _, w := range words {
				out = append(out, token{text: w, sep: " "})
			}
		}
		out[len(out)-1].sep = "\n\n"
	}
	out[len(out)-1].sep = ""
	return out
}

// layout returns the text of the tokens and each token's start offset.
func layout(toks []token) (string, []int) {
	var b strings.Builder
	starts := make([]int, len(toks))
	pos := 0
	for i, t := range toks {
		starts[i] = pos
		b.WriteString(t.text)
		b.WriteString(t.sep)
		pos += annotate.RuneLen(t.text) + annotate.RuneLen(t.sep)
	}
	return b.String(), starts
}

// edit changes about rate of the words (replace, insert after, delete, a
// third each) and returns the new tokens and, for every old token, its new
// index or -1 if it was replaced or deleted.
func (g *corpusGen) edit(toks []token, rate float64) ([]token, []int) {
	var out []token
	newIdx := make([]int, len(toks))
	for i, t := range toks {
		newIdx[i] = -1
		if g.r.Float64() >= rate {
			newIdx[i] = len(out)
			out = append(out, t)
			continue
		}
		switch g.r.IntN(3) {
		case 0: // replace
			out = append(out, token{text: g.word(), sep: t.sep})
		case 1: // insert after
			newIdx[i] = len(out)
			out = append(out, token{text: t.text, sep: " "}, token{text: g.word(), sep: t.sep})
		case 2: // delete, keeping a paragraph break
			if t.sep != " " && len(out) > 0 {
				out[len(out)-1].sep = t.sep
			}
		}
	}
	if len(out) > 0 {
		out[len(out)-1].sep = ""
	}
	return out, newIdx
}

func docFromTokens(t testing.TB, toks []token) annotate.Document {
	text, _ := layout(toks)
	var blocks []annotate.Block
	for _, p := range strings.Split(text, annotate.BlockSeparator) {
		blocks = append(blocks, annotate.Block{Kind: annotate.BlockParagraph, Text: p})
	}
	doc := annotate.NewDocument(annotate.Document{Title: "generated"}, blocks)
	if doc.Text() != text {
		t.Fatalf("generated text changed under normalization")
	}
	return doc
}

// scenario is a generated document with claims, an edited version and, for
// each claim, the ranges its new start and end may fall in.
type scenario struct {
	set       *annotate.Set
	newDoc    annotate.Document
	truthFrom [][2]int // allowed new start range, per claim
	truthTo   [][2]int // allowed new end range, per claim
}

// makeScenario generates words words and claims claims, editing rate of the
// words. Claims are 6 to 30 words long; one in ten is a stock phrase
// occurrence (its quote is repeated elsewhere).
func makeScenario(t testing.TB, seed uint64, words, claims int, rate float64) scenario {
	g := newCorpusGen(seed)
	toks := g.tokens(words)
	doc := docFromTokens(t, toks)
	ix := annotate.NewTextIndex(doc.Text())
	_, starts := layout(toks)
	end := func(i int) int { return starts[i] + annotate.RuneLen(toks[i].text) }

	set := annotate.NewSet(doc)
	type tokSpan struct{ from, to int } // token indexes, inclusive
	var spans []tokSpan
	for len(spans) < claims {
		var from, to int
		if len(spans)%10 == 9 {
			// A stock phrase: find one starting at a random token.
			f := formulas[g.r.IntN(len(formulas))]
			fw := strings.Fields(f)
			from = -1
			for i := g.r.IntN(len(toks)); i < len(toks)-len(fw); i++ {
				if toks[i].text == fw[0] && toks[i+len(fw)-1].text == fw[len(fw)-1] {
					from = i
					break
				}
			}
			if from < 0 {
				continue
			}
			to = from + len(fw) - 1
		} else {
			from = g.r.IntN(len(toks) - 31)
			to = from + 5 + g.r.IntN(25)
		}
		spans = append(spans, tokSpan{from, to})
		set.Claims = append(set.Claims, annotate.Claim{
			ID:          fmt.Sprintf("c%04d", len(spans)),
			Span:        annotate.MakeSpan(ix, starts[from], end(to)),
			Attribution: annotate.AttrDirect,
			Kind:        annotate.KindFact,
		})
	}

	newToks, newIdx := g.edit(toks, rate)
	sc := scenario{set: set, newDoc: docFromTokens(t, newToks)}
	_, newStarts := layout(newToks)
	newEnd := func(i int) int { return newStarts[i] + annotate.RuneLen(newToks[i].text) }
	// prevKept/nextKept: nearest surviving old token before/after i.
	prevEnd := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if newIdx[j] >= 0 {
				return newEnd(newIdx[j])
			}
		}
		return 0
	}
	nextStart := func(i int) int {
		for j := i + 1; j < len(toks); j++ {
			if newIdx[j] >= 0 {
				return newStarts[newIdx[j]]
			}
		}
		return annotate.RuneLen(sc.newDoc.Text())
	}
	for _, s := range spans {
		var from, to [2]int
		if n := newIdx[s.from]; n >= 0 {
			from = [2]int{newStarts[n], newStarts[n]}
		} else {
			from = [2]int{prevEnd(s.from), nextStart(s.from)}
		}
		if n := newIdx[s.to]; n >= 0 {
			to = [2]int{newEnd(n), newEnd(n)}
		} else {
			to = [2]int{prevEnd(s.to), nextStart(s.to)}
		}
		sc.truthFrom = append(sc.truthFrom, from)
		sc.truthTo = append(sc.truthTo, to)
	}
	return sc
}

// grade counts correctly placed, orphaned and misplaced claims. A place is
// correct when both ends fall in their ranges, give or take the one space
// next to an edited word.
func (sc scenario) grade(out *annotate.Set) (correct, orphan, misplaced int, bad []string) {
	in := func(x int, r [2]int) bool { return x >= r[0]-1 && x <= r[1]+1 }
	for i, c := range out.Claims {
		switch {
		case c.Orphan:
			orphan++
		case in(c.Span.Start, sc.truthFrom[i]) && in(c.Span.End, sc.truthTo[i]):
			correct++
		case sc.equallyGood(out, i):
			correct++
		default:
			misplaced++
			bad = append(bad, fmt.Sprintf("%s: placed %d..%d %q, want start in %v, end in %v (old %q)",
				c.ID, c.Span.Start, c.Span.End, c.Span.Exact, sc.truthFrom[i], sc.truthTo[i], sc.set.Claims[i].Span.Exact))
		}
	}
	return
}

// equallyGood accepts a placement whose bounds differ from the word-level
// truth but that overlaps it and matches the old quote at least as well as
// the nearest truthful span does: "said mour | mour saber" with one "mour"
// deleted cannot tell which one went.
func (sc scenario) equallyGood(out *annotate.Set, i int) bool {
	c := out.Claims[i]
	clamp := func(x int, r [2]int) int { return min(max(x, r[0]), r[1]) }
	ts, te := clamp(c.Span.Start, sc.truthFrom[i]), clamp(c.Span.End, sc.truthTo[i])
	if !(c.Span.Start < te && ts < c.Span.End) {
		return false
	}
	rs := []rune(sc.newDoc.Text())
	old := []rune(sc.set.Claims[i].Span.Exact)
	return levenshteinRef(old, []rune(c.Span.Exact)) <= levenshteinRef(old, rs[ts:te])
}
