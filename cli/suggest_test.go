package cli

import (
	"strings"
	"testing"

	"whosaid/annotate/native"
)

func TestSuggestSampleArticle(t *testing.T) {
	r := run(t, "", "suggest", sampleArticle)
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	set, err := native.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatalf("output does not decode: %v", err)
	}
	names := map[string]bool{}
	for _, sp := range set.Speakers {
		names[sp.Name] = true
	}
	for _, want := range []string{"Sergei Lavrov", "Wang Yi", "China", "U.S.", "Adrienne Watson", "Janet Yellen", "Mao Ning", "Reuters", "Interfax"} {
		if !names[want] {
			t.Errorf("speaker %q not proposed; got %v", want, names)
		}
	}
	if !strings.Contains(r.stderr, "suggestions") {
		t.Errorf("no summary on stderr: %q", r.stderr)
	}
	high := run(t, "", "suggest", "--high", sampleArticle)
	hs, err := native.Decode([]byte(high.stdout))
	if err != nil {
		t.Fatal(err)
	}
	if len(hs.Claims) >= len(set.Claims) || len(hs.Claims) == 0 {
		t.Errorf("--high kept %d of %d claims, want fewer but some", len(hs.Claims), len(set.Claims))
	}
}

func TestSuggestUsage(t *testing.T) {
	if r := run(t, "", "suggest"); r.code != ExitUsage {
		t.Errorf("no file: exit %d, want %d", r.code, ExitUsage)
	}
	if r := run(t, "", "suggest", "missing.txt"); r.code != ExitProblem || !strings.Contains(r.stderr, "missing.txt") {
		t.Errorf("missing file: exit %d stderr %q", r.code, r.stderr)
	}
}
