package browsertest

import "testing"

// TestAppStarts proves the wasm app loads from the real server and mounts.
func TestAppStarts(t *testing.T) {
	s := startServer(t)
	b := newBrowser(t, "")
	b.Open(s.URL + "/")
	if got := eval[string](b, `document.querySelector("main").id`); got != "annotator" {
		t.Fatalf("root element id = %q, want annotator", got)
	}
}
