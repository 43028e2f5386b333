//go:build !wasm

package server

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	for _, auth := range []string{"", "Bearer", "Bearer short", "Basic " + tokenA, "Bearer " + tokenA + "!", "Bearer " + strings.Repeat("a", 257)} {
		req, _ := http.NewRequest("GET", ts.URL+"/api/v1/documents", nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		res, err := ts.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized || !strings.HasPrefix(res.Header.Get("WWW-Authenticate"), "Bearer") {
			t.Errorf("Authorization %q: %d (WWW-Authenticate %q), want 401", auth, res.StatusCode, res.Header.Get("WWW-Authenticate"))
		}
	}
	hex := strings.Repeat("0123456789abcdef", 2) // 128 bits in hex
	if r := ts.do(t, "GET", "/api/v1/documents", hex, nil); r.status != http.StatusOK {
		t.Errorf("hex token: %v", r)
	}
}

// A token reaches only its own documents and sets; a share link reads one
// set and writes nothing.
func TestAuthorization(t *testing.T) {
	ts := newTestServer(t, nil, Config{})
	doc := sampleDoc(t)
	p := setPath(doc.ID)
	setA := encode(t, sampleSet(doc, 10, "alice"))
	if r := ts.do(t, "PUT", p, tokenA, setA, "If-Match", `"0"`); r.status != http.StatusOK {
		t.Fatal(r)
	}
	for _, c := range []struct{ method, path string }{
		{"GET", "/api/v1/documents/" + doc.ID},
		{"GET", p + "/export/native"},
		{"POST", p + "/share"},
	} {
		if r := ts.do(t, c.method, c.path, tokenB, nil); r.status != http.StatusNotFound {
			t.Errorf("B: %s %s = %v, want 404", c.method, c.path, r)
		}
	}
	// B's copy of the set: nothing stored, as for a document nobody has.
	if r := ts.do(t, "GET", p, tokenB, nil); r.status != http.StatusNoContent || len(r.body) != 0 {
		t.Errorf("B: GET %s = %v, want 204 and no body", p, r)
	}
	if r := ts.do(t, "GET", "/api/v1/documents", tokenB, nil); !strings.Contains(string(r.body), `"documents":[]`) {
		t.Errorf("B's list: %v", r)
	}
	// B cannot overwrite A's set at any version…
	for _, v := range []string{`"1"`, `"2"`} {
		if r := ts.do(t, "PUT", p, tokenB, encode(t, sampleSet(doc, 1, "bob")), "If-Match", v); r.status != http.StatusConflict || !strings.Contains(string(r.body), `"set":null`) {
			t.Errorf("B PUT at %s: %v, want 409 with no set", v, r)
		}
	}
	// …and saving at "0" makes B's own set.
	if r := ts.do(t, "PUT", p, tokenB, encode(t, sampleSet(doc, 1, "bob")), "If-Match", `"0"`); r.status != http.StatusOK {
		t.Errorf("B's own set: %v", r)
	}
	if r := ts.do(t, "GET", p, tokenA, nil); !bytes.Equal(r.body, setA) || r.header.Get("ETag") != `"1"` {
		t.Errorf("A's set changed: %v", r)
	}

	// Share links.
	r := ts.do(t, "POST", p+"/share", tokenA, nil)
	var sh struct{ ID, Path string }
	if err := json.Unmarshal(r.body, &sh); err != nil || r.status != http.StatusOK || len(sh.ID) < 22 || sh.Path != "/api/v1/shared/"+sh.ID {
		t.Fatalf("share: %v", r)
	}
	if again := ts.do(t, "POST", p+"/share", tokenA, nil); !bytes.Equal(again.body, r.body) {
		t.Errorf("sharing again gave %s, want the same link %s", again.body, r.body)
	}
	got := ts.do(t, "GET", sh.Path, "", nil)
	if got.status != http.StatusOK || !bytes.Equal(got.body, setA) || got.header.Get("ETag") != `"1"` {
		t.Errorf("GET shared: %d, body equal %v", got.status, bytes.Equal(got.body, setA))
	}
	for _, method := range []string{"PUT", "POST", "DELETE", "PATCH"} {
		r := ts.do(t, method, sh.Path, tokenA, encode(t, sampleSet(doc, 1, "via share")), "If-Match", `"1"`)
		if r.status != http.StatusMethodNotAllowed || !strings.Contains(r.header.Get("Allow"), "GET") {
			t.Errorf("%s through the share link: %v, want 405", method, r)
		}
		decodeError(t, r)
	}
	if r := ts.do(t, "GET", p, tokenA, nil); !bytes.Equal(r.body, setA) {
		t.Errorf("A's set changed through the share link")
	}
	if r := ts.do(t, "DELETE", p+"/share", tokenA, nil); r.status != http.StatusNoContent {
		t.Errorf("unshare: %v", r)
	}
	if r := ts.do(t, "GET", sh.Path, "", nil); r.status != http.StatusNotFound {
		t.Errorf("GET withdrawn share: %v, want 404", r)
	}
	if r := ts.do(t, "GET", "/api/v1/nothing", tokenA, nil); r.status != http.StatusNotFound {
		t.Errorf("unknown endpoint: %v", r)
	} else {
		decodeError(t, r)
	}
}
