package storage

import (
	"os"
	"strings"
	"testing"
)

// TestStartScriptKnowsTheLastKey: web/start.js, which runs before the app
// to hide the drawn sample from a returning reader, reads the same "last
// open" key as the store.
func TestStartScriptKnowsTheLastKey(t *testing.T) {
	js, err := os.ReadFile("../../web/start.js")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(js), `localStorage.getItem("`+lastKey+`")`) {
		t.Errorf("web/start.js does not read %q", lastKey)
	}
}
