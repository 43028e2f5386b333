package exercise

import (
	"fmt"
	"testing"

	"whosaid/annotate"
	"whosaid/internal/synthclass"
)

// bigClass is synthclass's class of n students as the dashboard takes it,
// all submitted.
func bigClass(tb testing.TB, n, claims int) (keySet *annotate.Set, students []Student) {
	c := synthclass.New(n, claims)
	for i, s := range c.Students {
		students = append(students, Student{ID: fmt.Sprint("st", i), Name: fmt.Sprint("Student ", i), Status: StatusSubmitted, Set: s})
	}
	return c.Key, students
}

// BenchmarkDashboard30x200: the whole dashboard of a class of 30, each
// with about 200 claims over a 200-claim key, computed from scratch.
func BenchmarkDashboard30x200(b *testing.B) {
	ks, students := bigClass(b, 30, 200)
	key, err := KeyFromSet(ks.Document, ks)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := BuildDashboard(key, students); err != nil {
			b.Fatal(err)
		}
	}
}
