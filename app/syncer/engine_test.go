package syncer

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

const (
	here  = "Test browser · 0001"
	there = "Other browser · 0002"
)

// synced starts the engine on set, saved in the store, and syncs it once.
func (w *world) synced(set *annotate.Set) {
	w.t.Helper()
	if err := w.store.Save(set); err != nil {
		w.t.Fatal(err)
	}
	w.s.Start()
	w.s.Opened(set)
	w.settle()
	if w.state() != Synced {
		w.t.Fatalf("first sync: %+v", w.statuses)
	}
}

func TestFirstSaveIsSent(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "We have a common goal")))
	w.synced(set)
	// The PUT, then a look for a newer version (none: 304).
	path := "/api/v1/documents/" + set.Document.ID + "/set"
	if d := cmp.Diff([]string{"GET /healthz", "PUT " + path, "GET " + path}, w.srv.calls); d != "" {
		t.Errorf("calls (-want +got):\n%s", d)
	}
	if got := w.serverSet(set.Document.ID); len(got.Claims) != 1 || w.srv.sets[set.Document.ID].version != 1 {
		t.Errorf("server: version %d, %d claims", w.srv.sets[set.Document.ID].version, len(got.Claims))
	}
	if OwnerToken(w.store.KV()) == "" {
		t.Error("no owner token kept")
	}
	// Nothing to send: the next look at the server is the poll.
	if d := cmp.Diff([]time.Duration{pollEvery}, w.waits); d != "" {
		t.Errorf("timers (-want +got):\n%s", d)
	}
}

// TestConflictIsMergedAndSentAgain: the server has another device's save
// of the same article; the PUT gets a 409 with it, which is merged into
// the working copy (both claims kept), shown with what came from there,
// and sent again on top of the server's version.
func TestConflictIsMergedAndSentAgain(t *testing.T) {
	w := newWorld(t)
	theirs := edit(t, annotate.NewSet(doc()), there, annotate.AddClaim(claimOn(t, "c2", "China said it hasn’t sought")))
	raw, _ := native.EncodeCompact(theirs)
	w.srv.sets[theirs.Document.ID] = stored{version: 1, raw: string(raw)}

	mine := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "We have a common goal")))
	if err := w.store.Save(mine); err != nil {
		t.Fatal(err)
	}
	w.s.Start()
	w.s.Opened(mine)
	w.settle()

	if w.state() != Merged {
		t.Fatalf("status %+v, want %s", w.statuses, Merged)
	}
	id := mine.Document.ID
	if d := cmp.Diff([]string{"c1", "c2"}, claimIDs(w.serverSet(id))); d != "" {
		t.Errorf("server's claims (-want +got):\n%s", d)
	}
	if w.srv.sets[id].version != 2 {
		t.Errorf("server version %d, want 2 (the merge saved on top of theirs)", w.srv.sets[id].version)
	}
	local, err := w.store.Load(id)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"c1", "c2"}, claimIDs(local)); d != "" {
		t.Errorf("working copy's claims (-want +got):\n%s", d)
	}
	if len(w.takenIn) != 1 || w.takenIn[0].rep == nil || w.takenIn[0].rep.FromTheirs() != 1 {
		t.Fatalf("shown: %+v", w.takenIn)
	}
	// A look at the server that finds nothing new keeps "merged" shown.
	w.wait(pollEvery)
	if w.state() != Merged {
		t.Errorf("after a poll: %s, want %s until the next change", w.state(), Merged)
	}
}

// TestOfflineBacksOff: without an answer the engine waits 1, 2, 4, 8 and
// then 10 seconds between tries; once the server answers, the work goes.
func TestOfflineBacksOff(t *testing.T) {
	w := newWorld(t)
	w.srv.down = true
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.store.Save(set)
	w.s.Start()
	w.s.Opened(set)
	w.wait(34 * time.Second)
	if w.state() != Offline {
		t.Fatalf("status %s, want %s", w.state(), Offline)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 10 * time.Second, 10 * time.Second}
	if d := cmp.Diff(want, w.waits); d != "" {
		t.Errorf("waits (-want +got):\n%s", d)
	}
	w.srv.down = false
	w.wait(10 * time.Second)
	if w.state() != Synced || w.srv.sets[set.Document.ID].version != 1 {
		t.Errorf("back online: %s, server %+v", w.state(), w.srv.sets)
	}
	// Back online cuts the wait short.
	w.srv.down = true
	w.save(edit(t, set, here, annotate.AddClaim(claimOn(t, "c2", "mostly"))))
	w.srv.down = false
	w.s.RetryNow()
	w.settle()
	if w.state() != Synced || w.srv.sets[set.Document.ID].version != 2 {
		t.Errorf("after RetryNow: %s, server version %d", w.state(), w.srv.sets[set.Document.ID].version)
	}
}

// TestLostAnswerIsOwnSave: a save that reached the server but whose
// answer was lost is sent again with the same If-Match; the 409 then
// brings this browser's own save, which is taken as the base — not merged
// or shown as another device's change, and not saved a third time.
func TestLostAnswerIsOwnSave(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.synced(set)
	w.srv.loseNext = true
	w.save(edit(t, set, here, annotate.AddClaim(claimOn(t, "c2", "China said"))))
	if w.state() != Offline {
		t.Fatalf("a lost answer: %s, want %s", w.state(), Offline)
	}
	w.wait(time.Second)
	if w.state() != Synced {
		t.Fatalf("after the retry: %+v", w.statuses)
	}
	if len(w.takenIn) != 0 {
		t.Errorf("the own save was shown as another device's: %+v", w.takenIn)
	}
	if v := w.srv.sets[set.Document.ID].version; v != 2 {
		t.Errorf("server version %d, want 2 (the first try, once)", v)
	}
}

// TestServerBusyWaitsAsAsked: a 429 waits Retry-After, then tries again.
func TestServerBusyWaitsAsAsked(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.srv.busy = 1
	w.store.Save(set)
	w.s.Start()
	w.s.Opened(set)
	w.settle()
	if w.state() != Pending || len(w.waits) != 1 || w.waits[0] != 3*time.Second {
		t.Fatalf("busy: %s, waits %v", w.state(), w.waits)
	}
	w.wait(3 * time.Second)
	if w.state() != Synced || w.srv.sets[set.Document.ID].version != 1 {
		t.Errorf("after the wait: %s, %+v", w.state(), w.srv.sets)
	}
}

// TestQuotaIsNotBusy: a 429 without Retry-After is the token's quota:
// no waiting and trying again forever, but a refusal that says what to do.
func TestQuotaIsNotBusy(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.srv.full = true
	w.store.Save(set)
	w.s.Start()
	w.s.Opened(set)
	w.settle()
	if w.state() != Failed || len(w.waits) != 0 || !strings.Contains(w.message(), "delete some in the Library") {
		t.Fatalf("over the quota: %s %q, waits %v", w.state(), w.message(), w.waits)
	}
}

// TestAnotherDevicesSaveIsTakenIn: the poll finds a newer version saved
// by another device; with nothing to send here, it replaces the working
// copy and is shown with what it changed.
func TestAnotherDevicesSaveIsTakenIn(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.synced(set)
	theirs := edit(t, w.serverSet(set.Document.ID), there, annotate.AddClaim(claimOn(t, "c2", "China said")))
	raw, _ := native.EncodeCompact(theirs)
	w.srv.sets[set.Document.ID] = stored{version: 2, raw: string(raw)}
	w.wait(pollEvery)
	if len(w.takenIn) != 1 || w.takenIn[0].rep == nil || w.takenIn[0].rep.FromTheirs() != 1 {
		t.Fatalf("shown: %+v", w.takenIn)
	}
	local, _ := w.store.Load(set.Document.ID)
	if d := cmp.Diff([]string{"c1", "c2"}, claimIDs(local)); d != "" {
		t.Errorf("working copy (-want +got):\n%s", d)
	}
	if w.state() != Synced {
		t.Errorf("status %s", w.state())
	}
}

// TestNoServerBehindAStaticHost: /healthz answering HTML means no sync
// server: offline, said why, and looked at again later.
func TestNoServerBehindAStaticHost(t *testing.T) {
	w := newWorld(t)
	w.srv.static = true
	set := annotate.NewSet(doc())
	w.store.Save(set)
	w.s.Start()
	w.s.Opened(set)
	w.settle()
	if st := w.statuses[len(w.statuses)-1]; st.State != Offline || st.Message != "Offline: saved in this browser (no sync server)" {
		t.Errorf("status %+v", st)
	}
}

// TestDeletionReachesTheServer: a document deleted here (the Library) is
// deleted on the server at the next sync, and stays deleted.
func TestDeletionReachesTheServer(t *testing.T) {
	w := newWorld(t)
	set := edit(t, annotate.NewSet(doc()), here, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	w.synced(set)
	id := set.Document.ID
	if err := w.store.Delete(id); err != nil {
		t.Fatal(err)
	}
	if err := w.s.Deleted(id); err != nil {
		t.Fatal(err)
	}
	w.settle()
	if _, ok := w.srv.sets[id]; ok {
		t.Errorf("the server still has the deleted document; calls %v", w.srv.calls)
	}
	if w.s.meta.any() {
		t.Error("sync state left behind for the deleted document")
	}
}

// TestClearedBrowserPullsItsSets: a browser with a token and nothing else
// (cleared, or a token pasted from another device) brings the owner's
// sets back and shows the most recent.
func TestClearedBrowserPullsItsSets(t *testing.T) {
	w := newWorld(t)
	a := edit(t, annotate.NewSet(doc()), there, annotate.AddClaim(claimOn(t, "c1", "Wang agreed")))
	raw, _ := native.EncodeCompact(a)
	w.srv.sets[a.Document.ID] = stored{version: 3, raw: string(raw)}
	w.s.Start()
	if err := w.s.UseToken("  Bearer abcdefghijklmnopqrstuv "); err != nil {
		t.Fatal(err)
	}
	w.settle()
	if w.pulled != 1 || len(w.takenIn) != 1 || w.takenIn[0].set.Document.ID != a.Document.ID {
		t.Fatalf("pulled %d, shown %+v", w.pulled, w.takenIn)
	}
	if got, err := w.store.Load(a.Document.ID); err != nil || len(got.Claims) != 1 {
		t.Errorf("the pulled set in the store: %v %v", got, err)
	}
	if w.s.meta.version(a.Document.ID) != 3 {
		t.Errorf("version kept %d, want 3", w.s.meta.version(a.Document.ID))
	}
}

// TestSyncOff: an engine made disabled only says where the work is.
func TestSyncOff(t *testing.T) {
	w := newWorld(t)
	w.s = New(w.store, w, w, false)
	w.s.LocalMessage = "Kept here"
	w.s.OnStatus = func(st Status) { w.statuses = append(w.statuses, st) }
	w.s.Start()
	w.s.Opened(annotate.NewSet(doc()))
	w.settle()
	if d := cmp.Diff([]Status{{State: Local, Message: "Kept here"}}, w.statuses); d != "" {
		t.Errorf("statuses (-want +got):\n%s", d)
	}
	if len(w.srv.calls) != 0 {
		t.Errorf("calls while off: %v", w.srv.calls)
	}
}
