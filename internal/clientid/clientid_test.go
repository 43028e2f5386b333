//go:build !wasm

package clientid

import (
	"net/http"
	"net/http/httptest"
	"net/netip"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAddr(t *testing.T) {
	trusted, err := ParsePrefixes("10.0.0.0/8, 192.168.1.7,::1")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, peer string
		xff        []string
		trusted    []netip.Prefix
		want       string
	}{
		{"no proxy trusted: the header is ignored", "203.0.113.5:4000", []string{"198.51.100.1"}, nil, "203.0.113.5"},
		{"an untrusted peer cannot claim an address", "203.0.113.5:4000", []string{"198.51.100.1"}, trusted, "203.0.113.5"},
		{"a trusted proxy names the client", "10.1.2.3:4000", []string{"198.51.100.1"}, trusted, "198.51.100.1"},
		{"a client's own made-up entry stays behind the real one", "10.1.2.3:4000", []string{"1.1.1.1, 198.51.100.1"}, trusted, "198.51.100.1"},
		{"proxies in a row", "10.1.2.3:4000", []string{"198.51.100.1, 192.168.1.7", "10.9.9.9"}, trusted, "198.51.100.1"},
		{"all hops trusted: the first", "10.1.2.3:4000", []string{"10.0.0.1"}, trusted, "10.0.0.1"},
		{"a garbled entry stops the walk", "10.1.2.3:4000", []string{"198.51.100.1, garbage"}, trusted, "10.1.2.3"},
		{"no header behind a trusted proxy", "10.1.2.3:4000", nil, trusted, "10.1.2.3"},
		{"IPv6 peer", "[::1]:4000", []string{"2001:db8::1"}, trusted, "2001:db8::1"},
		{"IPv4 in IPv6", "[::ffff:10.1.2.3]:4000", []string{"198.51.100.1"}, trusted, "198.51.100.1"},
	} {
		r := httptest.NewRequest("GET", "/", nil)
		r.RemoteAddr = tt.peer
		for _, h := range tt.xff {
			r.Header.Add("X-Forwarded-For", h)
		}
		if got := New(tt.trusted).Addr(r); got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, got, tt.want)
		}
	}
	if _, err := ParsePrefixes("10.0.0.0/33"); err == nil {
		t.Error("a bad prefix was accepted")
	}
}

func TestBearer(t *testing.T) {
	type answer struct {
		Token  string
		Status int
	}
	var got []answer
	for _, h := range []string{"", "Bearer abc", "bearer  abc ", "Basic abc", "Bearer", "Bearer " + string(make([]byte, MaxTokenLen+1))} {
		r := httptest.NewRequest("GET", "/", nil)
		if h != "" {
			r.Header.Set("Authorization", h)
		}
		tok, e := Bearer(r, "owner token")
		a := answer{Token: tok}
		if e != nil {
			a.Status = e.Status
		}
		got = append(got, a)
	}
	want := []answer{{"", http.StatusUnauthorized}, {"abc", 0}, {"abc", 0}, {"", http.StatusUnauthorized}, {"", http.StatusUnauthorized}, {"", http.StatusUnauthorized}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
