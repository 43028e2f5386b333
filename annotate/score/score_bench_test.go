package score

import (
	"math/rand/v2"
	"os"
	"testing"

	"whosaid/annotate"
)

// randomSet marks n claims of 5–40 code points at random on doc.
func randomSet(rng *rand.Rand, doc annotate.Document, n int) *annotate.Set {
	ix := annotate.NewTextIndex(doc.Text())
	s := annotate.NewSet(doc)
	for i := range n {
		st := rng.IntN(ix.Len() - 40)
		s.Claims = append(s.Claims, annotate.Claim{ID: string(rune('a'+i%26)) + string(rune('0'+i/26%10)) + string(rune('0'+i/260)),
			Span: annotate.MakeSpan(ix, st, st+5+rng.IntN(35))})
	}
	return s
}

func sampleDoc(b *testing.B) annotate.Document {
	text, err := os.ReadFile("../testdata/sample-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return annotate.DocumentFromText(annotate.Document{}, string(text))
}

// BenchmarkScore200 scores 200 student claims against 200 key claims on
// the sample article (far more than a class exercise has).
func BenchmarkScore200(b *testing.B) {
	doc := sampleDoc(b)
	rng := rand.New(rand.NewPCG(1, 1))
	key := keyOf(randomSet(rng, doc, 200))
	student := randomSet(rng, doc, 200)
	for b.Loop() {
		if _, err := Score(key, student); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClassAgreement30 compares 30 students' sets of 30 claims each.
func BenchmarkClassAgreement30(b *testing.B) {
	doc := sampleDoc(b)
	rng := rand.New(rand.NewPCG(2, 2))
	var sets []*annotate.Set
	for range 30 {
		sets = append(sets, randomSet(rng, doc, 30))
	}
	for b.Loop() {
		if _, err := ClassAgreement(sets); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoreManyStudentClaims scores a student who marked 5,000 claims
// (a class exercise has tens) against 100 key claims on the sample article:
// they all overlap, so one part of the pairing is 100 × thousands. Padded to
// a square Hungarian this took about 10 s; on the short side, milliseconds.
func BenchmarkScoreManyStudentClaims(b *testing.B) {
	doc := sampleDoc(b)
	rng := rand.New(rand.NewPCG(1, 1))
	key := keyOf(randomSet(rng, doc, 100))
	student := randomSet(rng, doc, 5000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Score(key, student); err != nil {
			b.Fatal(err)
		}
	}
}
