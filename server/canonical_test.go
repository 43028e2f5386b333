//go:build !wasm

package server

import (
	"bytes"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"whosaid/annotate/native"
)

func TestCurrentFormat(t *testing.T) {
	for body, want := range map[string]bool{
		"{\n  \"format\": 2,\n  \"document\": {}}": true,
		`{"format":2}`:                   true,
		` { "format" : 2 , "x": 1}`:      true,
		`{"format":20,"x":1}`:            false,
		`{"format":1,"text":""}`:         false,
		`{"document":{},"format":2}`:     false,
		`["format",2]`:                   false,
		``:                               false,
		`{"format":2`:                    false,
		`{"format":"2","document":null}`: false,
	} {
		if got := currentFormat([]byte(body)); got != want {
			t.Errorf("currentFormat(%q) = %v, want %v", body, got, want)
		}
	}
}

// A format 1 file is accepted, migrated, and stored in the current format.
func TestPutOlderFormat(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	v1 := `{"format":1,"title":"Old","text":"He said yes.","claims":[{"id":"a","start":0,"end":2,"quote":"He","speaker":"Him","type":"direct","created":"2026-01-01T00:00:00Z"}]}`
	want, err := native.Decode([]byte(v1))
	if err != nil {
		t.Fatal(err)
	}
	r := ts.do(t, "PUT", setPath(want.Document.ID), tokenA, []byte(v1), "If-Match", `"0"`)
	if r.status != http.StatusOK {
		t.Fatal(r)
	}
	r = ts.do(t, "GET", setPath(want.Document.ID), tokenA, nil)
	if !bytes.Equal(r.body, encode(t, want)) || !strings.HasPrefix(string(r.body), "{\n  \"format\": 2,") {
		t.Errorf("stored set:\n%s", r.body)
	}
	got, err := native.Decode(r.body)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("stored set (-want +got):\n%s", diff)
	}
}
