package browsertest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// TestExportSaysVersionsAreLeftOut: a claim with a version from another
// device not chosen yet is exported as W3C; the file holds the claim as it
// is now, and a notice names the claim and offers whosaid JSON, which
// keeps the version. A native export says nothing.
func TestExportSaysVersionsAreLeftOut(t *testing.T) {
	set, _ := fixtureSet(t)
	c := &set.Claims[0]
	c.Conflicts = []annotate.Conflict{{Field: annotate.FieldNote, Modified: time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC),
		Device: "Firefox on Windows · b2c4", Note: "check the date"}}
	data, err := native.Encode(set)
	if err != nil {
		t.Fatal(err)
	}
	s := startServer(t)
	b := newBrowser(t, "")
	reopen(b, s.URL+"/")
	importAnnotations(b, writeTemp(t, "versions.whosaid.json", data))
	waitSaved(b)
	dir := enableDownloads(b)

	downloadVia(b, "#export-native", dir, ".whosaid.json")
	downloadVia(b, "#export-w3c", dir, ".w3c.jsonld")
	text := waitNotice(b, "export-versions")
	quote := []rune(c.Span.Exact)
	if len(quote) > 40 {
		quote = quote[:40]
	}
	for _, want := range []string{"leaves out versions not chosen yet", "1 claim has a version from another device",
		"“" + string(quote), "1 version from another device"} {
		if !strings.Contains(text, want) {
			t.Errorf("notice lacks %q: %q", want, text)
		}
	}
	if n := eval[int](b, `document.querySelectorAll('.notice[data-key="export-versions"]').length`); n != 1 {
		t.Errorf("%d version notices, want 1 (the native export gives none)", n)
	}
	// The notice's button downloads whosaid JSON, with the version.
	for _, e := range mustReadDir(t, dir) {
		if strings.HasSuffix(e, ".whosaid.json") {
			os.Remove(filepath.Join(dir, e))
		}
	}
	eval[bool](b, `(() => { [...document.querySelectorAll('.notice[data-key="export-versions"] button')].find(x => x.textContent.includes("Export whosaid JSON")).click(); return true })()`)
	_, got := awaitDownload(t, dir, ".whosaid.json")
	back, err := native.Decode(got)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Claims) == 0 {
		t.Fatal("native export from the notice has no claims")
	}
	if d := cmp.Diff(c.Conflicts, back.Claims[0].Conflicts); d != "" {
		t.Errorf("native export from the notice, versions (-want +got):\n%s", d)
	}
}
