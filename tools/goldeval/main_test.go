package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRun scores a two-claim article kept outside testdata: the table, and
// with -v one line per suggestion and per missed claim.
func TestRun(t *testing.T) {
	dir := t.TempDir()
	txt := "“We won,” said Dana Ortiz.\n\nA city engineer said the bridge would close.\n"
	spec := "S ortiz | Dana Ortiz | person |\nS eng | city engineer | anonymous |\n" +
		"C ortiz | direct | fact | We won | said\nC eng | indirect | prediction | the bridge would close | said\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(txt), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "a.spec"), []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	if code := run([]string{"-v", dir}, &out, &errs); code != 0 {
		t.Fatalf("exit %d: %s", code, errs.String())
	}
	var got []string
	for _, l := range strings.Split(out.String(), "\n") {
		if strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "OVERALL") {
			got = append(got, strings.Join(strings.Fields(l), " "))
		}
	}
	want := []string{
		`a RIGHT HIGH 0.95 name quotation attributed after the quote "Dana Ortiz" gold="Dana Ortiz" "We won"`,
		// An unnamed source is never high (docs/suggest.md, Confidence).
		`a RIGHT low 0.70 description reported clause after a reporting verb "city engineer" gold="city engineer" "the bridge would close"`,
		"a 2 2 1.00/1.00/1.00 1.00/1.00/1.00 1.00 (2/2) 1.00 (1/1)",
		"OVERALL 2 2 1.00/1.00/1.00 1.00/1.00/1.00 1.00 (2/2) 1.00 (1/1)",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("output (-want +got):\n%s\nfull output:\n%s", diff, out.String())
	}
}

// TestRefusesHeldOut: the committed held-out set is never scored here.
func TestRefusesHeldOut(t *testing.T) {
	var out, errs bytes.Buffer
	code := run([]string{"../../annotate/suggest/testdata/gold/heldout"}, &out, &errs)
	if code != 2 || out.Len() != 0 || !strings.Contains(errs.String(), "scored only by make eval") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out.String(), errs.String())
	}
}
