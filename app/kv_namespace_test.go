//go:build !wasm

package main

import (
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestExerciseKV(t *testing.T) {
	m := &memKV{m: map[string]string{}}
	for _, path := range []string{"/", "/library", "/exercise/", "/exercise/a/b", "/teach"} {
		if k := exerciseKV(m, path); k != kv(m) {
			t.Errorf("%s: a namespace (%#v), want the plain storage", path, k)
		}
	}
	ex := exerciseKV(m, "/exercise/K7M-4QX")
	if err := ex.set(docKey("d1"), "work"); err != nil {
		t.Fatal(err)
	}
	m.set(docKey("d1"), "own")
	if v, _ := ex.get(docKey("d1")); v != "work" {
		t.Errorf("exercise get = %q", v)
	}
	if v, _ := m.get("whosaid/v1/ex/K7M-4QX/doc/d1"); v != "work" {
		t.Errorf("stored under %q", m.keys())
	}
	if got := storageKey(ex, docKey("d1")); got != "whosaid/v1/ex/K7M-4QX/doc/d1" {
		t.Errorf("storageKey = %q", got)
	}
	if got := storageKey(m, docKey("d1")); got != docKey("d1") {
		t.Errorf("plain storageKey = %q", got)
	}
	other := exerciseKV(m, "/exercise/file")
	other.set(lastKey, "d1")
	if d := cmp.Diff([]string{docKey("d1")}, ex.keys()); d != "" {
		t.Errorf("exercise keys (-want +got):\n%s", d)
	}
	keys := m.keys()
	slices.Sort(keys)
	if d := cmp.Diff([]string{docKey("d1"), "whosaid/v1/ex/K7M-4QX/doc/d1", "whosaid/v1/ex/file/last"}, keys); d != "" {
		t.Errorf("storage keys (-want +got):\n%s", d)
	}
	ex.del(docKey("d1"))
	if ex.has(docKey("d1")) || !m.has(docKey("d1")) {
		t.Error("del in the exercise touched the wrong key")
	}
}

// The annotator's own store and an exercise's do not see each other's
// documents: the Library lists only the first.
func TestExerciseStoreIsSeparate(t *testing.T) {
	own, m := testStore(t)
	ex := &docStore{kv: exerciseKV(m, "/exercise/K7M-4QX"), now: time.Now}
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
