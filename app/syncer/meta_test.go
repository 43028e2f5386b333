package syncer

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/app/storage"
)

func TestOwnerToken(t *testing.T) {
	k := storage.NewMemory()
	if got := OwnerToken(k); got != "" {
		t.Fatalf("token before the first sync = %q", got)
	}
	tok, err := EnsureToken(k)
	if err != nil {
		t.Fatal(err)
	}
	if len(tok) != 22 || CheckToken(tok) != nil {
		t.Errorf("new token %q: %v", tok, CheckToken(tok))
	}
	if again, _ := EnsureToken(k); again != tok {
		t.Errorf("second ensureToken = %q, want the stored %q", again, tok)
	}
	if other := newOwnerToken(); other == tok {
		t.Error("two tokens are the same")
	}
}

func TestCheckToken(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", "empty"},
		{"abc", "too short"},
		{strings.Repeat("a", 257), "too long"},
		{"abcdefghijklmnopqrstu+", `"+" at position 22`},
	} {
		err := CheckToken(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("CheckToken(%.30q) = %v, want %q", c.in, err, c.want)
		}
	}
	if err := CheckToken(CleanToken("  Bearer abcdefghijklmnopqrstuv \n")); err != nil {
		t.Errorf("a pasted token with spaces: %v", err)
	}
}

func TestSyncMetaTombstones(t *testing.T) {
	m := meta{kv: storage.NewMemory()}
	set := annotate.NewSet(annotate.Document{ID: "sha256:x"})
	set.Claims = []annotate.Claim{{ID: "c-1"}, {ID: "c-3"}}
	before := map[string]bool{"c-1": true, "c-2": true, "c-3": true}
	at := time.Date(2026, 11, 28, 1, 0, 0, 0, time.UTC)
	m.noteDeletions(set, before, at)
	if d := cmp.Diff(annotate.Tombstones{"c-2": at}, m.tombstones("sha256:x")); d != "" {
		t.Errorf("tombstones (-want +got):\n%s", d)
	}
	// Undo brings c-2 back: no longer deleted.
	set.Claims = append(set.Claims, annotate.Claim{ID: "c-2"})
	m.noteDeletions(set, claimIDSet(set), at.Add(time.Minute))
	if got := m.tombstones("sha256:x"); len(got) != 0 {
		t.Errorf("tombstones after undo = %v, want none", got)
	}

	if err := m.synced("sha256:x", 7, `{"raw":1}`); err != nil {
		t.Fatal(err)
	}
	if m.version("sha256:x") != 7 || m.base("sha256:x") != `{"raw":1}` {
		t.Errorf("version %d base %q", m.version("sha256:x"), m.base("sha256:x"))
	}
	if !m.any() {
		t.Error("any() = false after a sync")
	}
	m.forgetAll()
	if m.any() {
		t.Error("any() = true after forgetAll")
	}
	if m.version("sha256:x") != 0 || m.base("sha256:x") != "" {
		t.Errorf("after forgetAll: version %d base %q", m.version("sha256:x"), m.base("sha256:x"))
	}
}

func TestParseETag(t *testing.T) {
	for in, want := range map[string]int{`"7"`: 7, `W/"12"`: 12, ``: -1, `"x"`: -1, `"0"`: 0} {
		if got := (Response{ETag: in}).version(); got != want {
			t.Errorf("parseETag(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestSyncMetaDeleted(t *testing.T) {
	k := storage.NewMemory()
	m := meta{kv: k}
	if m.any() {
		t.Fatal("any() on an empty browser")
	}
	m.synced("doc-b", 3, `{"b":1}`)
	m.setTombstones("doc-b", annotate.Tombstones{"c1": time.Unix(0, 0).UTC()})
	m.synced("doc-a", 1, `{"a":1}`)
	if err := m.deleted("doc-b"); err != nil {
		t.Fatal(err)
	}
	if err := m.deleted("doc-a"); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"doc-a", "doc-b"}, m.pendingDeletions()); d != "" {
		t.Errorf("pending deletions (-want +got):\n%s", d)
	}
	if m.version("doc-b") != 0 || m.base("doc-b") != "" || len(m.tombstones("doc-b")) != 0 {
		t.Errorf("sync state of a deleted document kept: version %d, base %q, tombstones %v",
			m.version("doc-b"), m.base("doc-b"), m.tombstones("doc-b"))
	}
	// Deletions still to send count as sync state: the browser was not
	// cleared, so nothing is pulled back from the server meanwhile.
	if !m.any() {
		t.Error("any() = false with deletions pending")
	}
	m.deletionDone("doc-a")
	m.deletionDone("doc-b")
	if got := m.pendingDeletions(); len(got) != 0 {
		t.Errorf("pending after done: %q", got)
	}
	if m.any() {
		t.Error("any() = true after every deletion was sent")
	}
}
