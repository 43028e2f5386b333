//go:build !wasm

package store

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"whosaid/internal/sqldb"
)

// The shared suite: every test here runs on every backend.

var ctx = context.Background()

const (
	alice = "a11ce0000000000000000000000000000000000000000000000000000000000a"
	bob   = "b0b0000000000000000000000000000000000000000000000000000000000000"
)

func doc(id, title string) Document {
	return Document{ID: id, Title: title, Data: []byte(fmt.Sprintf(`{"id":%q,"title":%q,"blocks":[]}`, id, title))}
}

func forEachBackend(t *testing.T, test func(t *testing.T, s Store, reopen opener)) {
	for _, b := range backends() {
		t.Run(b.name, func(t *testing.T) {
			s, o := open(t, b)
			test(t, s, o)
		})
	}
}

var ignoreTimes = cmpopts.IgnoreFields(Document{}, "Created")

func TestDocuments(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		d1, d2 := doc("sha256:01", "First — “quoted” 😀"), doc("sha256:02", "Second")
		for _, d := range []Document{d1, d2} {
			created, err := s.PutDocument(ctx, alice, d)
			if err != nil || !created {
				t.Fatalf("PutDocument(%s) = %v, %v; want created", d.ID, created, err)
			}
		}
		if created, err := s.PutDocument(ctx, alice, d1); err != nil || created {
			t.Fatalf("PutDocument again = %v, %v; want not created", created, err)
		}
		got, err := s.Document(ctx, alice, d1.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d1, got, ignoreTimes); diff != "" {
			t.Errorf("Document (-want +got):\n%s", diff)
		}
		if got.Created.IsZero() {
			t.Error("Document has no creation time")
		}
		if _, err := s.Document(ctx, bob, d1.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("bob reads alice's document: err = %v, want ErrNotFound", err)
		}
		list, err := s.Documents(ctx, alice)
		if err != nil {
			t.Fatal(err)
		}
		ids := []string{}
		for _, di := range list {
			ids = append(ids, di.ID)
		}
		if diff := cmp.Diff([]string{d1.ID, d2.ID}, ids, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("alice's documents (-want +got):\n%s", diff)
		}
		if list, err := s.Documents(ctx, bob); err != nil || len(list) != 0 {
			t.Errorf("bob's documents = %v, %v; want none", list, err)
		}
	})
}

func TestSetVersions(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		d := doc("sha256:0a", "A")
		if _, err := s.Set(ctx, alice, d.ID); !errors.Is(err, ErrNotFound) {
			t.Fatalf("Set before any save: err = %v, want ErrNotFound", err)
		}
		v1, err := s.PutSet(ctx, alice, d, 0, []byte(`{"n":1}`))
		if err != nil {
			t.Fatal(err)
		}
		if v1.Version != 1 {
			t.Fatalf("first save has version %d, want 1", v1.Version)
		}
		// The first save stored the document too.
		if _, err := s.Document(ctx, alice, d.ID); err != nil {
			t.Fatalf("document after first save: %v", err)
		}
		v2, err := s.PutSet(ctx, alice, d, 1, []byte(`{"n":2}`))
		if err != nil || v2.Version != 2 {
			t.Fatalf("second save = %+v, %v; want version 2", v2, err)
		}
		got, err := s.Set(ctx, alice, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(Set{DocID: d.ID, Version: 2, Data: []byte(`{"n":2}`)}, got, cmpopts.IgnoreFields(Set{}, "Updated")); diff != "" {
			t.Errorf("Set (-want +got):\n%s", diff)
		}
		if !got.Updated.Equal(v2.Updated) {
			t.Errorf("Updated = %v, want the save's %v", got.Updated, v2.Updated)
		}
		// Stale versions conflict and hand back the stored set.
		for _, stale := range []int64{0, 1, 3} {
			_, err := s.PutSet(ctx, alice, d, stale, []byte(`{"n":"stale"}`))
			var ce *ConflictError
			if !errors.As(err, &ce) {
				t.Fatalf("save at stale version %d: err = %v, want a ConflictError", stale, err)
			}
			if diff := cmp.Diff(got, ce.Current); diff != "" {
				t.Errorf("conflict at version %d: current (-want +got):\n%s", stale, diff)
			}
		}
		// A version given when nothing is saved conflicts with "nothing".
		_, err = s.PutSet(ctx, alice, doc("sha256:0b", "B"), 4, []byte(`{}`))
		var ce *ConflictError
		if !errors.As(err, &ce) || ce.Current.Version != 0 || ce.Current.Data != nil {
			t.Errorf("save at version 4 of an unsaved set: err = %v, want a conflict with version 0", err)
		}
	})
}

func TestOwnersAreIsolated(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		d := doc("sha256:0c", "Shared text")
		if _, err := s.PutSet(ctx, alice, d, 0, []byte(`"alice"`)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Set(ctx, bob, d.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("bob reads alice's set: err = %v, want ErrNotFound", err)
		}
		// Bob annotating the same article gets his own set, from version 1.
		b1, err := s.PutSet(ctx, bob, d, 0, []byte(`"bob"`))
		if err != nil || b1.Version != 1 {
			t.Fatalf("bob's first save = %+v, %v", b1, err)
		}
		a, err := s.Set(ctx, alice, d.ID)
		if err != nil || string(a.Data) != `"alice"` {
			t.Errorf("alice's set after bob's save = %q, %v; want unchanged", a.Data, err)
		}
		if _, err := s.Share(ctx, bob, "sha256:none", "x"); !errors.Is(err, ErrNotFound) {
			t.Errorf("share of a missing document: err = %v, want ErrNotFound", err)
		}
	})
}

func TestShares(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		d := doc("sha256:0d", "D")
		if _, err := s.PutDocument(ctx, alice, d); err != nil {
			t.Fatal(err)
		}
		id, err := s.Share(ctx, alice, d.ID, "share-1")
		if err != nil || id != "share-1" {
			t.Fatalf("Share = %q, %v", id, err)
		}
		// Sharing again keeps the link.
		if id, err := s.Share(ctx, alice, d.ID, "share-2"); err != nil || id != "share-1" {
			t.Fatalf("Share again = %q, %v; want share-1", id, err)
		}
		gd, gs, err := s.Shared(ctx, "share-1")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(d, gd, ignoreTimes); diff != "" {
			t.Errorf("shared document (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff(Set{DocID: d.ID}, gs); diff != "" {
			t.Errorf("shared set before any save (-want +got):\n%s", diff)
		}
		if _, err := s.PutSet(ctx, alice, d, 0, []byte(`"v1"`)); err != nil {
			t.Fatal(err)
		}
		if _, gs, err = s.Shared(ctx, "share-1"); err != nil || gs.Version != 1 || string(gs.Data) != `"v1"` {
			t.Errorf("shared set after a save = %+v, %v", gs, err)
		}
		if err := s.Unshare(ctx, alice, d.ID); err != nil {
			t.Fatal(err)
		}
		if _, _, err := s.Shared(ctx, "share-1"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Shared after Unshare: err = %v, want ErrNotFound", err)
		}
		if _, _, err := s.Shared(ctx, "no-such-share"); !errors.Is(err, ErrNotFound) {
			t.Errorf("Shared of an unknown id: err = %v, want ErrNotFound", err)
		}
	})
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, reopen opener) {
		d := doc("sha256:0e", "E")
		if _, err := s.PutSet(ctx, alice, d, 0, []byte(`"kept"`)); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutSet(ctx, alice, d, 1, []byte(`"late"`)); err == nil {
			t.Error("a write after Close succeeded")
		}
		s2, err := reopen()
		if err != nil {
			t.Fatal(err)
		}
		defer s2.Close()
		got, err := s2.Set(ctx, alice, d.ID)
		if err != nil || string(got.Data) != `"kept"` || got.Version != 1 {
			t.Errorf("set after reopening = %+v, %v", got, err)
		}
		var versions []int64
		err = s2.(*sqlStore).read(ctx, func(q sqldb.Querier) error {
			return q.Query(ctx, `SELECT version FROM schema_version ORDER BY version`, nil, func(scan func(...any) error) error {
				var v int64
				err := scan(&v)
				versions = append(versions, v)
				return err
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		var want []int64
		for _, m := range schema.Migrations {
			want = append(want, m.Version)
		}
		if diff := cmp.Diff(want, versions); diff != "" {
			t.Errorf("schema_version rows (-want +got):\n%s", diff)
		}
	})
}

func TestRefusesNewerSchema(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, reopen opener) {
		future := SchemaVersion() + 1
		err := s.(*sqlStore).write(ctx, func(q sqldb.Querier) error {
			_, err := q.Exec(ctx, `INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`, future, time.Now().UnixMilli())
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		s.Close()
		s2, err := reopen()
		if err == nil {
			s2.Close()
			t.Fatalf("opening a database at schema version %d succeeded", future)
		}
	})
}

func TestDeleteDocument(t *testing.T) {
	forEachBackend(t, func(t *testing.T, s Store, _ opener) {
		d := doc("sha256:0f", "F")
		if _, err := s.PutSet(ctx, alice, d, 0, []byte(`"a"`)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PutSet(ctx, bob, d, 0, []byte(`"b"`)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Share(ctx, alice, d.ID, "share-f"); err != nil {
			t.Fatal(err)
		}
		if err := s.DeleteDocument(ctx, alice, d.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Document(ctx, alice, d.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("document after delete: err = %v", err)
		}
		if _, err := s.Set(ctx, alice, d.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("set after delete: err = %v", err)
		}
		if _, _, err := s.Shared(ctx, "share-f"); !errors.Is(err, ErrNotFound) {
			t.Errorf("share after delete: err = %v", err)
		}
		if err := s.DeleteDocument(ctx, alice, d.ID); !errors.Is(err, ErrNotFound) {
			t.Errorf("second delete: err = %v, want ErrNotFound", err)
		}
		// Bob's copy is his own.
		if got, err := s.Set(ctx, bob, d.ID); err != nil || string(got.Data) != `"b"` {
			t.Errorf("bob's set after alice's delete = %q, %v", got.Data, err)
		}
		// Saving again starts over at version 1.
		if got, err := s.PutSet(ctx, alice, d, 0, []byte(`"again"`)); err != nil || got.Version != 1 {
			t.Errorf("save after delete = %+v, %v", got, err)
		}
	})
}
