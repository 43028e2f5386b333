//go:build !wasm

package storage

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWithin(t *testing.T) {
	m := NewMemory()
	ex := Within(m, "ex/K7M-4QX")
	if err := ex.Set(docKey("d1"), "work"); err != nil {
		t.Fatal(err)
	}
	m.Set(docKey("d1"), "own")
	if v, _ := ex.Get(docKey("d1")); v != "work" {
		t.Errorf("get in the corner = %q", v)
	}
	if v, _ := m.Get("whosaid/v1/ex/K7M-4QX/doc/d1"); v != "work" {
		t.Errorf("stored under %q", m.Keys())
	}
	if got := RawKey(ex, docKey("d1")); got != "whosaid/v1/ex/K7M-4QX/doc/d1" {
		t.Errorf("RawKey = %q", got)
	}
	if got := RawKey(m, docKey("d1")); got != docKey("d1") {
		t.Errorf("plain RawKey = %q", got)
	}
	if got := RawKey(Within(ex, "inner"), docKey("d1")); got != "whosaid/v1/ex/K7M-4QX/inner/doc/d1" {
		t.Errorf("RawKey of a corner in a corner = %q", got)
	}
	other := Within(m, "ex/file")
	other.Set(lastKey, "d1")
	if d := cmp.Diff([]string{docKey("d1")}, ex.Keys()); d != "" {
		t.Errorf("keys in the corner (-want +got):\n%s", d)
	}
	keys := m.Keys()
	slices.Sort(keys)
	if d := cmp.Diff([]string{docKey("d1"), "whosaid/v1/ex/K7M-4QX/doc/d1", "whosaid/v1/ex/file/last"}, keys); d != "" {
		t.Errorf("storage keys (-want +got):\n%s", d)
	}
	ex.Del(docKey("d1"))
	if ex.Has(docKey("d1")) || !m.Has(docKey("d1")) {
		t.Error("Del in the corner touched the wrong key")
	}
}

// The annotator's own store and an exercise's do not see each other's
// documents: the Library lists only the first.
func TestExerciseStoreIsSeparate(t *testing.T) {
	own, m := testStore(t)
	ex := NewStore(Within(m, "ex/K7M-4QX"))
	set := sampleSaved(t)
	if err := ex.Save(set); err != nil {
		t.Fatal(err)
	}
	if own.Has(set.Document.ID) || len(own.List()) != 0 {
		t.Errorf("own store sees the exercise's work: %v", own.List())
	}
	if got := ex.List(); len(got) != 1 || got[0].ID != set.Document.ID {
		t.Errorf("exercise list = %v", got)
	}
	mine := sampleSaved(t)
	mine.Claims = mine.Claims[:1]
	if err := own.Save(mine); err != nil {
		t.Fatal(err)
	}
	back, err := ex.Load(set.Document.ID)
	if err != nil || len(back.Claims) != len(set.Claims) {
		t.Errorf("exercise work after an own save: %d claims, %v", len(back.Claims), err)
	}
}
