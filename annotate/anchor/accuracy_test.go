package anchor

import "testing"

// TestEditedScenarioAccuracy runs the benchmark's edited scenario at a
// smaller size: nothing may be misplaced, and nearly all claims are placed.
func TestEditedScenarioAccuracy(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 4, 5, 6} {
		sc := makeScenario(t, seed, 12000, 200, 0.05)
		out, rep := Reanchor(sc.set, sc.newDoc)
		correct, orphan, misplaced, bad := sc.grade(out)
		n := len(out.Claims)
		t.Logf("seed %d: %s; correct %d, orphan %d, misplaced %d of %d", seed, rep.Summary(), correct, orphan, misplaced, n)
		for _, b := range bad {
			t.Errorf("misplaced %s", b)
		}
		if float64(correct) < 0.95*float64(n) {
			t.Errorf("seed %d: %d of %d claims placed correctly, want at least 95%%", seed, correct, n)
		}
	}
}

func TestUnchangedScenarioAllExact(t *testing.T) {
	sc := makeScenario(t, 7, 5000, 100, 0)
	out, rep := Reanchor(sc.set, sc.set.Document)
	if got := rep.Counts()[Exact]; got != len(sc.set.Claims) {
		t.Errorf("unchanged text: %s, want all exact", rep.Summary())
	}
	correct, _, _, bad := sc.grade(out)
	if correct != len(sc.set.Claims) {
		t.Errorf("unchanged text: %d correct of %d: %v", correct, len(sc.set.Claims), bad)
	}
}
