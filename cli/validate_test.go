package cli

import (
	"strings"
	"testing"
)

func TestValidateSample(t *testing.T) {
	r := run(t, "", "validate", sampleSet)
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if want := sampleSet + ": ok (native, 10 speakers, 17 claims)\n"; r.stdout != want {
		t.Errorf("stdout %q, want %q", r.stdout, want)
	}
}

func TestValidateStdin(t *testing.T) {
	r := run(t, string(readFile(t, sampleSet)), "validate", "-")
	if r.code != ExitOK || !strings.HasPrefix(r.stdout, "stdin: ok") {
		t.Fatalf("exit %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
	}
}

func TestValidateBroken(t *testing.T) {
	broken := editJSON(t, readFile(t, sampleSet), func(m map[string]any) {
		claims := m["claims"].([]any)
		claims[2].(map[string]any)["span"].(map[string]any)["end"] = 999999
		claims[4].(map[string]any)["speaker"] = "nobody"
		m["speakers"].([]any)[1].(map[string]any)["kind"] = "robot"
	})
	bad := writeFile(t, "broken.json", broken)
	notJSON := writeFile(t, "notjson.json", []byte("{\n  \"format\": 2,\n  oops\n}"))
	r := run(t, "", "validate", sampleSet, bad, notJSON, "/nonexistent/x.json")
	if r.code != ExitIO {
		t.Fatalf("exit %d, want %d (a file cannot be read)", r.code, ExitIO)
	}
	// The good file is still reported ok; every problem of the others is
	// listed, each with its file name and place.
	if !strings.Contains(r.stdout, sampleSet+": ok") {
		t.Errorf("stdout lacks the good file:\n%s", r.stdout)
	}
	for _, want := range []string{
		bad + ": claims[2].span",
		bad + ": claims[4].speaker",
		bad + ": speakers[1].kind",
		notJSON + ": ",
		"line 3",
		"/nonexistent/x.json: cannot open: no such file or directory",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(r.stderr), "\n") {
		if !strings.HasPrefix(line, bad+": ") && !strings.HasPrefix(line, notJSON+": ") && !strings.HasPrefix(line, "/nonexistent/x.json: ") {
			t.Errorf("problem line without a file name: %q", line)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"validate"}, "no file given"},
		{[]string{"convert", sampleSet}, "--to is required"},
		{[]string{"convert", "--to", "xml", sampleSet}, `unknown output format "xml"`},
		{[]string{"convert", "--to", "json"}, "want exactly one FILE, got 0"},
		{[]string{"convert", "--bogus", sampleSet}, "flag provided but not defined: -bogus"},
		{[]string{"import-article", "a.txt", "b.txt"}, "want exactly one FILE, got 2"},
		{[]string{"reanchor", sampleSet}, "--text is required"},
		{[]string{"help", "nope"}, `unknown command "nope"`},
	}
	for _, tt := range tests {
		r := run(t, "", tt.args...)
		if r.code != ExitUsage || !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, "whosaid help") {
			t.Errorf("%q: exit %d, stderr %q; want exit 2 with %q and where to find help", tt.args, r.code, r.stderr, tt.want)
		}
		if r.stdout != "" {
			t.Errorf("%q: data on stdout: %q", tt.args, r.stdout)
		}
	}
}

func TestHelp(t *testing.T) {
	r := run(t, "", "help")
	if r.code != ExitOK {
		t.Fatalf("exit %d", r.code)
	}
	for _, c := range []string{"validate", "convert", "import-article", "reanchor", "help"} {
		if !strings.Contains(r.stdout, "  "+c+" ") && !strings.Contains(r.stdout, "  "+c+"\n") {
			t.Errorf("help lacks %q:\n%s", c, r.stdout)
		}
	}
	r = run(t, "", "convert", "-h")
	if r.code != ExitOK || !strings.HasPrefix(r.stdout, "usage: whosaid convert --to") {
		t.Errorf("convert -h: exit %d, stdout %q", r.code, r.stdout)
	}
}

// Exit statuses: 0 ok, 1 a problem with the data (or a warning under
// --strict), 2 a usage error or a file that cannot be read.
func TestExitStatuses(t *testing.T) {
	hyp := writeFile(t, "h.json", []byte(`{"total": 1, "rows": [{"id": "a", "uri": "http://x", "text": "n",
	  "target": [{"source": "http://x", "selector": [{"type": "TextQuoteSelector", "exact": "Russia and China"}]}], "group": "__world__"}]}`))
	empty := writeFile(t, "empty.json", []byte("[]"))
	tests := []struct {
		args []string
		code int
	}{
		{[]string{"validate", sampleSet}, ExitOK},
		{[]string{"validate", empty}, ExitProblem},
		{[]string{"validate", "--text", sampleArticle, hyp}, ExitOK},
		{[]string{"validate", "--strict", "--text", sampleArticle, hyp}, ExitProblem},
		{[]string{"validate", "/nonexistent/x.json"}, ExitIO},
		{[]string{"validate", "--text", "/nonexistent/a.txt", sampleSet}, ExitIO},
		{[]string{"convert", "--to", "json", "/nonexistent/x.json"}, ExitIO},
		{[]string{"validate", "--bogus", sampleSet}, ExitUsage},
	}
	for _, tt := range tests {
		if r := run(t, "", tt.args...); r.code != tt.code {
			t.Errorf("%q: exit %d, want %d; stderr:\n%s", tt.args, r.code, tt.code, r.stderr)
		}
	}
}

// JSON that holds no annotations says so, instead of being taken for a
// broken file of some format.
func TestValidateNotAnnotations(t *testing.T) {
	for in, want := range map[string]string{
		"[]":                          "an empty list: there are no annotations in it",
		"{}":                          "an empty JSON object: not an annotation file",
		`{"format": 2, "claims": []}`: "document: missing",
	} {
		f := writeFile(t, "x.json", []byte(in))
		r := run(t, "", "validate", f)
		if r.code != ExitProblem || !strings.Contains(r.stderr, f+": "+want) {
			t.Errorf("%s: exit %d, stderr %q; want %q", in, r.code, r.stderr, want)
		}
	}
}

// Another tool's file: what the import changed is said, one warning per
// line with the file and the path in it.
func TestValidateHypothesisWarnings(t *testing.T) {
	r := run(t, "", "validate", "--text", "../annotate/load/testdata/corpus/article.txt", "../annotate/load/testdata/corpus/hypothesis-search.json")
	if r.code != ExitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{
		"hypothesis-search.json: warning: rows[1]: a reply to annotation Qm9pWs8hEe6bXXc6XVwFaQ (it marks no text of its own): left out\n",
		"hypothesis-search.json: warning: rows[2].target: selects no text (a note on a whole page): left out\n",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "ok (hypothesis, 0 speakers, 2 claims, 6 warnings)") {
		t.Errorf("stdout %q", r.stdout)
	}
}
