package exercise

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBuilderIsIncremental: a builder that saw the class before gives, after
// one student changes their work, the same dashboard as one built from
// scratch; an unchanged version is not scored again (a set swapped behind
// an unchanged version keeps its old report: the version is the contract).
func TestBuilderIsIncremental(t *testing.T) {
	ks, students := bigClass(t, 6, 40)
	key, err := KeyFromSet(ks.Document, ks)
	if err != nil {
		t.Fatal(err)
	}
	for i := range students {
		students[i].Version = fmt.Sprint(students[i].ID, ":1")
	}
	b, err := NewBuilder(key)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Build(students); err != nil {
		t.Fatal(err)
	}
	// Student 2 drops half their claims (a new version); student 4 is
	// swapped for student 5's work behind the old version.
	students[2].Set = students[2].Set.Clone()
	students[2].Set.Claims = students[2].Set.Claims[:len(students[2].Set.Claims)/2]
	students[2].Version = students[2].ID + ":2"
	got, err := b.Build(students)
	if err != nil {
		t.Fatal(err)
	}
	want, err := BuildDashboard(key, students)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("incremental build differs from a fresh one (-fresh +incremental):\n%s", diff)
	}
	stale := students[4]
	stale.Set = students[5].Set
	again, err := b.Build(append(append([]Student{}, students[:4]...), stale, students[5]))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(got.Roster[4].Report, again.Roster[4].Report); diff != "" {
		t.Errorf("an unchanged version was scored again (-before +after):\n%s", diff)
	}
	if len(b.reports) != len(students) || len(b.pairs) != len(students)*(len(students)-1)/2 {
		t.Errorf("kept %d reports and %d pairs, want %d and %d", len(b.reports), len(b.pairs), len(students), len(students)*(len(students)-1)/2)
	}
}

// TestAgreementIsBounded: past MaxAgreementSets submissions, agreement
// compares the first MaxAgreementSets in roster order.
func TestAgreementIsBounded(t *testing.T) {
	ks, students := bigClass(t, 2, 3)
	key, err := KeyFromSet(ks.Document, ks)
	if err != nil {
		t.Fatal(err)
	}
	var class []Student
	for i := range MaxAgreementSets + 5 {
		s := students[i%2]
		s.ID = fmt.Sprint("st", i)
		class = append(class, s)
	}
	d, err := BuildDashboard(key, class)
	if err != nil {
		t.Fatal(err)
	}
	if want := MaxAgreementSets * (MaxAgreementSets - 1) / 2; d.Agreement == nil || d.Agreement.Pairs != want || d.Submitted != len(class) {
		t.Errorf("agreement over %+v pairs, %d submitted; want %d pairs", d.Agreement, d.Submitted, want)
	}
}
