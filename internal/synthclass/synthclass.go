// Package synthclass makes synthetic classes for benchmarks and tests of
// scale: a long article, a key of one claim per sentence, and students
// who mark most of it, some with other boundaries or the wrong speaker,
// some sentences the key leaves out. Seeded: every call with the same
// sizes makes the same class.
package synthclass

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"whosaid/annotate"
)

var t0 = time.Date(2026, 11, 28, 9, 0, 0, 0, time.UTC)

// Class is a key and n students' sets on one article.
type Class struct {
	Key      *annotate.Set
	Students []*annotate.Set
}

// New makes a class of n students on an article whose key has claims
// claims (paragraphs of five sentences, a quarter of the sentences more
// than the key's); each student marks about claims claims.
func New(n, claims int) Class {
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"Ann Lee", "Bob Roe", "Cy Díaz", "Dee Nguyễn"}
	sentences := claims * 5 / 4
	quote := func(i int) string { return fmt.Sprintf("prices of item %d will rise — again, by %d%%", i, i%97) }
	var blocks []annotate.Block
	var para []string
	for i := range sentences {
		para = append(para, fmt.Sprintf("%s said “%s” on Monday.", names[i%len(names)], quote(i)))
		if len(para) == 5 || i == sentences-1 {
			blocks = append(blocks, annotate.Block{Text: strings.Join(para, " ")})
			para = nil
		}
	}
	doc := annotate.NewDocument(annotate.Document{Title: "Prices"}, blocks)
	speakers := make([]annotate.Speaker, len(names))
	for i, nm := range names {
		speakers[i] = annotate.Speaker{ID: fmt.Sprint("s", i), Name: nm, Kind: annotate.SpeakerPerson}
	}
	text := doc.Text()
	ix := annotate.NewTextIndex(text)
	whole, short := make([]annotate.Span, sentences), make([]annotate.Span, sentences)
	for i := range sentences {
		start, _ := ix.FromByte(strings.Index(text, quote(i)))
		whole[i] = annotate.MakeSpan(ix, start, start+annotate.RuneLen(quote(i)))
		short[i] = annotate.MakeSpan(ix, start, start+annotate.RuneLen(fmt.Sprintf("prices of item %d will rise", i)))
	}
	claim := func(id string, s annotate.Span, speaker int) annotate.Claim {
		return annotate.Claim{ID: id, Span: s, SpeakerID: fmt.Sprint("s", speaker), Attribution: annotate.AttrDirect,
			Kind: annotate.KindPrediction, Created: t0, Modified: t0}
	}
	c := Class{Key: set(doc, speakers)}
	for i := range claims {
		c.Key.Claims = append(c.Key.Claims, claim(fmt.Sprint("k", i), whole[i], i%len(names)))
	}
	for range n {
		s := set(doc, speakers)
		for i := range sentences {
			if i < claims && rng.IntN(100) < 5 || i >= claims && rng.IntN(100) < 70 {
				continue // a key claim missed, or a sentence the key leaves out left out too
			}
			sp, who := whole[i], i%len(names)
			if rng.IntN(100) < 25 {
				sp = short[i]
			}
			if rng.IntN(100) < 15 {
				who = (who + 1) % len(names)
			}
			s.Claims = append(s.Claims, claim(fmt.Sprint("c", i), sp, who))
		}
		c.Students = append(c.Students, s)
	}
	return c
}

func set(doc annotate.Document, speakers []annotate.Speaker) *annotate.Set {
	s := annotate.NewSet(doc)
	s.Speakers = append(s.Speakers, speakers...)
	return s
}
