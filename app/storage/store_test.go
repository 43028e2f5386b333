//go:build !wasm

package storage

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

func testStore(t *testing.T) (*Store, *Memory) {
	t.Helper()
	m := NewMemory()
	now := time.Date(2026, 11, 28, 10, 0, 0, 0, time.UTC)
	return NewStoreAt(m, func() time.Time { now = now.Add(time.Second); return now }), m
}

func sampleSaved(t *testing.T) *annotate.Set {
	t.Helper()
	data, err := os.ReadFile("../../annotate/testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestStoreRoundTrip(t *testing.T) {
	s, _ := testStore(t)
	set := sampleSaved(t)
	if err := s.Save(set); err != nil {
		t.Fatal(err)
	}
	got, err := s.Load(set.Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(set, got); d != "" {
		t.Errorf("Load after Save (-saved +loaded):\n%s", d)
	}
	if got := s.LastOpen(); got != set.Document.ID {
		t.Errorf("LastOpen = %q, want %q", got, set.Document.ID)
	}
	want := []Summary{{ID: set.Document.ID, Title: "China Russia Explainer", Claims: len(set.Claims),
		Edited: time.Date(2026, 11, 28, 10, 0, 1, 0, time.UTC)}}
	if d := cmp.Diff(want, s.List()); d != "" {
		t.Errorf("List (-want +got):\n%s", d)
	}
}

func TestStoreDamagedDataIsSetAside(t *testing.T) {
	for _, tc := range []struct {
		name, raw string
		newer     bool
	}{
		{"garbage", `{"format": 2, "document": {"blocks": [}`, false},
		{"not json", "\x00\x01garbage", false},
		{"newer", `{"format": 99, "document": {}, "speakers": [], "claims": []}`, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, m := testStore(t)
			id := "sha256:abc"
			m.Set(docKey(id), tc.raw)
			m.Set(lastKey, id)
			_, err := s.Load(id)
			var de *DamagedError
			if !errors.As(err, &de) {
				t.Fatalf("Load error = %v, want *DamagedError", err)
			}
			if de.Newer != tc.newer {
				t.Errorf("Newer = %v, want %v", de.Newer, tc.newer)
			}
			raw, ok := s.Aside(de.AsideKey)
			if !ok || raw != tc.raw {
				t.Errorf("aside %q holds %q, %v; want the raw data", de.AsideKey, raw, ok)
			}
			if _, err := s.Load(id); !errors.Is(err, ErrNotFound) {
				t.Errorf("second Load: %v, want ErrNotFound", err)
			}
			if s.LastOpen() != "" {
				t.Errorf("LastOpen still names the damaged document")
			}
			if d := cmp.Diff([]Aside{{Key: de.AsideKey, DocID: id, At: time.Date(2026, 11, 28, 10, 0, 1, 0, time.UTC), Bytes: len(tc.raw)}}, s.Asides()); d != "" {
				t.Errorf("Asides (-want +got):\n%s", d)
			}
		})
	}
}

func TestStoreQuotaKeepsPreviousCopy(t *testing.T) {
	s, m := testStore(t)
	set := sampleSaved(t)
	small := set.Clone()
	small.Claims = small.Claims[:1]
	if err := s.Save(small); err != nil {
		t.Fatal(err)
	}
	before := map[string]string{}
	for _, k := range m.Keys() {
		before[k], _ = m.Get(k)
	}
	m.Limit = len(before[docKey(set.Document.ID)]) + len(before[indexKey]) + 200
	err := s.Save(set)
	var q *QuotaError
	if !errors.As(err, &q) || !errors.Is(err, ErrQuota) {
		t.Fatalf("Save error = %v, want *QuotaError", err)
	}
	after := map[string]string{}
	for _, k := range m.Keys() {
		after[k], _ = m.Get(k)
	}
	if d := cmp.Diff(before, after); d != "" {
		t.Errorf("storage changed by a failed save (-before +after):\n%s", d)
	}
	got, err := s.Load(set.Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(small, got); d != "" {
		t.Errorf("previous copy (-want +got):\n%s", d)
	}
}

func TestStoreQuotaOnIndexRollsBack(t *testing.T) {
	s, m := testStore(t)
	set := sampleSaved(t)
	// Room for the document but not for the index as well.
	data, _ := native.Encode(set)
	var compact bytes.Buffer
	json.Compact(&compact, data)
	m.Limit = len(docKey(set.Document.ID)) + compact.Len() + 10
	if err := s.Save(set); !errors.Is(err, ErrQuota) {
		t.Fatalf("Save error = %v, want quota", err)
	}
	if d := cmp.Diff([]string{}, m.Keys()); d != "" {
		t.Errorf("keys left (-want +got):\n%s", d)
	}
}

func TestStoreIndexRebuiltAndDelete(t *testing.T) {
	s, m := testStore(t)
	set := sampleSaved(t)
	if err := s.Save(set); err != nil {
		t.Fatal(err)
	}
	m.Set(indexKey, "not json")
	list := s.List()
	if len(list) != 1 || list[0].Title != "China Russia Explainer" || list[0].Claims != len(set.Claims) {
		t.Errorf("rebuilt index = %+v", list)
	}
	if err := s.Delete(set.Document.ID); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]Summary{}, s.List()); d != "" {
		t.Errorf("List after Delete (-want +got):\n%s", d)
	}
	if err := s.Delete(set.Document.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second Delete: %v", err)
	}
}

func TestStoreRefusesInvalidSet(t *testing.T) {
	s, m := testStore(t)
	set := sampleSaved(t)
	set.Claims[0].Span.End = 1 << 30
	err := s.Save(set)
	if err == nil || !strings.Contains(err.Error(), "claims[0].span") {
		t.Fatalf("Save error = %v, want a problem at claims[0].span", err)
	}
	if len(m.Keys()) != 0 {
		t.Errorf("an invalid set was written: %v", m.Keys())
	}
}

// FuzzStoreLoad: whatever is in storage, Load never panics; it returns a
// valid set, or a *DamagedError with the data kept aside byte for byte.
func FuzzStoreLoad(f *testing.F) {
	data, err := os.ReadFile("../../annotate/testdata/sample-set.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add(`{"format":2}`)
	f.Add(`{"format":99,"document":{}}`)
	f.Add("\xff\xfe")
	f.Add("")
	f.Fuzz(func(t *testing.T, raw string) {
		s, m := testStore(t)
		m.Set(docKey("d"), raw)
		set, err := s.Load("d")
		if err == nil {
			if verr := annotate.Validate(set); verr != nil {
				t.Fatalf("Load gave an invalid set: %v", verr)
			}
			return
		}
		var de *DamagedError
		if !errors.As(err, &de) {
			t.Fatalf("Load error %T %v, want *DamagedError", err, err)
		}
		if got, ok := s.Aside(de.AsideKey); !ok || got != raw {
			t.Fatalf("aside %q = %q, %v; want the raw data", de.AsideKey, got, ok)
		}
	})
}
