package annotator

import (
	"os"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate"
	"whosaid/annotate/native"
)

// sampleSaved is the sample annotation set of annotate's test data.
func sampleSaved(t *testing.T) *annotate.Set {
	t.Helper()
	data, err := os.ReadFile("../../annotate/testdata/sample-set.json")
	if err != nil {
		t.Fatal(err)
	}
	set, err := native.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func TestStoreSampleArticleMatchesSampleSet(t *testing.T) {
	// The built-in sample opens on the same document the sample set is made
	// on, so the browser tests can seed claims for it.
	if got, want := sampleSet().Document.ID, sampleSaved(t).Document.ID; got != want {
		t.Errorf("sample article id %s, sample set's document id %s", got, want)
	}
}

func TestExportFileName(t *testing.T) {
	set := sampleSaved(t)
	day := time.Date(2026, 11, 28, 0, 0, 0, 0, time.UTC)
	got := []string{}
	for _, f := range exportFormats {
		got = append(got, exportFileName(set, f, day))
	}
	want := []string{
		"china-russia-explainer-2026-11-28.whosaid.json",
		"china-russia-explainer-2026-11-28.w3c.jsonld",
		"china-russia-explainer-2026-11-28.w3c-array.json",
		"china-russia-explainer-2026-11-28.csv",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("file names (-want +got):\n%s", d)
	}
}
