//go:build !wasm

package httpjson

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadJSON(t *testing.T) {
	for _, tt := range []struct {
		name, contentType, body string
		status                  int // 0: accepted
	}{
		{"JSON", "application/json", `{"a":"é"}`, 0},
		{"JSON in UTF-8", "application/json; charset=UTF-8", `{}`, 0},
		{"no type", "", `{}`, http.StatusUnsupportedMediaType},
		{"text/plain (a simple cross-site request)", "text/plain", `{}`, http.StatusUnsupportedMediaType},
		{"a form", "application/x-www-form-urlencoded", `a=1`, http.StatusUnsupportedMediaType},
		{"another charset", "application/json; charset=latin1", `{}`, http.StatusUnsupportedMediaType},
		{"invalid UTF-8", "application/json", "{\"a\":\"\xc3\"}", http.StatusBadRequest},
		{"too large", "application/json", `{"a":"` + strings.Repeat("x", 100) + `"}`, http.StatusRequestEntityTooLarge},
	} {
		r := httptest.NewRequest("POST", "/", strings.NewReader(tt.body))
		if tt.contentType != "" {
			r.Header.Set("Content-Type", tt.contentType)
		}
		body, e := ReadJSON(httptest.NewRecorder(), r, 64)
		status := 0
		if e != nil {
			status = e.Status
		}
		if status != tt.status || e == nil && string(body) != tt.body {
			t.Errorf("%s: status %d (%v), want %d", tt.name, status, e, tt.status)
		}
	}
}

func TestCheckOrigin(t *testing.T) {
	for _, tt := range []struct {
		name, method string
		header       map[string]string
		refused      bool
	}{
		{"a write from this site", "POST", map[string]string{"Sec-Fetch-Site": "same-origin"}, false},
		{"a write typed in the address bar", "POST", map[string]string{"Sec-Fetch-Site": "none"}, false},
		{"a write from another site", "POST", map[string]string{"Sec-Fetch-Site": "cross-site"}, true},
		{"a write from a sibling site", "PUT", map[string]string{"Sec-Fetch-Site": "same-site"}, true},
		{"an old browser's write from elsewhere", "DELETE", map[string]string{"Origin": "https://evil.example"}, true},
		{"an old browser's write from here", "POST", map[string]string{"Origin": "http://whosaid.test"}, false},
		{"no browser", "POST", nil, false},
		{"a read from another site", "GET", map[string]string{"Sec-Fetch-Site": "cross-site"}, false},
	} {
		r := httptest.NewRequest(tt.method, "http://whosaid.test/api/v1/x", nil)
		for k, v := range tt.header {
			r.Header.Set(k, v)
		}
		if e := CheckOrigin(r); (e != nil) != tt.refused || e != nil && e.Status != http.StatusForbidden {
			t.Errorf("%s: %v, refused want %v", tt.name, e, tt.refused)
		}
	}
}

func TestCheckPath(t *testing.T) {
	var got []bool
	for _, p := range []string{"/api/v1/documents/sha256:ab", "/api/v1/x/%C3%A9", "/api/v1/x/%00", "/api/v1/x/%ff", "/api/v1/x/a%0Ab", "/api/v1/x/%E2%80%AE"} {
		got = append(got, CheckPath(httptest.NewRequest("GET", p, nil)) == nil)
	}
	// U+202E (a bidi override) is a format character, not a control one:
	// ids never hold it, but it is no danger to a database either.
	if diff := cmp.Diff([]bool{true, true, false, false, false, true}, got); diff != "" {
		t.Errorf("paths accepted (-want +got):\n%s", diff)
	}
}
