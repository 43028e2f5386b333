package cli

import (
	"regexp"

	"github.com/google/go-cmp/cmp"
	"strings"
	"testing"

	"whosaid/annotate/native"
)

// editedSample is the sample article after a correction: a new paragraph
// near the top (every later claim moves), one paragraph deleted (its claim
// becomes an orphan) and one figure changed inside a quote (fuzzy).
func editedSample(t *testing.T) []byte {
	t.Helper()
	text := string(readFile(t, sampleArticle))
	edits := []struct{ old, new string }{
		{"led by the U.S.\n", "led by the U.S.\n\nThis story was updated on Wednesday with new figures.\n"},
		{"President Biden raised concerns about the matter with Xi Jinping during their recent call, the White House National Security Council spokesperson Adrienne Watson said.\n\n", ""},
		{"$240 billion", "$245 billion"},
	}
	for _, e := range edits {
		if !strings.Contains(text, e.old) {
			t.Fatalf("sample article lacks %q", e.old)
		}
		text = strings.Replace(text, e.old, e.new, 1)
	}
	return []byte(text)
}

func TestReanchor(t *testing.T) {
	edited := writeFile(t, "edited.txt", editedSample(t))
	r := run(t, "", "reanchor", "--text", edited, sampleSet)
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	if !regexp.MustCompile(`^\d+ exact, \d+ moved, \d+ fuzzy, \d+ orphan$`).MatchString(lines[len(lines)-1]) {
		t.Errorf("summary %q", lines[len(lines)-1])
	}
	want := []string{
		edited + ": warning: line 22: 2 runs of several blank lines became one each",
		sampleSet + `: warning: claims[5]: claim "c06" not placed: no place in the text holds enough of its words near where it was, or with its context around it`,
		"0 exact, 15 moved, 1 fuzzy, 1 orphan",
	}
	if diff := cmp.Diff(want, lines); diff != "" {
		t.Errorf("stderr (-want +got):\n%s", diff)
	}
	s, err := native.Decode([]byte(r.stdout))
	if err != nil {
		t.Fatalf("output does not decode: %v", err)
	}
	c06, ok := s.Claim("c06")
	if !ok || !c06.Orphan {
		t.Errorf("claim c06 (deleted paragraph) is not an orphan: %+v", c06)
	}
	c14, _ := s.Claim("c14")
	if c14 == nil || !strings.Contains(c14.Span.Exact, "$245 billion") {
		t.Errorf("claim c14 not moved onto the corrected figure: %+v", c14)
	}

	// The re-anchored file validates, and the same text again is all exact.
	out := writeFile(t, "moved.json", []byte(r.stdout))
	if v := run(t, "", "validate", out); v.code != ExitOK {
		t.Fatalf("validate: exit %d, stderr:\n%s", v.code, v.stderr)
	}
	again := run(t, "", "reanchor", "--text", edited, out)
	if again.code != ExitOK || !strings.HasSuffix(again.stderr, "\n16 exact, 0 moved, 0 fuzzy, 1 orphan\n") {
		t.Errorf("re-anchoring again: exit %d, summary %q", again.code, again.stderr)
	}
}
