package exercise

import (
	"fmt"
	"os"
	"testing"

	"whosaid/annotate"
	"whosaid/annotate/article"
)

// BenchmarkBuildDashboard: a class of 30 on the hand-computed class's
// article, every student with the same three claims as "=Bob" (the
// dashboard scores 30 sets and compares 435 pairs for agreement).
func BenchmarkBuildDashboard(b *testing.B) {
	key, students := class(b)
	var class []Student
	for i := range 30 {
		s := students[1]
		s.ID, s.Name = fmt.Sprint("st", i), fmt.Sprint("Student ", i)
		s.Set = s.Set.Clone()
		class = append(class, s)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := BuildDashboard(key, class); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildDashboardSample: the sample article, a key of five claims,
// a class of 30 students each marking three of them.
func BenchmarkBuildDashboardSample(b *testing.B) {
	data, err := os.ReadFile("../testdata/sample-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := article.Import("sample-article.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	quotes := []string{
		"We have a common goal of increasing security in Eurasia",
		"We agreed with our Chinese friends to start a dialogue",
		"it hasn’t sought to benefit from Russia’s war in Ukraine",
		"they will face significant consequences if they do",
		"China supports the holding in due course of an international peace conference",
	}
	sp := []annotate.Speaker{{ID: "s1", Name: "Sergei Lavrov", Kind: annotate.SpeakerPerson}}
	var kc []annotate.Claim
	for i, q := range quotes {
		kc = append(kc, claim(fmt.Sprint("k", i), span(b, doc, q, 0), "s1", annotate.AttrDirect, annotate.KindFact))
	}
	key, err := KeyFromSet(doc, setOf(doc, sp, kc...))
	if err != nil {
		b.Fatal(err)
	}
	var class []Student
	for i := range 30 {
		var cs []annotate.Claim
		for j := range 3 {
			c := kc[(i+j)%len(kc)]
			c.ID = fmt.Sprint("c", j)
			cs = append(cs, c)
		}
		class = append(class, Student{ID: fmt.Sprint(i), Name: fmt.Sprint("S", i), Status: StatusSubmitted, Set: setOf(doc, sp, cs...)})
	}
	for b.Loop() {
		if _, err := BuildDashboard(key, class); err != nil {
			b.Fatal(err)
		}
	}
}
