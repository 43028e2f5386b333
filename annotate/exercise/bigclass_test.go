package exercise

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"whosaid/annotate"
)

// bigClass is a synthetic class of n students on a long article: the key
// has claims key claims, one per sentence, spread over paragraphs of five
// sentences; each student marks about as many claims, most of them key
// claims (some with other boundaries, some speakers wrong) and some
// sentences the key leaves out. Seeded: every run gets the same class.
func bigClass(tb testing.TB, n, claims int) (keySet *annotate.Set, students []Student) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	names := []string{"Ann Lee", "Bob Roe", "Cy Díaz", "Dee Nguyễn"}
	sentences := claims * 5 / 4
	var blocks []annotate.Block
	var para []string
	for i := range sentences {
		para = append(para, fmt.Sprintf("%s said “prices of item %d will rise — again, by %d%%” on Monday.", names[i%len(names)], i, i%97))
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
	spans := make([]annotate.Span, sentences)
	shorts := make([]annotate.Span, sentences)
	text := doc.Text()
	ix := annotate.NewTextIndex(text)
	for i := range sentences {
		q := fmt.Sprintf("prices of item %d will rise — again, by %d%%", i, i%97)
		b := strings.Index(text, q)
		start, _ := ix.FromByte(b)
		spans[i] = annotate.MakeSpan(ix, start, start+annotate.RuneLen(q))
		shorts[i] = annotate.MakeSpan(ix, start, start+annotate.RuneLen(fmt.Sprintf("prices of item %d will rise", i)))
	}
	var kc []annotate.Claim
	for i := range claims {
		kc = append(kc, claim(fmt.Sprint("k", i), spans[i], fmt.Sprint("s", i%len(names)), annotate.AttrDirect, annotate.KindPrediction))
	}
	keySet = setOf(doc, speakers, kc...)
	for s := range n {
		var cs []annotate.Claim
		for i := range sentences {
			if rng.IntN(100) < 5 && i < claims || i >= claims && rng.IntN(100) < 70 {
				continue // missed, or an extra not marked
			}
			sp := spans[i]
			if rng.IntN(100) < 25 {
				sp = shorts[i]
			}
			who := i % len(names)
			if rng.IntN(100) < 15 {
				who = (who + 1) % len(names)
			}
			cs = append(cs, claim(fmt.Sprint("c", i), sp, fmt.Sprint("s", who), annotate.AttrDirect, annotate.KindPrediction))
		}
		students = append(students, Student{ID: fmt.Sprint("st", s), Name: fmt.Sprint("Student ", s), Status: StatusSubmitted, Set: setOf(doc, speakers, cs...)})
	}
	return keySet, students
}

// BenchmarkDashboard30x200: the whole dashboard of a class of 30, each
// with about 200 claims over a 200-claim key, computed from scratch.
func BenchmarkDashboard30x200(b *testing.B) {
	ks, students := bigClass(b, 30, 200)
	key, err := KeyFromSet(ks.Document, ks)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("claims per student: %d", len(students[0].Set.Claims))
	for b.Loop() {
		if _, err := BuildDashboard(key, students); err != nil {
			b.Fatal(err)
		}
	}
}
