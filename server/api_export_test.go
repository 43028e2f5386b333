//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"testing"

	"whosaid/annotate"
	"whosaid/annotate/csvexport"
	"whosaid/annotate/native"
	"whosaid/annotate/w3c"
)

// The export endpoints give the same bytes as the packages the browser
// exports with.
func TestExportsMatchPackages(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	s := sampleSet(doc, 50, "notes with <, > & “quotes” 😀")
	s.Claims[0].Tags = []string{"economy", "=cmd|' /C calc'!A0"} // CSV injection must be defused identically
	if r := ts.do(t, "PUT", setPath(doc.ID), tokenA, encode(t, s), "If-Match", `"0"`); r.status != http.StatusOK {
		t.Fatal(r)
	}
	r := ts.do(t, "POST", setPath(doc.ID)+"/share", tokenA, nil)
	var sh struct{ Path string }
	json.Unmarshal(r.body, &sh)
	for _, f := range []struct {
		name, contentType string
		export            func(*annotate.Set) ([]byte, error)
	}{
		{"native", "application/json", native.Encode},
		{"w3c", `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`, w3c.Export},
		{"csv", "text/csv; charset=utf-8", csvexport.Export},
	} {
		want, err := f.export(s)
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range []response{
			ts.do(t, "GET", setPath(doc.ID)+"/export/"+f.name, tokenA, nil),
			ts.do(t, "GET", sh.Path+"/export/"+f.name, "", nil),
		} {
			if r.status != http.StatusOK || !bytes.Equal(r.body, want) {
				t.Errorf("%s export: status %d, %d bytes, want the package's %d bytes", f.name, r.status, len(r.body), len(want))
			}
			if ct := r.header.Get("Content-Type"); ct != f.contentType {
				t.Errorf("%s export Content-Type %q, want %q", f.name, ct, f.contentType)
			}
			if r.header.Get("Content-Disposition") == "" {
				t.Errorf("%s export has no Content-Disposition", f.name)
			}
		}
	}
	if r := ts.do(t, "GET", setPath(doc.ID)+"/export/pdf", tokenA, nil); r.status != http.StatusNotFound {
		t.Errorf("unknown export format: %v", r)
	}
}
