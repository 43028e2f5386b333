package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a/good.txt", "“We won,” the coach said.")
	write(t, dir, "a/good.spec", "S coach | coach | person |\nC coach | direct | fact | We won | said\n")
	write(t, dir, "a/b/bad.txt", "The mayor said the bridge would close.")
	write(t, dir, "a/b/bad.spec", "S mayor | mayor | person | Mayor\nC mayr | indirect | prediction | the bridge will close | said\n")
	write(t, dir, "a/lonely.txt", "No spec.")
	var out, errs bytes.Buffer
	code := run([]string{filepath.Join(dir, "a")}, &out, &errs)
	bad := filepath.Join(dir, "a/b/bad.spec")
	want := bad + `:1: speaker "mayor" has no claim` + "\n" +
		bad + `:2: speaker key "mayr" is not defined by any S line (defined: mayor)` + "\n" +
		bad + `:2: claim text "the bridge will close" is not in the article: it matches up to "the bridge w", then the spec has "ill close" but the article has "ould close."` + "\n" +
		filepath.Join(dir, "a/lonely.spec") + ": no such file or directory (every article NAME.txt needs its annotations in NAME.spec)\n"
	if diff := cmp.Diff(want, out.String()); diff != "" {
		t.Errorf("stdout (-want +got):\n%s", diff)
	}
	if code != 1 || errs.String() != "goldcheck: 2 of 3 articles have problems\n" {
		t.Errorf("exit %d, stderr %q", code, errs.String())
	}
	out.Reset()
	errs.Reset()
	if code := run([]string{filepath.Join(dir, "a/good.spec")}, &out, &errs); code != 0 || out.String() != "ok: 1 articles, 1 claims\n" {
		t.Errorf("good: exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
}

// TestRunOnTheGoldSet: the committed gold set passes its own checker.
func TestRunOnTheGoldSet(t *testing.T) {
	var out, errs bytes.Buffer
	if code := run([]string{"../../annotate/suggest/testdata/gold"}, &out, &errs); code != 0 {
		t.Errorf("exit %d:\n%s%s", code, out.String(), errs.String())
	}
}
